import { describe, expect, it } from 'vitest';
import { DOCUMENTS, emptyDocument, WritingDocumentSchema, WritingRevisionSchema, wordingFor, documentDef, FIELD_SCHEMAS } from '@/lib/writing/model';
import { REFLECTION_QUESTIONS } from '@/lib/domain';

const NOW = '2026-05-01T02:00:00.000Z';

describe('writing documents: schemas', () => {
  it('an empty document of every kind is valid', () => {
    for (const d of DOCUMENTS) expect(WritingDocumentSchema.safeParse(emptyDocument(d.kind, 2026, '2026', NOW, d.kind === 'catatan' ? 'n1' : undefined)).success).toBe(true);
  });

  it('rejects malformed records', () => {
    const good = emptyDocument('refleksi', 2026, '2026', NOW);
    const bad = [
      { ...good, kind: 'surat' },
      { ...good, fields: { ...good.fields, inspirasi: 42 } },
      { ...good, fields: { ...good.fields, kesan: 'field the schema does not know' } },
      { ...good, id: '2025/refleksi' },
      { ...good, periodId: '2025', id: '2025/refleksi' },
      { ...good, periodId: 'dua ribu' },
      { ...good, versions: { inspirasi: -1 } },
      { ...good, updatedAt: 'kemarin' },
      { ...emptyDocument('rencana', 2026, '2026', NOW), fields: { indikator: 'Bukan Slug!' } },
      { ...emptyDocument('rencana', 2026, '2026', NOW), fields: { jadwalTanggal: '31/01/2026' } },
      { ...emptyDocument('catatan', 2026, '2026', NOW, 'n1'), entryId: undefined },
      { ...good, fields: { ...good.fields, rencana: 'x'.repeat(20_001) } },
    ];
    for (const row of bad) expect(WritingDocumentSchema.safeParse(row).success, JSON.stringify(row).slice(0, 120)).toBe(false);
    expect(WritingRevisionSchema.safeParse({ docId: '2026/refleksi', field: 'inspirasi', text: 'a', at: NOW, updatedAt: NOW, session: 's', origin: 'guess', deleted: 0 }).success).toBe(false);
    expect(WritingRevisionSchema.safeParse({ docId: '2026/refleksi', field: 'inspirasi', text: 'a', at: NOW, updatedAt: NOW, session: 's', origin: 'typing', deleted: 0 }).success).toBe(true);
  });

  it('every field definition has a stored field, and the reverse', () => {
    for (const d of DOCUMENTS) expect(d.fields.map((f) => f.id).sort()).toEqual(Object.keys(FIELD_SCHEMAS[d.kind].shape).sort());
  });

  it('carries the site wording of each year (domain.md §10)', () => {
    const names = (kind: Parameters<typeof documentDef>[0], year: number) => wordingFor(documentDef(kind).site, year).map((w) => w.label);
    expect(names('persiapan', 2025)).toEqual(['Dokumen Persiapan']);
    expect(names('persiapan', 2026)).toEqual(['Diskusi Persiapan']);
    expect(names('tindak-lanjut', 2026)).toEqual(['Rencana Tindak Lanjut']);
    expect(names('refleksi', 2026)).toEqual(['Refleksi dan Evaluasi Tindak Lanjut']);
    expect(names('refleksi', 2024)).toContain('Dokumen Refleksi');
    expect(names('rencana', 2024)).toEqual(['Praktik Pembelajaran']);
    expect(documentDef('refleksi').fields.map((f) => f.site[0]!.label)).toEqual(REFLECTION_QUESTIONS.map((q) => q.text));
  });
});
