// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectForm } from '@/lib/autofill/collect';
import { fillForm } from '@/lib/autofill/insert';
import {
  collectWritingForm, documentKindForStep, isoDateFromPage, matchWritingFields, meaningWords, planPaste, planTake, stemsOf,
} from '@/lib/writing/paste';
import type { DocumentKind } from '@/lib/writing/model';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/forms-writing');

function load(name: string): Document {
  document.body.innerHTML = fs.readFileSync(path.join(DIR, name), 'utf8');
  return document;
}

/** Document field id → page field index, for readable expectations. */
function twins(fixture: string, kind: DocumentKind, year = 2025) {
  const form = collectWritingForm(load(fixture));
  const result = matchWritingFields(kind, year, form.fields);
  return { form, result, byId: Object.fromEntries(result.matches.map((m) => [m.fieldId, m.fieldIndex])) };
}

const REFLECTION = { inspirasi: 'Murid lebih berani bertanya.', perubahan: 'Saya memberi umpan balik tertulis.', tantangan: 'Waktu, jumlah murid, kebiasaan.', rencana: 'Memakai lembar umpan balik singkat.' };

describe('Dokumen Refleksi: the four questions found in many markups', () => {
  it.each([
    ['refleksi-label-for.html', 'label for, numbered'],
    ['refleksi-wrapping-label.html', 'wrapping label'],
    ['refleksi-aria-label.html', 'aria-label only'],
    ['refleksi-sibling-div.html', 'question in a sibling div'],
    ['refleksi-uppercase.html', 'upper case (CSS and typed), marks, short labels'],
  ])('%s (%s): each question its own field, in page order', (fixture) => {
    const { result, byId } = twins(fixture, 'refleksi');
    expect(byId).toEqual({ inspirasi: 0, perubahan: 1, tantangan: 2, rencana: 3 });
    expect(result.ambiguous).toEqual([]);
    expect(result.missing).toEqual([]);
  });

  it('placeholder only, in another order', () => {
    expect(twins('refleksi-placeholder.html', 'refleksi').byId).toEqual({ rencana: 0, inspirasi: 1, tantangan: 2, perubahan: 3 });
  });

  it('2026 (Refleksi dan Evaluasi Tindak Lanjut): reordered and reworded questions, a hint between question and field', () => {
    const { result, byId } = twins('refleksi-2026.html', 'refleksi', 2026);
    expect(byId).toEqual({ perubahan: 0, inspirasi: 1, rencana: 2, tantangan: 3 });
    expect(result.ambiguous).toEqual([]);
  });

  it('refuses when two fields fit a question equally, and lists it; fields named only "Jawaban" are not guessed', () => {
    const { result, byId } = twins('refleksi-ambiguous.html', 'refleksi');
    expect(byId).toEqual({ perubahan: 2 });
    expect(result.ambiguous).toEqual([{ kind: 'key', keys: ['inspirasi'], fieldIndexes: [0, 1] }]);
    expect(result.missing).toEqual(['tantangan', 'rencana']);
    expect(result.unrecognised).toEqual([3, 4]);
    const plan = planPaste('refleksi', 2025, collectWritingForm(document).fields, REFLECTION);
    expect(plan.instructions).toEqual([{ fieldIndex: 2, value: REFLECTION.perubahan }]);
    expect(plan.unplaced.map((u) => [u.fieldId, u.reason, u.candidates])).toEqual([
      ['inspirasi', 'ambigu', [0, 1]], ['tantangan', 'tidak-ditemukan', []], ['rencana', 'tidak-ditemukan', []],
    ]);
  });

  it('a field two questions fit equally is not filled with either', () => {
    document.body.innerHTML = '<main><label for="x">Inspirasi dan praktik</label><textarea id="x"></textarea></main>';
    const fields = collectWritingForm(document).fields;
    // Craft an exact tie: the two words, each unique to one question.
    const result = matchWritingFields('refleksi', 2025, fields);
    expect(result.matches).toEqual([]);
    expect(result.ambiguous).toEqual([{ kind: 'field', keys: ['inspirasi', 'perubahan'], fieldIndexes: [0] }]);
    expect(result.missing).toEqual(['tantangan', 'rencana']);
  });
});

describe('Dokumen Persiapan and Tindak Lanjut', () => {
  it('Persiapan, classic: every field, the class select included; the hidden upload is not a field', () => {
    const { form, byId, result } = twins('persiapan-label-for.html', 'persiapan');
    expect(byId).toEqual({ targetPerilaku: 0, upayaMempelajari: 1, jadwalTanggal: 2, jadwalKelas: 3, jadwalMapel: 4, jadwalCatatan: 5 });
    expect(result.missing).toEqual(['jadwalJenjang']);
    expect(form.fields).toHaveLength(6);
  });

  it('Diskusi Persiapan (2026): "Fokus perilaku", sibling divs, aria-labels, a DD-MM-YYYY date picker', () => {
    const { byId, result, form } = twins('persiapan-2026.html', 'persiapan', 2026);
    expect(byId).toEqual({ targetPerilaku: 0, upayaMempelajari: 1, jadwalTanggal: 2, jadwalJenjang: 3, jadwalKelas: 4, jadwalMapel: 5, jadwalCatatan: 6 });
    expect(result.ambiguous).toEqual([]);
    expect(form.fields[2]!.format).toBe('DD-MM-YYYY');
  });

  it('Tindak Lanjut, classic: the Sesi Pilihan Belajar heading names no field', () => {
    expect(twins('tindak-lanjut-label-for.html', 'tindak-lanjut').byId).toEqual({ tantangan: 0, tujuan: 1, aksi: 2, jadwal: 3, dukungan: 4 });
  });

  it('Rencana Tindak Lanjut (2026): reordered, reworded, wrapping labels', () => {
    const { byId, result } = twins('tindak-lanjut-2026.html', 'tindak-lanjut', 2026);
    expect(byId).toEqual({ tujuan: 0, tantangan: 1, aksi: 2, dukungan: 3, jadwal: 4 });
    expect(result.ambiguous).toEqual([]);
  });
});

describe('the paste plan', () => {
  it('fills empty fields, flags a field already holding other text, skips one that says the same, lists empty document fields as nothing to do', () => {
    load('refleksi-label-for.html');
    (document.getElementById('refleksi-2') as HTMLTextAreaElement).value = 'Teks yang diketik di situs';
    (document.getElementById('refleksi-3') as HTMLTextAreaElement).value = REFLECTION.tantangan;
    const fields = collectWritingForm(document).fields;
    const plan = planPaste('refleksi', 2025, fields, { ...REFLECTION, rencana: '' });
    expect(plan.items.map((i) => [i.fieldId, i.status])).toEqual([['inspirasi', 'siap'], ['perubahan', 'sudah-terisi'], ['tantangan', 'sama'], ['rencana', 'kosong']]);
    expect(plan.prefilled).toEqual([1]);
    expect(plan.instructions).toEqual([{ fieldIndex: 0, value: REFLECTION.inspirasi }]);
    expect(plan.unplaced).toEqual([]);
    expect(plan.items[0]!.pageLabel).toContain('Inspirasi baru');
    // The user confirms overwriting that one field.
    const again = planPaste('refleksi', 2025, fields, REFLECTION, { overwrite: ['perubahan'] });
    expect(again.instructions.map((i) => i.fieldIndex)).toEqual([0, 1, 3]);
    expect(again.prefilled).toEqual([1]);
  });

  it('one field at a time ("Tempel" beside a field)', () => {
    load('refleksi-2026.html');
    const plan = planPaste('refleksi', 2026, collectWritingForm(document).fields, REFLECTION, { only: ['tantangan'] });
    expect(plan.instructions).toEqual([{ fieldIndex: 3, value: REFLECTION.tantangan }]);
    expect(plan.items).toHaveLength(1);
  });

  it('a class the dropdown does not offer is not forced; a document field with no twin is listed with its text', () => {
    load('persiapan-label-for.html');
    const plan = planPaste('persiapan', 2025, collectWritingForm(document).fields, {
      targetPerilaku: 'Memberi umpan balik spesifik', jadwalKelas: 'IX C', jadwalJenjang: 'SMP', jadwalTanggal: '2026-03-10',
    });
    expect(plan.items.find((i) => i.fieldId === 'jadwalKelas')!.status).toBe('opsi-tidak-ada');
    expect(plan.unplaced).toEqual([{ fieldId: 'jadwalJenjang', label: 'Jenjang', text: 'SMP', reason: 'tidak-ditemukan', candidates: [] }]);
    expect(plan.instructions).toEqual([{ fieldIndex: 0, value: 'Memberi umpan balik spesifik' }, { fieldIndex: 2, value: '2026-03-10' }]);
  });

  it('the instructions fill the page through lib/autofill, the date in the format the picker shows', async () => {
    load('persiapan-2026.html');
    const form = collectWritingForm(document);
    const plan = planPaste('persiapan', 2026, form.fields, { targetPerilaku: 'Umpan balik tertulis', jadwalTanggal: '2026-03-10', jadwalKelas: 'VIII B' });
    const seen: string[] = [];
    document.addEventListener('input', (e) => seen.push((e.target as HTMLElement).tagName), true);
    const { outcomes } = await fillForm(form, plan.instructions);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect((form.elements[0] as HTMLTextAreaElement).value).toBe('Umpan balik tertulis');
    expect((form.elements[2] as HTMLInputElement).value).toBe('10-03-2026');
    expect((form.elements[4] as HTMLInputElement).value).toBe('VIII B');
    expect(seen).toEqual(['TEXTAREA', 'INPUT', 'INPUT']);
  });
});

describe('"Ambil dari halaman"', () => {
  it('round trip: paste into one markup, take back from the page: the same values', async () => {
    for (const [fixture, year] of [['refleksi-sibling-div.html', 2025], ['refleksi-2026.html', 2026]] as const) {
      load(fixture);
      const form = collectWritingForm(document);
      await fillForm(form, planPaste('refleksi', year, form.fields, REFLECTION).instructions);
      const take = planTake('refleksi', year, collectWritingForm(document).fields, {});
      expect(take.values).toEqual(REFLECTION);
      expect(take.items.every((i) => i.status === 'baru')).toBe(true);
    }
  });

  it('takes only what differs; an empty page field keeps the document text; a date becomes ISO; a bad date is refused', () => {
    load('persiapan-2026.html');
    const form = collectWritingForm(document);
    const set = (i: number, v: string) => ((form.elements[i] as HTMLInputElement).value = v);
    set(0, 'Fokus baru dari situs');
    set(1, 'Sama');
    set(2, '10-03-2026');
    set(4, 'VIII B');
    const take = planTake('persiapan', 2026, collectForm(document, document.querySelector('main')!).fields, { upayaMempelajari: 'Sama', jadwalMapel: 'IPA' });
    expect(take.values).toEqual({ targetPerilaku: 'Fokus baru dari situs', jadwalTanggal: '2026-03-10', jadwalKelas: 'VIII B' });
    expect(Object.fromEntries(take.items.map((i) => [i.fieldId, i.status]))).toEqual({
      targetPerilaku: 'baru', upayaMempelajari: 'sama', jadwalTanggal: 'baru', jadwalJenjang: 'kosong-di-halaman', jadwalKelas: 'baru', jadwalMapel: 'kosong-di-halaman', jadwalCatatan: 'kosong-di-halaman',
    });
    set(2, '31 Maret');
    const bad = planTake('persiapan', 2026, collectWritingForm(document).fields, {});
    expect(bad.items.find((i) => i.fieldId === 'jadwalTanggal')!.status).toBe('tidak-valid');
    expect(bad.values.jadwalTanggal).toBeUndefined();
  });
});

describe('helpers', () => {
  it('stems meet across affixes', () => {
    const meet = (a: string, b: string) => [...stemsOf(a)].some((s) => stemsOf(b).has(s));
    expect(meet('menerapkan', 'terapkan')).toBe(true);
    expect(meet('perubahan', 'berubah')).toBe(true);
    expect(meet('mengatasi', 'atasi')).toBe(true);
    expect(meet('terberat', 'berat')).toBe(true);
    expect(meet('menginspirasi', 'inspirasi')).toBe(true);
    expect(meet('kelas', 'kelasnya')).toBe(true);
    expect(meet('kelas', 'las')).toBe(false);
    expect(meet('tantangan', 'rencana')).toBe(false);
    expect(meaningWords('1. Apa rencana Anda untuk mengatasi tantangan tersebut?')).toEqual(['rencana', 'mengatasi', 'tantangan']);
  });

  it('page step → document; page dates → ISO', () => {
    expect(documentKindForStep('dokumen-refleksi')).toBe('refleksi');
    expect(documentKindForStep('dokumen-persiapan')).toBe('persiapan');
    expect(documentKindForStep('dokumen-tindak-lanjut')).toBe('tindak-lanjut');
    expect(documentKindForStep('observasi')).toBeNull();
    expect(isoDateFromPage('2026-03-10')).toBe('2026-03-10');
    expect(isoDateFromPage('10/3/2026')).toBe('2026-03-10');
    expect(isoDateFromPage('Selasa')).toBeNull();
  });
});

describe('the demo Ruang GTK pages, both markups (tests/fixtures/pages, saved by scripts/save-page-fixtures.mjs)', () => {
  const PAGES = path.resolve(import.meta.dirname, '../../fixtures/pages');
  const page = (file: string) => {
    document.documentElement.innerHTML = fs.readFileSync(path.join(PAGES, file), 'utf8').replace(/^<!--.*?-->\s*/s, '').replace(/<\/?html[^>]*>/g, '');
    return document;
  };
  const twinsOn = (file: string, kind: DocumentKind, year: number) => {
    const form = collectWritingForm(page(file));
    const result = matchWritingFields(kind, year, form.fields);
    // Each twin by the field's data-bind (the demo's own state key), so the expectation says which question got which answer.
    return { result, binds: Object.fromEntries(result.matches.map((m) => [m.fieldId, form.elements[m.fieldIndex]!.getAttribute('data-bind')])) };
  };

  it.each([
    ['rgtk.dokumen-refleksi/klasik-rumah-query.html', 2025],
    ['rgtk.dokumen-refleksi/2026-kemdikbud-slash.html', 2026],
  ])('Refleksi %s: each answer into its own question', (file, year) => {
    const { result, binds } = twinsOn(file, 'refleksi', year);
    expect(binds).toEqual({ inspirasi: 'refleksi.inspirasi', perubahan: 'refleksi.perubahan', tantangan: 'refleksi.tantangan', rencana: 'refleksi.rencana' });
    expect(result.ambiguous).toEqual([]);
    expect(result.unrecognised).toEqual([]);
  });

  it.each([
    ['rgtk.dokumen-persiapan/klasik-rumah-query.html', 2025],
    ['rgtk.dokumen-persiapan/2026-kemdikbud.html', 2026],
  ])('Persiapan %s: every field, the upload left alone', (file, year) => {
    const { result, binds } = twinsOn(file, 'persiapan', year);
    expect(binds).toEqual({
      targetPerilaku: 'persiapan.targetPerilaku', upayaMempelajari: 'persiapan.upayaMempelajari', jadwalTanggal: 'persiapan.tanggalObservasi',
      jadwalJenjang: 'persiapan.jenjang', jadwalKelas: 'persiapan.kelas', jadwalMapel: 'persiapan.mataPelajaran', jadwalCatatan: 'persiapan.catatan',
    });
    expect(result.ambiguous).toEqual([]);
  });
});
