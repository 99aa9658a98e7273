// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { learnFromPage, prepareFill, runFill, undoFill } from '@/lib/autofill/session';
import { STARTER_TEMPLATES } from '@/lib/autofill/templates';
import { loadForm, mountFakeVueSelect } from './fixtures';

describe('fill session on the daily progress modal', () => {
  it('preview, fill, re-check, undo; the page\'s OK button is never pressed; learn the filled form back', async () => {
    const doc = loadForm('progress-harian-modal.html');
    const widget = doc.querySelector<HTMLElement>('#modalProgress .v-select')!;
    mountFakeVueSelect(widget, ['Menyusun dan melaksanakan modul ajar bulan Desember 2026', 'Lain'], 60);
    let okPressed = 0;
    doc.querySelectorAll('button.btn-primary').forEach((b) => b.addEventListener('click', () => okPressed++));
    const template = STARTER_TEMPLATES.find((t) => t.id === 'bawaan-guru-progress')!;
    const ctx = { date: '2026-12-07', evidence: { name: 'Jurnal', url: 'https://drive.google.com/j' } };

    const prepared = prepareFill(doc, template, ctx);
    expect(prepared.preview.instructions).toHaveLength(8);
    const report = await runFill(prepared, { optionTimeoutMs: 1500, recheckDelayMs: 50 });
    expect(report.outcomes.filter((o) => !o.ok)).toEqual([]);
    expect(report.didNotStick).toEqual([]);
    expect(widget.querySelector('.vs__selected')?.textContent).toBe('Menyusun dan melaksanakan modul ajar bulan Desember 2026');
    expect((doc.querySelector('textarea[name=kegiatan]') as HTMLTextAreaElement).value).toBe('Melaksanakan pembelajaran sesuai jadwal hari Senin, 7 Desember 2026');
    expect(okPressed).toBe(0);

    const learned = learnFromPage(doc, 'Dari halaman', 'guru', undefined, { date: '2026-12-07', link: 'https://drive.google.com/j' });
    expect(learned).toMatchObject({ ok: true, template: { formKind: 'progress-harian', values: { tanggal: '{tanggal}', 'bukti-dukung': '{link}', satuan: 'Kegiatan' } } });

    expect(await undoFill(prepared, report)).toEqual([]);
    expect((doc.querySelector('textarea[name=kegiatan]') as HTMLTextAreaElement).value).toBe('');
    expect(widget.querySelector('.vs__selected')).toBeNull();
    expect(okPressed).toBe(0);
  });
});
