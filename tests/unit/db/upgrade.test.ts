import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PendampingDB } from '@/lib/db/database';
import { SCHEMA_HISTORY } from '@/lib/db/schema';
import { listEvidence } from '@/lib/evidence/query';

/**
 * Frozen copies of every RELEASED schema version. Never edit an entry here: a schema change is
 * a new version in lib/db/schema.ts plus a new entry here with data written the old way.
 */
const RELEASED: { version: number; stores: Record<string, string | null>; seed: (db: Dexie) => Promise<void>; check: (db: PendampingDB) => Promise<void> }[] = [
  {
    version: 1,
    stores: { settings: '&key' },
    seed: async (db) => {
      await db.table('settings').put({ key: 'profile', value: { role: 'guru', name: 'Pak Made', school: 'SMP N 1', jenjang: null, year: 2025, periodId: '2025', timeZone: 'WITA', locale: 'id' }, updatedAt: '2025-02-01T00:00:00.000Z' });
    },
    check: async (db) => {
      const row = await db.settings.get('profile');
      expect(row?.value).toMatchObject({ name: 'Pak Made', timeZone: 'WITA' });
      expect(row?.updatedAt).toBe('2025-02-01T00:00:00.000Z');
    },
  },
  {
    version: 2,
    stores: { checklist: '&id, [periodId+role]', calendarOverrides: '++id, windowId', reminderLog: '&id, at' },
    seed: async (db) => {
      await db.table('checklist').put({ id: '2026/guru/data-diri', periodId: '2026', role: 'guru', stageId: 'perencanaan', stepId: 'data-diri', done: true, source: 'manual', updatedAt: '2026-01-09T00:00:00.000Z' });
      await db.table('calendarOverrides').add({ windowId: '2026/perencanaan/guru', end: '2026-02-07', changedAt: '2026-01-20T00:00:00.000Z', origin: 'user' });
      await db.table('reminderLog').put({ id: '2026/perencanaan/guru|tutup-7|2026-01-31', at: '2026-01-24T00:00:00.000Z', outcome: 'shown', notificationId: 'pk-1' });
    },
    check: async (db) => {
      expect(await db.checklist.where('[periodId+role]').equals(['2026', 'guru']).count()).toBe(1);
      expect((await db.calendarOverrides.where('windowId').equals('2026/perencanaan/guru').first())?.end).toBe('2026-02-07');
      expect((await db.reminderLog.get('2026/perencanaan/guru|tutup-7|2026-01-31'))?.outcome).toBe('shown');
    },
  },
  {
    version: 3,
    stores: {
      evidence:
        '&id, activityDate, [stage+activityDate], [step+activityDate], [periodId+activityDate], [year+activityDate], '
        + '[kind+activityDate], [media+activityDate], [indicator+activityDate], *tags, *words, contentHash',
      evidenceBodies: '&id',
      evidenceThumbs: '&id',
    },
    seed: async (db) => {
      await db.table('evidence').put({
        id: 'ev-frozen-1', kind: 'file', media: 'pdf', title: 'Modul ajar', description: '', activityDate: '2024-03-01', year: 2024,
        periodId: '2024-1', stage: 'pelaksanaan', step: 'dokumen-persiapan', indicator: null, tags: ['modul'],
        file: { name: 'modul.pdf', type: 'application/pdf', size: 3 }, link: null, contentHash: 'abc', hasThumb: false,
        words: ['modul', 'ajar'], createdAt: '2024-03-01T00:00:00.000Z', updatedAt: '2024-03-01T00:00:00.000Z',
      });
      await db.table('evidenceBodies').put({ id: 'ev-frozen-1', blob: new Blob(['pdf']) });
    },
    check: async (db) => {
      expect((await db.evidence.where('[stage+activityDate]').between(['pelaksanaan', Dexie.minKey], ['pelaksanaan', Dexie.maxKey]).toArray()).map((i) => i.id)).toEqual(['ev-frozen-1']);
      expect(await (await db.evidenceBodies.get('ev-frozen-1'))!.blob.text()).toBe('pdf');
    },
  },
  {
    version: 4,
    stores: {
      evidence:
        '&id, activityDate, [stage+activityDate], [step+activityDate], [periodId+activityDate], [year+activityDate], '
        + '[kind+activityDate], [media+activityDate], [indicator+activityDate], *tags, contentHash',
      evidenceKeys: '&id, *keys',
    },
    seed: async (db) => {
      await db.table('evidence').put({
        id: 'ev-frozen-4', kind: 'link', media: 'link', title: 'Refleksi', description: '', activityDate: '2025-05-01', year: 2025,
        periodId: '2025', stage: 'penilaian', step: null, indicator: null, tags: [], file: null,
        link: { name: 'Refleksi', url: 'https://example.org/r' }, contentHash: 'url:https://example.org/r', hasThumb: false,
        words: ['refleksi'], createdAt: '2025-05-01T00:00:00.000Z', updatedAt: '2025-05-01T00:00:00.000Z',
      });
      await db.table('evidenceKeys').put({ id: 'ev-frozen-4', keys: ['w:re\u00012025-05-01', 'w:refleksi\u00012025-05-01'] });
    },
    check: async (db) => {
      expect((await listEvidence(db, { text: 'refleksi' })).items.map((i) => i.id)).toContain('ev-frozen-4');
    },
  },
  {
    version: 5,
    stores: {
      writingDocuments: '&id, [periodId+kind], updatedAt',
      writingRevisions: '++id, [docId+field], docId',
    },
    seed: async (db) => {
      await db.table('writingDocuments').put({
        id: '2026/refleksi', kind: 'refleksi', year: 2026, periodId: '2026',
        fields: { inspirasi: 'Murid lebih berani bertanya.', perubahan: '', tantangan: '', rencana: '' },
        versions: { inspirasi: 1 }, revs: { inspirasi: 1 }, evidenceIds: [], createdAt: '2026-05-01T01:00:00.000Z', updatedAt: '2026-05-01T01:00:00.000Z',
      });
      await db.table('writingRevisions').add({ docId: '2026/refleksi', field: 'inspirasi', text: 'Murid lebih berani bertanya.', at: '2026-05-01T01:00:00.000Z', updatedAt: '2026-05-01T01:00:00.000Z', session: 's1', origin: 'typing', deleted: 0 });
    },
    check: async (db) => {
      expect((await db.writingDocuments.get('2026/refleksi'))?.fields).toMatchObject({ inspirasi: 'Murid lebih berani bertanya.' });
      expect((await db.writingRevisions.where('[docId+field]').equals(['2026/refleksi', 'inspirasi']).toArray()).map((r) => r.text)).toEqual(['Murid lebih berani bertanya.']);
      },
    },
    {
    version: 6,
    stores: { templates: '&id, formKind' },
    seed: async (db) => {
      await db.table('templates').put({
        id: 'tpl-frozen-6', name: 'Rencana aksi Desember', formKind: 'rencana-aksi', role: 'guru',
        values: { 'rencana-aksi': 'Modul ajar {bulan} {tahun}', target: '1 Dokumen' }, origin: 'pengguna',
        createdAt: '2026-12-01T00:00:00.000Z', updatedAt: '2026-12-01T00:00:00.000Z',
      });
    },
    check: async (db) => {
      expect((await db.templates.where('formKind').equals('rencana-aksi').toArray()).map((t) => t.id)).toEqual(['tpl-frozen-6']);
    },
  },
];

const names: string[] = [];
afterEach(async () => { for (const n of names.splice(0)) await Dexie.delete(n); });

describe('database schema history', () => {
  it('released versions are still declared exactly as they shipped', () => {
    for (const released of RELEASED) {
      const current = SCHEMA_HISTORY.find((v) => v.version === released.version);
      expect(current?.stores, `version ${released.version}`).toEqual(released.stores);
    }
    const versions = SCHEMA_HISTORY.map((v) => v.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });

  it('every released version is frozen in this test', () => {
    expect(RELEASED.map((r) => r.version)).toEqual(SCHEMA_HISTORY.map((v) => v.version));
  });

  it.each(RELEASED.map((r) => [r.version, r] as const))('data written at version %i survives opening with the current schema', async (_v, released) => {
    const name = `upgrade-${released.version}-${Math.random()}`;
    names.push(name);
    const old = new Dexie(name);
    for (const earlier of RELEASED.filter((r) => r.version <= released.version)) old.version(earlier.version).stores(earlier.stores);
    await old.open();
    // Data of every version up to this one, written the way each shipped.
    for (const earlier of RELEASED.filter((r) => r.version <= released.version)) await earlier.seed(old);
    old.close();

    const current = new PendampingDB(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA_HISTORY.at(-1)!.version);
    for (const r of RELEASED.filter((x) => x.version <= released.version)) await r.check(current);
    current.close();
  });

  it('version 2 turns reminders on for people who had a profile at version 1', async () => {
    const name = `upgrade-v1v2-${Math.random()}`;
    names.push(name);
    const old = new Dexie(name);
    old.version(1).stores(RELEASED[0]!.stores);
    await old.open();
    await RELEASED[0]!.seed(old);
    old.close();
    const current = new PendampingDB(name);
    expect((await current.settings.get('reminders'))?.value).toEqual({ enabled: true });
    current.close();
  });

  it('version 5 adds the writing tables to a version 4 database and keeps its evidence', async () => {
    const name = `upgrade-v4v5-${Math.random()}`;
    names.push(name);
    const old = new Dexie(name);
    for (const r of RELEASED.filter((x) => x.version <= 4)) old.version(r.version).stores(r.stores);
    await old.open();
    for (const r of RELEASED.filter((x) => x.version <= 4)) await r.seed(old);
    old.close();
    const current = new PendampingDB(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(5);
    expect(await current.writingDocuments.count()).toBe(0);
    expect((await listEvidence(current, { text: 'refleksi' })).items.map((i) => i.id)).toContain('ev-frozen-4');
    expect((await current.settings.get('profile'))?.value).toMatchObject({ name: 'Pak Made' });
    await current.writingRevisions.add({ docId: '2026/refleksi', field: 'inspirasi', text: 'a', at: '2026-05-01T01:00:00.000Z', updatedAt: '2026-05-01T01:00:00.000Z', session: 's', origin: 'typing', deleted: 0 });
    expect(await current.writingRevisions.where('docId').equals('2026/refleksi').count()).toBe(1);
    current.close();
  });

  it('version 4 builds the list keys of evidence written at version 3', async () => {
    const name = `upgrade-keys-${Math.random()}`;
    names.push(name);
    const old = new Dexie(name);
    for (const r of RELEASED.filter((x) => x.version <= 3)) old.version(r.version).stores(r.stores);
    await old.open();
    await RELEASED.find((r) => r.version === 3)!.seed(old);
    old.close();
    const current = new PendampingDB(name);
    await current.open();
    expect((await listEvidence(current, { text: 'mod' })).items.map((i) => i.id)).toEqual(['ev-frozen-1']);
    expect((await listEvidence(current, { tag: 'modul', stage: 'pelaksanaan' })).items.map((i) => i.id)).toEqual(['ev-frozen-1']);
    current.close();
  });

  it('version 6 opens version 4 data with an empty templates table, and the starting templates are added on first use', async () => {
    const name = `upgrade-v4v6-${Math.random()}`;
    names.push(name);
    const old = new Dexie(name);
    for (const r of RELEASED.filter((x) => x.version <= 4)) old.version(r.version).stores(r.stores);
    await old.open();
    for (const r of RELEASED.filter((x) => x.version <= 4)) await r.seed(old);
    old.close();
    const current = new PendampingDB(name);
    await current.open();
    expect(await current.templates.count()).toBe(0);
    for (const r of RELEASED.filter((x) => x.version <= 4)) await r.check(current);
    const { listTemplates } = await import('@/lib/autofill/template-store');
    const listed = await listTemplates(current, new Date('2026-12-05T00:00:00Z'));
    expect(listed.length).toBeGreaterThanOrEqual(8);
    expect((await current.settings.get('profile'))?.value).toMatchObject({ name: 'Pak Made' });
    current.close();
  });
});
