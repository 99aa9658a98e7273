// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectForm } from '@/lib/autofill/collect';
import { matchFields } from '@/lib/autofill/match';
import { buildPreview } from '@/lib/autofill/preview';
import { templateFromForm } from '@/lib/autofill/learn';
import { fillForm } from '@/lib/autofill/insert';
import { FORM_VOCABULARIES } from '@/lib/autofill/vocabulary';
import { STARTER_TEMPLATES } from '@/lib/autofill/templates';
import { loadForm } from './fixtures';

const ctx = { date: '2026-12-07', evidence: { name: 'Modul ajar', url: 'https://drive.google.com/x' } };

describe('preview model', () => {
  it('daily progress: each field with its value, or why it is left', () => {
    const form = collectForm(loadForm('progress-harian-modal.html'));
    const template = STARTER_TEMPLATES.find((t) => t.id === 'bawaan-guru-progress')!;
    const p = buildPreview(form.fields, matchFields(form.fields, FORM_VOCABULARIES['progress-harian']), template.values, ctx);
    expect(p.rows.map((r) => [r.label, r.value, r.reason])).toEqual([
      ['Rencana Aksi', 'Menyusun dan melaksanakan modul ajar bulan Desember 2026', null],
      ['Tanggal Kegiatan', '2026-12-07', null],
      ['Jam Mulai Kegiatan', '07:00', null],
      ['Jam Selesai Kegiatan', '12:00', null],
      ['Kegiatan Harian', 'Melaksanakan pembelajaran sesuai jadwal hari Senin, 7 Desember 2026', null],
      ['Sumber Data', null, 'tidak-dikenali'],
      ['Realisasi', '1', null],
      ['Satuan', 'Kegiatan', null],
      ['Bukti Dukung (Link ke file Google Drive/Dropbox/etc)', 'https://drive.google.com/x', null],
    ]);
    expect(p.instructions.map((i) => i.fieldIndex)).toEqual([0, 1, 2, 3, 4, 6, 7, 8]);
    expect(p.formChanged).toBe(false);
  });

  it('sudah terisi unless timpa; opsi tidak ditemukan for a select; placeholder without data; ambigu', () => {
    const doc = loadForm('progress-harian-modal.html');
    (doc.querySelector('textarea[name=kegiatan]') as HTMLTextAreaElement).value = 'Sudah saya tulis';
    const form = collectForm(doc);
    const match = matchFields(form.fields, FORM_VOCABULARIES['progress-harian']);
    const values = { kegiatan: 'Mengajar', satuan: 'Lembar', 'bukti-dukung': '{link}', tanggal: '{tangal}' };
    const p = buildPreview(form.fields, match, values, { date: '2026-12-07' });
    const reason = (label: string) => p.rows.find((r) => r.label.startsWith(label))!;
    expect(reason('Kegiatan Harian')).toMatchObject({ reason: 'sudah-terisi', current: 'Sudah saya tulis', value: 'Mengajar' });
    expect(reason('Satuan').reason).toBe('opsi-tidak-ditemukan');
    expect(reason('Bukti Dukung')).toMatchObject({ reason: 'placeholder-kosong', placeholders: ['{link}'] });
    expect(reason('Tanggal')).toMatchObject({ reason: 'placeholder-kosong', placeholders: ['{tangal}'] });
    expect(reason('Jam Mulai').reason).toBe('tidak-ada-di-template');
    expect(p.instructions).toEqual([]);
    const timpa = buildPreview(form.fields, match, values, { date: '2026-12-07' }, { overwrite: true });
    expect(timpa.instructions).toEqual([{ fieldIndex: 4, value: 'Mengajar' }]);

    const rhk = collectForm(loadForm('rhk-no-headings.html'));
    const pr = buildPreview(rhk.fields, matchFields(rhk.fields, FORM_VOCABULARIES.rhk), { rhk: 'X', 'iki-kuantitas': 'Y' }, ctx);
    expect(pr.rows[1]).toMatchObject({ reason: 'ambigu' });
    expect(pr.rows[1]!.candidates).toContain('iki-kuantitas');
    expect(pr.keysNotFound).toEqual(['iki-kuantitas']);
  });

  it('a changed form fills nothing until the user confirms per field', () => {
    const form = collectForm(loadForm('eviden-renamed.html'));
    const match = matchFields(form.fields, FORM_VOCABULARIES.eviden);
    const values = { realisasi: '2 dokumen', 'nama-bukti': 'Modul' };
    const p = buildPreview(form.fields, match, values, ctx);
    expect(p.formChanged).toBe(true);
    expect(p.missingKeys).toEqual(['nama-bukti', 'link-bukti']);
    expect(p.rows[2]).toMatchObject({ reason: 'perlu-konfirmasi', value: '2 dokumen' });
    expect(p.instructions).toEqual([]);
    expect(buildPreview(form.fields, match, values, ctx, { confirmed: new Set([2]) }).instructions).toEqual([{ fieldIndex: 2, value: '2 dokumen' }]);
  });
});

describe('Simpan sebagai template', () => {
  it('reads a hand-filled form into a template, the link and date turned back into placeholders', async () => {
    const doc = loadForm('eviden-modal.html');
    const form = collectForm(doc);
    await fillForm(form, [{ fieldIndex: 0, value: 'Modul ajar {IPA}' }, { fieldIndex: 1, value: 'https://drive.google.com/x' }, { fieldIndex: 2, value: '2 dokumen' }, { fieldIndex: 3, value: 'Dokumen' }]);
    const filled = collectForm(doc);
    const r = templateFromForm(filled.fields, matchFields(filled.fields, FORM_VOCABULARIES.eviden), 'eviden', 'Eviden modul', 'guru', { link: 'https://drive.google.com/x' });
    expect(r).toEqual({ ok: true, template: { name: 'Eviden modul', formKind: 'eviden', role: 'guru', values: { 'nama-bukti': 'Modul ajar {{IPA}}', 'link-bukti': '{link}', realisasi: '2 dokumen', 'sumber-data': 'Dokumen' } } });
  });
  it('an empty form gives no template', () => {
    const form = collectForm(loadForm('lampiran-modal.html'));
    expect(templateFromForm(form.fields, matchFields(form.fields, FORM_VOCABULARIES.lampiran), 'lampiran', 'x', 'semua')).toEqual({ ok: false, reason: 'kosong' });
  });
});
