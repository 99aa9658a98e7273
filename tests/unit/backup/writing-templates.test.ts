/**
 * The writing tables (documents, revisions) and the auto-fill templates in a backup: round trip,
 * one-year scope, merge without losing text (revision ids of two devices collide), refusal of a
 * bad record, an older file without these tables, and the data revision announced after restore.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkBackup } from '@/lib/backup/read';
import { restoreBackup } from '@/lib/backup/restore';
import { BackupError } from '@/lib/backup/errors';
import { backupErrorText } from '@/lib/backup/messages';
import { createTranslator } from '@/lib/i18n/define';
import { backupMessages } from '@/lib/i18n/backup';
import { PendampingDB } from '@/lib/db/database';
import { DATA_REVISION_KEY } from '@/lib/data-revision';
import { listTemplates } from '@/lib/autofill/template-store';
import { getDocument, listRevisions } from '@/lib/writing/store';
import type { WritingDocument } from '@/lib/writing/model';
import {
  backupBlob, closeAll, dbDigest, dbSnapshot, freshDb, noQuota, populate, REFLEKSI_2025, rewrite, typeInto, unzipAll,
} from './helpers';

afterEach(closeAll);
vi.setConfig({ testTimeout: 30_000 });

const tId = createTranslator(backupMessages, 'id');
const NEW_TABLES = ['writingDocuments', 'writingRevisions', 'templates'] as const;

/** Every document's `revs` names a revision of that document and field whose text is the field's text. */
async function expectRevsPointAtOwnText(db: PendampingDB) {
  const docs = (await db.writingDocuments.toArray()) as WritingDocument[];
  expect(docs.length).toBeGreaterThan(0);
  for (const doc of docs) {
    for (const [field, revId] of Object.entries(doc.revs)) {
      const rev = await db.writingRevisions.get(revId);
      expect(rev, `${doc.id}.${field}`).toMatchObject({ docId: doc.id, field, text: (doc.fields as Record<string, string>)[field] });
    }
  }
}

const texts = async (db: PendampingDB, docId: string, field: string) => (await listRevisions(db, docId, field)).map((r) => r.text);

describe('writing and templates in a backup', () => {
  it('populate() fills the new tables, and a backup restored into an empty database gives them back byte for byte', async () => {
    const a = freshDb();
    const { deletedStarter } = await populate(a);
    expect(await a.writingDocuments.count()).toBe(2);
    expect(await a.writingRevisions.count()).toBe(4);
    expect(await a.templates.count()).toBeGreaterThan(1);
    await expectRevsPointAtOwnText(a);

    const first = await backupBlob(a);
    for (const t of NEW_TABLES) expect(first.manifest.tables[t]?.count, t).toBeGreaterThan(0);
    const b = freshDb();
    await restoreBackup(b, await checkBackup(first.blob, { estimate: noQuota }), 'replace');
    const [snapA, snapB] = [await dbSnapshot(a), await dbSnapshot(b)];
    for (const t of NEW_TABLES) expect(snapB[t], t).toEqual(snapA[t]);
    await expectRevsPointAtOwnText(b);

    // Backed up again from the restored database: the same bytes for each new table.
    const second = await backupBlob(b);
    const file = async (blob: Blob, t: string) => (await unzipAll(blob)).find((e) => e.name === `data/${t}.json`)!.data;
    for (const t of NEW_TABLES) expect(await file(second.blob, t), t).toEqual(await file(first.blob, t));

    // The settings row `templates.seeded` travelled: the deleted starting template does not come back.
    expect(await b.settings.get('templates.seeded')).toBeDefined();
    const listed = await listTemplates(b);
    expect(listed.map((x) => x.id)).not.toContain(deletedStarter);
    expect(listed.map((x) => x.id)).toContain('tpl-rapat');
  });

  it('a one-year backup holds that year\'s writing, and every template', async () => {
    const a = freshDb();
    const { reflectionId, noteId } = await populate(a);
    const rows = (await checkBackup((await backupBlob(a, { scope: { kind: 'year', year: 2024 } })).blob, { estimate: noQuota })).rows;
    expect(rows.get('writingDocuments')!.map((r) => r.id)).toEqual([noteId]);
    expect(rows.get('writingRevisions')!.map((r) => r.docId)).toEqual([noteId]);
    expect(rows.get('writingDocuments')!.map((r) => r.id)).not.toContain(reflectionId);
    expect(rows.get('templates')!.length).toBe(await a.templates.count());
  });
});

describe('merging writing from another device', () => {
  /** Device B: its own history of the same 2025 reflection, ids from 1 like device A's. */
  async function otherDevice(lastSave: string) {
    const b = freshDb();
    await typeInto(b, REFLEKSI_2025, 'inspirasi', 'Di laptop baru: murid suka kerja kelompok.', 'tab-x', '2025-02-01T08:00:00.000Z');
    await typeInto(b, REFLEKSI_2025, 'perubahan', 'Saya memberi waktu tunggu lebih lama.', 'tab-x', '2025-02-01T08:05:00.000Z');
    await typeInto(b, REFLEKSI_2025, 'inspirasi', 'Di laptop baru: murid suka kerja kelompok kecil.', 'tab-y', lastSave);
    await typeInto(b, { kind: 'rencana', year: 2025, periodId: '2025' }, 'alasan', 'Indikator ini paling perlu.', 'tab-y', '2025-02-03T08:00:00.000Z');
    return b;
  }

  it('the file\'s document is newer: it wins, both histories stay, every document\'s revs point at its own text', async () => {
    const a = freshDb();
    await populate(a);
    const localBefore = (await getDocument(a, '2025/refleksi'))!;
    const b = await otherDevice('2025-06-01T08:00:00.000Z'); // after A's last save (2025-03-02)
    // The collision this test is about: B's revision ids are ids A uses for other text.
    const bIds = (await b.writingRevisions.toArray()).map((r) => r.id);
    const aIds = new Set((await a.writingRevisions.toArray()).map((r) => r.id));
    expect(bIds.some((id) => aIds.has(id))).toBe(true);
    const aRevisionTexts = (await a.writingRevisions.toArray()).map((r) => r.text);

    const outcome = await restoreBackup(a, await checkBackup((await backupBlob(b)).blob, { estimate: noQuota }), 'merge');
    expect(outcome.writingRevisions).toMatchObject({ added: 4, kept: 0 });
    expect(outcome.writingDocuments).toMatchObject({ added: 1, updated: 1 });

    const doc = (await getDocument(a, '2025/refleksi'))!;
    const fields = doc.fields as Record<string, string>;
    expect(fields.inspirasi).toBe('Di laptop baru: murid suka kerja kelompok kecil.');
    expect(fields.perubahan).toBe('Saya memberi waktu tunggu lebih lama.');
    // Both histories of the field, nothing overwritten.
    expect(await texts(a, '2025/refleksi', 'inspirasi')).toEqual(expect.arrayContaining([
      'Murid lebih berani bertanya.', 'Murid lebih berani bertanya dan menjawab.',
      'Di laptop baru: murid suka kerja kelompok.', 'Di laptop baru: murid suka kerja kelompok kecil.',
    ]));
    for (const text of aRevisionTexts) expect((await a.writingRevisions.toArray()).map((r) => r.text)).toContain(text);
    expect(await a.writingRevisions.count()).toBe(8);
    await expectRevsPointAtOwnText(a);
    // An editor still open on A's old text sees its version moved on, so its next save merges.
    expect(doc.versions.inspirasi).toBeGreaterThan(localBefore.versions.inspirasi!);
    expect(doc.versions.inspirasi).toBeGreaterThan(2);

    // The same file merged again adds nothing.
    const again = await restoreBackup(a, await checkBackup((await backupBlob(b)).blob, { estimate: noQuota }), 'merge');
    expect(again.writingRevisions).toMatchObject({ added: 0, kept: 4 });
    expect(await a.writingRevisions.count()).toBe(8);
    await expectRevsPointAtOwnText(a);
  });

  it('this device\'s document is newer: it stays, the file\'s history is still added', async () => {
    const a = freshDb();
    await populate(a);
    const localDoc = await a.writingDocuments.get('2025/refleksi');
    const b = await otherDevice('2025-02-02T08:00:00.000Z'); // before A's last save
    const outcome = await restoreBackup(a, await checkBackup((await backupBlob(b)).blob, { estimate: noQuota }), 'merge');
    expect(outcome.writingDocuments).toMatchObject({ added: 1, kept: 1 });
    expect(await a.writingDocuments.get('2025/refleksi')).toEqual(localDoc);
    expect(await texts(a, '2025/refleksi', 'inspirasi')).toEqual([
      'Murid lebih berani bertanya.', 'Murid lebih berani bertanya dan menjawab.',
      'Di laptop baru: murid suka kerja kelompok.', 'Di laptop baru: murid suka kerja kelompok kecil.',
    ]);
    expect(await texts(a, '2025/refleksi', 'perubahan')).toEqual(['Saya memberi waktu tunggu lebih lama.']);
    await expectRevsPointAtOwnText(a);
  });

  it('a template newer on either side wins; one only in the file is added', async () => {
    const a = freshDb();
    const { ownTemplate } = await populate(a);
    const b = freshDb();
    await restoreBackup(b, await checkBackup((await backupBlob(a)).blob, { estimate: noQuota }), 'replace');
    await b.templates.put({ ...ownTemplate, name: 'Rapat guru (laptop baru)', updatedAt: '2025-07-01T00:00:00.000Z' });
    await b.templates.put({ ...ownTemplate, id: 'tpl-baru', name: 'Baru', updatedAt: '2025-07-01T00:00:00.000Z' });
    await restoreBackup(a, await checkBackup((await backupBlob(b)).blob, { estimate: noQuota }), 'merge');
    expect((await a.templates.get('tpl-rapat'))!.name).toBe('Rapat guru (laptop baru)');
    expect(await a.templates.get('tpl-baru')).toBeDefined();
    await a.templates.put({ ...ownTemplate, name: 'Rapat guru (lagi)', updatedAt: '2025-08-01T00:00:00.000Z' });
    await restoreBackup(a, await checkBackup((await backupBlob(b)).blob, { estimate: noQuota }), 'merge');
    expect((await a.templates.get('tpl-rapat'))!.name).toBe('Rapat guru (lagi)');
  });
});

describe('calendar changes (also auto-increment ids) from another device', () => {
  it('keep both devices\' changes when their ids collide; the same file merged twice adds nothing', async () => {
    const a = freshDb();
    await a.calendarOverrides.add({ windowId: '2025/perencanaan', end: '2025-03-10', changedAt: '2025-01-05T00:00:00.000Z', origin: 'user' });
    const b = freshDb();
    await b.calendarOverrides.add({ windowId: '2025/pelaksanaan', end: '2025-06-30', changedAt: '2025-02-05T00:00:00.000Z', origin: 'user' });
    expect((await a.calendarOverrides.toArray())[0]!.id).toBe((await b.calendarOverrides.toArray())[0]!.id);
    const file = (await backupBlob(b)).blob;
    await restoreBackup(a, await checkBackup(file, { estimate: noQuota }), 'merge');
    await restoreBackup(a, await checkBackup(file, { estimate: noQuota }), 'merge');
    expect((await a.calendarOverrides.toArray()).map((r) => r.windowId).sort()).toEqual(['2025/pelaksanaan', '2025/perencanaan']);
  });
});

describe('older files and bad records', () => {
  it('a bad writing record is refused in Indonesian and the database is unchanged', async () => {
    const db = freshDb();
    await populate(db);
    const good = (await backupBlob(db)).blob;
    const before = await dbDigest(db);
    for (const [table, spoil, kind] of [
      ['writingDocuments', (r: Record<string, unknown>) => ({ ...r, fields: { ...(r.fields as object), rahasia: 'x' } }), 'Tulisan'],
      ['writingRevisions', (r: Record<string, unknown>) => ({ ...r, text: 42 }), 'Riwayat tulisan'],
      ['templates', (r: Record<string, unknown>) => ({ ...r, formKind: 'formulir-lain' }), 'Template isian'],
    ] as const) {
      const bad = await rewrite(good, { tables: (name, rows) => (name === table ? rows.map((r, i) => (i === 0 ? spoil(r) : r)) : rows) });
      const error = await checkBackup(bad, { estimate: noQuota }).then(async (checked) => {
        await restoreBackup(db, checked, 'replace');
        return null;
      }, (e: unknown) => e);
      expect(error, table).toBeInstanceOf(BackupError);
      expect((error as BackupError).code).toBe('bad-record');
      const text = backupErrorText(tId, error);
      expect(text).toMatch(/^Data cadangan tidak sah: catatan ke-1 di bagian /);
      expect(text).toContain(kind);
      expect(text).not.toMatch(/\{\w+\}|Invalid|expected/);
      expect(await dbDigest(db)).toBe(before);
    }
  });

  it('a format-1 backup written before these tables existed still restores (replace and merge)', async () => {
    const a = freshDb();
    await populate(a);
    const modern = (await backupBlob(a)).blob;
    const old = await rewrite(modern, {
      entry: (i) => (NEW_TABLES.some((t) => i.name === `data/${t}.json`) ? null : i),
      manifest: (m) => {
        const tables = { ...m.tables };
        for (const t of NEW_TABLES) delete tables[t];
        const records = Object.values(tables).reduce((n, x) => n + x!.count, 0);
        return { ...m, formatVersion: 1, schemaVersion: 4, tables, totals: { ...m.totals, records } };
      },
    });
    const checked = await checkBackup(old, { estimate: noQuota });
    for (const t of NEW_TABLES) expect(checked.rows.get(t) ?? []).toEqual([]);

    const empty = freshDb();
    await restoreBackup(empty, checked, 'replace');
    expect(await empty.evidence.count()).toBe(4);
    for (const t of NEW_TABLES) expect(await empty.table(t).count()).toBe(0);

    // Merged into a device with writing and templates: those are untouched.
    const b = freshDb();
    await populate(b);
    const writingBefore = { docs: await b.writingDocuments.toArray(), revs: await b.writingRevisions.toArray(), tpl: await b.templates.toArray() };
    await restoreBackup(b, checked, 'merge');
    expect({ docs: await b.writingDocuments.toArray(), revs: await b.writingRevisions.toArray(), tpl: await b.templates.toArray() }).toEqual(writingBefore);
  });
});

describe('the data revision', () => {
  it('is announced once, after the restore has committed', async () => {
    const a = freshDb();
    await populate(a);
    const checked = await checkBackup((await backupBlob(a)).blob, { estimate: noQuota });
    const b = freshDb();
    const seen: { items: Record<string, unknown>; evidence: number; documents: number }[] = [];
    const storage = {
      async set(items: Record<string, unknown>) {
        // A second connection, as another view would have: it sees the written rows.
        const other = new PendampingDB(b.name);
        seen.push({ items, evidence: await other.evidence.count(), documents: await other.writingDocuments.count() });
        other.close();
      },
    };
    await restoreBackup(b, checked, 'replace', { storage });
    expect(seen).toHaveLength(1);
    expect(Object.keys(seen[0]!.items)).toEqual([DATA_REVISION_KEY]);
    expect(seen[0]).toMatchObject({ evidence: 4, documents: 2 });
  });

  it('is not announced when the restore fails, and a failed announcement does not fail the restore', async () => {
    const a = freshDb();
    await populate(a);
    const checked = await checkBackup((await backupBlob(a)).blob, { estimate: noQuota });
    const set = vi.fn(async () => {});
    const b = freshDb();
    await expect(restoreBackup(b, checked, 'replace', { storage: { set }, afterTable: () => { throw new Error('browser closed'); } }))
      .rejects.toBeInstanceOf(BackupError);
    expect(set).not.toHaveBeenCalled();

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await restoreBackup(b, checked, 'replace', { storage: { set: async () => { throw new Error('no storage'); } } });
    expect(await b.evidence.count()).toBe(4);
    warn.mockRestore();
  });
});
