import { describe, expect, it } from 'vitest';
import { exportFileName, toPlainText } from '@/lib/writing/export';
import { chosenIndicatorId, findIndicator, guidanceFor } from '@/lib/writing/guidance';
import { documentDef, emptyDocument } from '@/lib/writing/model';

describe('plain-text export', () => {
  it('lays out the header and every field, marking empty ones', () => {
    const text = toPlainText(
      { title: 'Tulisan 2026', lines: [['Nama', 'Bu Sari'], ['Satuan pendidikan', 'SDN 1 Kupang']] },
      [{ title: 'Dokumen Refleksi', subtitle: 'Di Ruang GTK 2026: Refleksi dan Evaluasi Tindak Lanjut', entries: [{ label: '1. Inspirasi', text: 'Murid berani bertanya.\r\nBaris dua.' }, { label: '2. Perubahan', text: '  ' }] }],
      '(belum diisi)',
    );
    expect(text).toContain('Nama              : Bu Sari');
    expect(text).toContain('1. Inspirasi\nMurid berani bertanya.\nBaris dua.');
    expect(text).toContain('2. Perubahan\n(belum diisi)');
    expect(text.endsWith('\n')).toBe(true);
    expect(exportFileName('2024-1', 'tindak lanjut/all')).toBe('pendamping-kinerja-2024-1-tindak-lanjut-all.txt');
  });
});

describe('guidance beside a field', () => {
  it('comes from the indicator chosen in the plan, and says when the lists are missing', () => {
    const plan = emptyDocument('rencana', 2026, '2026', '2026-01-10T00:00:00.000Z');
    const docs = [{ ...plan, fields: { ...plan.fields, indikator: 'umpan-balik-konstruktif' } }];
    const indicator = findIndicator('guru', 2026, chosenIndicatorId(docs as never));
    expect(indicator?.name).toBe('Umpan Balik Konstruktif');
    const field = documentDef('refleksi').fields[1]!;
    const g = guidanceFor(field, indicator);
    expect(g?.show).toBe('behaviours');
    expect(g?.indicator.behaviours.length).toBe(3);
    expect(g?.hasLists).toBe(false);
    expect(guidanceFor(documentDef('catatan').fields[0]!, indicator)).toBeNull();
    expect(guidanceFor(field, undefined)).toBeNull();
  });
});

describe('journal of a closing tab', () => {
  it('keeps valid entries and skips damaged ones', async () => {
    const { parseJournal } = await import('@/lib/writing/journal');
    const good = { kind: 'refleksi', year: 2026, periodId: '2026', field: 'inspirasi', text: 'kata', base: { version: 1, text: 'k' }, session: 's' };
    expect(parseJournal(JSON.stringify([good, { ...good, kind: 'surat' }, 7]))).toEqual([good]);
    expect(parseJournal('{not json')).toEqual([]);
    expect(parseJournal(null)).toEqual([]);
  });
});
