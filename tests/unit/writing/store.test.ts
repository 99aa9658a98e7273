import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PendampingDB } from '@/lib/db/database';
import { createNote, getDocument, listDocuments, listRevisions, restoreRevision, saveField, setEvidenceLink, type SaveFieldInput } from '@/lib/writing/store';
import { COALESCE_MAX_DELETED } from '@/lib/writing/revisions';

let db: PendampingDB;
beforeEach(() => { db = new PendampingDB(`writing-${Math.random()}`); });
afterEach(async () => { db.close(); await Dexie.delete(db.name); });

const MARK = '--- dari tab lain ---';
let minute = 0;
const at = (m: number) => new Date(Date.UTC(2026, 4, 1, 1, 0) + m * 60_000).toISOString();
const key = { kind: 'refleksi' as const, year: 2026, periodId: '2026' };
function input(text: string, base: SaveFieldInput['base'], extra: Partial<SaveFieldInput> = {}): SaveFieldInput {
  return { ...key, field: 'inspirasi', text, base, session: 'tab-a', now: at(minute), conflictMarker: MARK, ...extra };
}

describe('writing store', () => {
  beforeEach(() => { minute = 0; });

  it('saves a field into a new document and reads it back through the schema', async () => {
    const r = await saveField(db, input('Murid lebih berani.', { version: 0, text: '' }));
    expect(r).toEqual({ version: 1, text: 'Murid lebih berani.', merged: false, conflict: false });
    const doc = await getDocument(db, '2026/refleksi');
    expect(doc?.fields).toMatchObject({ inspirasi: 'Murid lebih berani.', perubahan: '' });
    expect((await listDocuments(db, '2026')).map((d) => d.id)).toEqual(['2026/refleksi']);
  });

  it('keystroke saves of one spell of typing make one revision; a pause, a big deletion or another tab start a new one', async () => {
    let base = { version: 0, text: '' };
    const type = async (text: string, extra: Partial<SaveFieldInput> = {}) => {
      const r = await saveField(db, input(text, base, extra));
      base = { version: r.version, text: r.text };
    };
    await type('Hari');
    await type('Hari ini');
    await type('Hari ini saya');
    expect((await listRevisions(db, '2026/refleksi', 'inspirasi')).map((r) => r.text)).toEqual(['Hari ini saya']);
    minute = 10; // a pause longer than the coalescing window
    await type('Hari ini saya belajar tentang umpan balik');
    await type('Hari ini saya belajar'); // a typo-sized deletion stays in the same revision
    await type('Hari ini'); // deleting more than a typo: the deleted words stay in history
    expect(' saya belajar tentang umpan balik'.length).toBeGreaterThan(COALESCE_MAX_DELETED);
    await type('Hari ini kami', { session: 'tab-b' });
    const texts = (await listRevisions(db, '2026/refleksi', 'inspirasi')).map((r) => r.text);
    expect(texts).toEqual(['Hari ini saya', 'Hari ini saya belajar', 'Hari ini', 'Hari ini kami']);
  });

  it('a long deletion never disappears from history, even in small steps', async () => {
    let base = { version: 0, text: '' };
    const long = 'Kalimat yang panjang sekali dan berharga untuk refleksi saya.';
    let r = await saveField(db, input(long, base)); base = { version: r.version, text: r.text };
    for (let n = long.length - 5; n > 0; n -= 5) { r = await saveField(db, input(long.slice(0, n), base)); base = { version: r.version, text: r.text }; }
    await saveField(db, input('', base));
    const texts = (await listRevisions(db, '2026/refleksi', 'inspirasi')).map((x) => x.text);
    expect(texts.some((t) => t === long || t.length >= long.length - COALESCE_MAX_DELETED)).toBe(true);
    expect(texts.at(-1)).toBe('');
  });

  it('keeps revisions in order and restores one as a new revision', async () => {
    let r = await saveField(db, input('satu', { version: 0, text: '' }));
    minute = 10; r = await saveField(db, input('dua', { version: r.version, text: r.text }));
    minute = 20; r = await saveField(db, input('tiga', { version: r.version, text: r.text }));
    let revs = await listRevisions(db, '2026/refleksi', 'inspirasi');
    expect(revs.map((x) => x.text)).toEqual(['satu', 'dua', 'tiga']);
    minute = 30;
    const restored = await restoreRevision(db, key, revs[0]!.id!, 'tab-a', at(minute));
    expect(restored.text).toBe('satu');
    revs = await listRevisions(db, '2026/refleksi', 'inspirasi');
    expect(revs.map((x) => [x.text, x.origin])).toEqual([['satu', 'typing'], ['dua', 'typing'], ['tiga', 'typing'], ['satu', 'restore']]);
    // Typing after a restore does not overwrite the restored revision.
    await saveField(db, input('satu lagi', { version: restored.version, text: restored.text }));
    expect((await listRevisions(db, '2026/refleksi', 'inspirasi')).map((x) => x.text)).toEqual(['satu', 'dua', 'tiga', 'satu', 'satu lagi']);
    expect((await getDocument(db, '2026/refleksi'))?.fields).toMatchObject({ inspirasi: 'satu lagi' });
  });

  it('two tabs from the same base: the second save merges, and text from both is kept', async () => {
    const first = await saveField(db, input('Awal.', { version: 0, text: '' }));
    const base = { version: first.version, text: first.text };
    const a = await saveField(db, input('Awal. Dari tab A.', base, { session: 'tab-a' }));
    expect(a.merged).toBe(false);
    const b = await saveField(db, input('Dari tab B. Awal.', base, { session: 'tab-b' }));
    expect(b).toMatchObject({ merged: true, conflict: false, text: 'Dari tab B. Awal. Dari tab A.' });
    const c = await saveField(db, input('Tulisan C.', base, { session: 'tab-c' }));
    expect(c.conflict).toBe(true);
    expect(c.text).toContain('Dari tab A.');
    expect(c.text).toContain('Tulisan C.');
    const revs = await listRevisions(db, '2026/refleksi', 'inspirasi');
    expect(revs.map((r) => r.origin)).toEqual(['typing', 'merge', 'merge']);
    expect(revs[0]!.text).toBe('Awal. Dari tab A.');
  });

  it('rejects a field the document does not have, and writes nothing', async () => {
    await expect(saveField(db, input('x', { version: 0, text: '' }, { field: 'nilai' }))).rejects.toThrow();
    expect(await db.writingDocuments.count()).toBe(0);
  });

  it('daily notes are their own documents; evidence links are kept on the document', async () => {
    const entry = await createNote(db, 2026, '2026', '2026-03-02', at(0), 'n-1');
    await saveField(db, { kind: 'catatan', year: 2026, periodId: '2026', entryId: entry, field: 'isi', text: 'Observasi berjalan baik.', base: { version: 0, text: '' }, session: 's', now: at(1), conflictMarker: MARK });
    expect((await getDocument(db, '2026/catatan/n-1'))?.fields).toEqual({ tanggal: '2026-03-02', isi: 'Observasi berjalan baik.' });
    await setEvidenceLink(db, key, 'ev-1', true, at(2));
    await setEvidenceLink(db, key, 'ev-2', true, at(2));
    await setEvidenceLink(db, key, 'ev-1', false, at(3));
    expect((await getDocument(db, '2026/refleksi'))?.evidenceIds).toEqual(['ev-2']);
  });
});
