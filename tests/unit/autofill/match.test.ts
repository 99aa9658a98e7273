// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectForm, type FieldDescriptor } from '@/lib/autofill/collect';
import { guessFormKind, matchFields } from '@/lib/autofill/match';
import { FORM_VOCABULARIES, type FormVocabulary } from '@/lib/autofill/vocabulary';
import type { FormKind } from '@/lib/autofill/forms';
import { fixtureNames, loadForm } from './fixtures';

/** Key → the label of the field it got, for readable expectations. */
function matched(fixture: string, kind: FormKind) {
  const form = collectForm(loadForm(fixture));
  const result = matchFields(form.fields, FORM_VOCABULARIES[kind]);
  const byKey = Object.fromEntries(result.matches.map((m) => [m.key, m.fieldIndex]));
  return { form, result, byKey };
}

describe('the detector on the fixture markups', () => {
  it('daily progress (2026 modal): every field by its label; the three "date" inputs told apart by label, not name', () => {
    const { result, byKey } = matched('progress-harian-modal.html', 'progress-harian');
    expect(byKey).toEqual({ 'rencana-aksi': 0, tanggal: 1, 'jam-mulai': 2, 'jam-selesai': 3, kegiatan: 4, realisasi: 6, satuan: 7, 'bukti-dukung': 8 });
    expect(result.unrecognised).toEqual([5]); // Sumber Data (disabled, "ekinerja")
    expect(result.ambiguous).toEqual([]);
    expect(result.formChanged).toBe(false);
    expect(result.coverage).toBe(1);
  });

  it('daily progress in edit mode (a missing field, wrappers, reordered): the rest still found, the missing named', () => {
    const { result, byKey } = matched('progress-harian-missing.html', 'progress-harian');
    expect(byKey).toEqual({ tanggal: 0, 'jam-mulai': 1, kegiatan: 2, realisasi: 3, 'rencana-aksi': 4 });
    expect(result.missingKeys).toEqual(['jam-selesai', 'bukti-dukung']);
    expect(result.formChanged).toBe(false);
  });

  it('RHK: the three IKI/Target pairs told apart by their section headings; RHK atasan not taken for RHK', () => {
    const { result, byKey } = matched('rhk-modal.html', 'rhk');
    expect(byKey).toEqual({ 'rhk-atasan': 0, rhk: 1, 'iki-kuantitas': 2, 'target-kuantitas': 3, 'iki-kualitas': 4, 'target-kualitas': 5, 'iki-waktu': 6, 'target-waktu': 7 });
    expect(result.ambiguous).toEqual([]);
  });

  it('RHK without headings: two similar fields are ambiguous and none of them is matched', () => {
    const { result, byKey } = matched('rhk-no-headings.html', 'rhk');
    expect(byKey).toEqual({ rhk: 0 });
    const keysAmbiguous = result.ambiguous.filter((a) => a.kind === 'key').map((a) => [a.keys[0], a.fieldIndexes]);
    expect(keysAmbiguous).toEqual([
      ['iki-kuantitas', [1, 3, 5]], ['target-kuantitas', [2, 4, 6]], ['iki-kualitas', [1, 3, 5]],
      ['target-kualitas', [2, 4, 6]], ['iki-waktu', [1, 3, 5]], ['target-waktu', [2, 4, 6]],
    ]);
    expect(result.formChanged).toBe(true);
  });

  it('lampiran by for=, and the upper-case wrapped variant in another order', () => {
    expect(matched('lampiran-modal.html', 'lampiran').byKey).toEqual({ 'dukungan-sumber-daya': 0, 'skema-pertanggungjawaban': 1, konsekuensi: 2 });
    expect(matched('lampiran-uppercase-wrapped.html', 'lampiran').byKey).toEqual({ konsekuensi: 0, 'dukungan-sumber-daya': 1, 'skema-pertanggungjawaban': 2 });
  });

  it('rencana aksi (live names) and the horizontal variant (sibling div, aria-label)', () => {
    expect(matched('rencana-aksi-modal.html', 'rencana-aksi').byKey).toEqual({ 'rencana-aksi': 0, target: 1 });
    expect(matched('rencana-aksi-sibling-labels.html', 'rencana-aksi').byKey).toEqual({ 'rencana-aksi': 0, target: 1 });
  });

  it('eviden: the 2026 wording ("Nama Eviden", "Bukti Eviden (Link …)") and the older one, reordered, one by placeholder', () => {
    expect(matched('eviden-modal.html', 'eviden').byKey).toEqual({ 'nama-bukti': 0, 'link-bukti': 1, realisasi: 2, 'sumber-data': 3 });
    expect(matched('eviden-reordered.html', 'eviden').byKey).toEqual({ realisasi: 0, 'link-bukti': 1, 'nama-bukti': 2 });
  });

  it('eviden with renamed labels: "the form seems changed", with what is missing', () => {
    const { result } = matched('eviden-renamed.html', 'eviden');
    expect(result.formChanged).toBe(true);
    expect(result.missingKeys).toEqual(['nama-bukti', 'link-bukti']);
    expect(result.coverage).toBeCloseTo(1 / 3);
  });

  it('perilaku: one BerAKHLAK value per row', () => {
    const { byKey } = matched('perilaku-card.html', 'perilaku');
    expect(Object.keys(byKey)).toHaveLength(7);
    expect(byKey['ekspektasi-berorientasi-pelayanan']).toBe(0);
    expect(byKey['ekspektasi-kolaboratif']).toBe(6);
  });

  it('a hidden modal is never read: its "Kegiatan Harian" field does not count, so the page looks like no daily-progress form', () => {
    const { form, result } = matched('progress-harian-hidden-modal.html', 'progress-harian');
    // Only the page's own search box ("Cari kegiatan") is there to match; the closed modal's textarea is not.
    expect(result.matches.map((m) => form.fields[m.fieldIndex]!.name)).toEqual(['cari']);
    expect(result.formChanged).toBe(true);
  });

  it('every vocabulary names fixtures that exist, and every fixture is some vocabulary\'s', () => {
    const names = fixtureNames();
    const listed = Object.values(FORM_VOCABULARIES).flatMap((v) => v.fixtures);
    for (const f of listed) expect(names).toContain(f);
    expect(names.filter((n) => !listed.includes(n))).toEqual([]);
  });

  it('guesses the form kind from the fields and title', () => {
    const all = Object.values(FORM_VOCABULARIES);
    expect(guessFormKind(collectForm(loadForm('progress-harian-modal.html')).fields, 'Tambah Progress Harian', all)?.kind).toBe('progress-harian');
    expect(guessFormKind(collectForm(loadForm('eviden-modal.html')).fields, 'Bukti Dukung', all)?.kind).toBe('eviden');
    expect(guessFormKind(collectForm(loadForm('lampiran-modal.html')).fields, '', all)?.kind).toBe('lampiran');
  });
});

/** Descriptors by hand, for the rules alone. */
function field(index: number, over: Partial<FieldDescriptor>): FieldDescriptor {
  return { index, control: 'text', name: '', id: '', nameShared: false, labelFor: '', labelWrap: '', labelGroup: '', ariaLabel: '', placeholder: '', section: '', value: '', disabled: false, ...over };
}
const vocab = (fields: FormVocabulary['fields']): FormVocabulary => ({ kind: 'eviden', titles: [], fields, fixtures: [] });

describe('ambiguity rules', () => {
  it('a field two keys claim equally is not filled', () => {
    const v = vocab([
      { key: 'a', labels: ['Keterangan'], expected: true },
      { key: 'b', labels: ['Keterangan'], expected: true },
    ]);
    const r = matchFields([field(0, { labelGroup: 'Keterangan' })], v);
    expect(r.matches).toEqual([]);
    expect(r.ambiguous).toEqual([{ kind: 'field', keys: ['a', 'b'], fieldIndexes: [0] }]);
  });
  it('a key two fields claim equally is not filled, while a clear pair still is', () => {
    const v = vocab([{ key: 'target', labels: ['Target'], expected: true }, { key: 'nama', labels: ['Nama'], expected: true }]);
    const r = matchFields([field(0, { labelGroup: 'Target' }), field(1, { labelFor: 'TARGET' }), field(2, { labelFor: 'Nama' })], v);
    expect(r.matches).toEqual([{ key: 'nama', fieldIndex: 2, score: 10 }]);
    expect(r.ambiguous).toEqual([{ kind: 'key', keys: ['target'], fieldIndexes: [0, 1] }]);
  });
  it('a shared name is never a key on its own; a unique one is', () => {
    const v = vocab([{ key: 'tanggal', labels: ['Tanggal Kegiatan'], names: ['date'], expected: true }]);
    const shared = [field(0, { name: 'date', nameShared: true }), field(1, { name: 'date', nameShared: true })];
    expect(matchFields(shared, v).matches).toEqual([]);
    expect(matchFields(shared, v).ambiguous).toEqual([]);
    expect(matchFields([field(0, { name: 'date' })], v).matches).toEqual([{ key: 'tanggal', fieldIndex: 0, score: 5 }]);
  });
  it('an exact label beats a label that only contains the words', () => {
    const v = vocab([{ key: 'rhk', labels: ['Rencana Hasil Kerja'], expected: true }, { key: 'atasan', labels: ['Rencana Hasil Kerja Atasan'], expected: true }]);
    const r = matchFields([field(0, { labelFor: 'Rencana Hasil Kerja Atasan' }), field(1, { labelFor: 'Rencana hasil kerja' })], v);
    expect(r.matches.map((m) => [m.key, m.fieldIndex])).toEqual([['rhk', 1], ['atasan', 0]]);
  });
  it('fewer than half of the expected fields: form changed', () => {
    const v = vocab([
      { key: 'a', labels: ['A satu'], expected: true }, { key: 'b', labels: ['B dua'], expected: true }, { key: 'c', labels: ['C tiga'], expected: true },
    ]);
    expect(matchFields([field(0, { labelFor: 'A satu' })], v).formChanged).toBe(true);
    expect(matchFields([field(0, { labelFor: 'A satu' }), field(1, { labelFor: 'B dua' })], v).formChanged).toBe(false);
  });
});
