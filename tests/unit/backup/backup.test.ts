import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkBackup } from '@/lib/backup/read';
import { restoreBackup } from '@/lib/backup/restore';
import { BackupError } from '@/lib/backup/errors';
import { backupErrorText } from '@/lib/backup/messages';
import { BACKUP_TABLES } from '@/lib/backup/registry';
import { getBackupSettings, backupReminderDue, daysSinceBackup, stageEndedSinceBackup } from '@/lib/backup/settings';
import { updateEvidence, deleteEvidence, addLinkEvidence, getEvidenceBody } from '@/lib/evidence/store';
import { listEvidence } from '@/lib/evidence/query';
import { createTranslator } from '@/lib/i18n/define';
import { backupMessages } from '@/lib/i18n/backup';
import { MANIFEST_PATH } from '@/lib/backup/format';
import {
  backupBlob, bytes, closeAll, dbDigest, dbSnapshot, freshDb, noQuota, patchBytes, patchDeclaredSize, patterned, populate, rewrite, sha, unzipAll, zipAll,
} from './helpers';

afterEach(closeAll);
// Each test writes and reads whole zips through fake-indexeddb; on a shared 2-core machine that can take seconds.
vi.setConfig({ testTimeout: 30_000 });

const tId = createTranslator(backupMessages, 'id');
const withoutBackupRow = (snap: Record<string, unknown[]>) =>
  ({ ...snap, settings: snap.settings!.filter((r) => (r as { key: string }).key !== 'backup') });

describe('round trip', () => {
  it('restores every table into an empty database: identical records, byte-identical bodies, rebuilt search keys', async () => {
    const a = freshDb();
    await populate(a);
    const { blob, manifest } = await backupBlob(a);
    // Every table the registry names has rows in the source, so the comparison below covers them all.
    for (const t of BACKUP_TABLES) expect(await a.table(t.name).count(), t.name).toBeGreaterThan(0);
    expect(manifest.totals.bodies).toBe(4);

    const b = freshDb();
    const checked = await checkBackup(blob, { estimate: noQuota });
    await restoreBackup(b, checked, 'replace');
    expect(withoutBackupRow(await dbSnapshot(b))).toEqual(withoutBackupRow(await dbSnapshot(a)));
    // And the restored data works: the list finds an item by a search word through the rebuilt keys.
    const found = await listEvidence(b, { text: 'pecahan' });
    expect(found.items.map((i) => i.title)).toEqual(['Modul ajar pecahan']);
  });

  it('stores media uncompressed and records a SHA-256 and size per body', async () => {
    const a = freshDb();
    const { video } = await populate(a);
    const { blob, manifest } = await backupBlob(a);
    const entries = await unzipAll(blob);
    const body = manifest.bodies.find((b) => b.id === video.id && b.table === 'evidenceBodies')!;
    expect(body.sha256).toBe(sha(patterned(300_000, 3)));
    expect(body.size).toBe(300_000);
    expect(entries.find((e) => e.name === body.path)!.level).toBe(0);
    expect(entries.find((e) => e.name === 'data/evidence.json')!.level).not.toBe(0);
  });

  it('reads a ZIP64 archive', async () => {
    const a = freshDb();
    await populate(a);
    const { blob } = await backupBlob(a);
    const zip64 = await zipAll(await unzipAll(blob), { zip64: true });
    const b = freshDb();
    await restoreBackup(b, await checkBackup(zip64, { estimate: noQuota }), 'replace');
    expect(await b.evidence.count()).toBe(4);
  });

  it('one year, and without videos, leave the rest out (bodies follow their items)', async () => {
    const a = freshDb();
    const { old, video } = await populate(a);
    const year = await backupBlob(a, { scope: { kind: 'year', year: 2025 } });
    const rows = (await checkBackup(year.blob, { estimate: noQuota })).rows;
    expect(rows.get('evidence')!.map((r) => r.id)).not.toContain(old.id);
    expect(rows.get('checklist')!.map((r) => r.periodId)).toEqual(['2025']);
    expect(rows.get('settings')!.length).toBe(4); // profile, reminders, backup, templates.seeded
    expect(year.manifest.bodies.some((b) => b.id === old.id)).toBe(false);

    const noVideo = await backupBlob(a, { withoutVideos: true });
    expect(noVideo.manifest.bodies.some((b) => b.id === video.id)).toBe(false);
    expect(noVideo.manifest.tables.evidence!.count).toBe(3);
  });

  it('reports counts per kind and the date range of the evidence', async () => {
    const a = freshDb();
    await populate(a);
    const { summary } = await checkBackup((await backupBlob(a)).blob, { estimate: noQuota });
    expect(summary.counts).toMatchObject({ evidence: 4, evidenceBodies: 3, evidenceThumbs: 1, checklist: 2 });
    expect(summary.dateRange).toEqual({ from: '2024-10-02', to: '2025-04-20' });
  });

  it('stops when cancelled, with a message', async () => {
    const a = freshDb();
    await populate(a);
    const controller = new AbortController();
    controller.abort();
    await expect(backupBlob(a, { signal: controller.signal })).rejects.toMatchObject({ code: 'cancelled' });
  });
});

describe('merge', () => {
  it('adds what is missing, keeps the newer version of each record, deletes nothing', async () => {
    const a = freshDb();
    const { pdf, video } = await populate(a);
    const { blob } = await backupBlob(a);
    const checked = await checkBackup(blob, { estimate: noQuota });

    const b = freshDb();
    await restoreBackup(b, checked, 'replace');
    // On this device since the backup: the pdf edited (newer), the video deleted, a link added,
    // a checklist tick changed with an OLDER time than the backup's (a clock behind).
    await updateEvidence(b, pdf.id, { title: 'Modul ajar pecahan (revisi)' }, new Date('2025-06-01T00:00:00Z'));
    await deleteEvidence(b, [video.id]);
    const extra = await addLinkEvidence(b, { title: 'Tautan baru', activityDate: '2025-06-02' }, { url: 'https://example.org/x' });
    await b.checklist.put({ id: '2025/guru/data-diri', periodId: '2025', role: 'guru', stageId: 'perencanaan', stepId: 'data-diri', done: false, source: 'manual', updatedAt: '2025-01-01T00:00:00.000Z' });

    const outcome = await restoreBackup(b, checked, 'merge');
    expect((await b.evidence.get(pdf.id))!.title).toBe('Modul ajar pecahan (revisi)');
    expect(await b.evidence.get(extra.item.id)).toBeDefined();
    expect(await b.evidence.get(video.id)).toBeDefined();
    expect(new Uint8Array(await (await getEvidenceBody(b, video.id))!.arrayBuffer())).toEqual(patterned(300_000, 3));
    expect((await b.checklist.get('2025/guru/data-diri'))!.done).toBe(true);
    expect(outcome.evidence).toMatchObject({ added: 1, kept: 3 });
    // Search keys follow: the revised title is still found, the re-added video is found again.
    expect((await listEvidence(b, { text: 'revisi' })).items.length).toBe(1);
    expect((await listEvidence(b, { text: 'praktik' })).items.length).toBe(1);
  });

  it('keeps this device\'s own backup date and reminder setting', async () => {
    const a = freshDb();
    await populate(a);
    const { blob } = await backupBlob(a);
    const b = freshDb();
    await restoreBackup(b, await checkBackup(blob, { estimate: noQuota }), 'replace');
    expect((await getBackupSettings(b)).lastBackupAt).toBeNull();
  });
});

describe('reminder rule', () => {
  const now = new Date('2025-05-31T00:00:00Z');
  it('is due after the chosen number of days, or when there is data and no backup yet', () => {
    expect(backupReminderDue({ lastBackupAt: null, remindAfterDays: 30 }, now, true)).toBe(true);
    expect(backupReminderDue({ lastBackupAt: null, remindAfterDays: 30 }, now, false)).toBe(false);
    expect(backupReminderDue({ lastBackupAt: '2025-05-02T00:00:00.000Z', remindAfterDays: 30 }, now, true)).toBe(false);
    expect(backupReminderDue({ lastBackupAt: '2025-05-01T00:00:00.000Z', remindAfterDays: 30 }, now, true)).toBe(true);
    expect(daysSinceBackup({ lastBackupAt: '2025-05-01T00:00:00.000Z', remindAfterDays: 7 }, now)).toBe(30);
  });
  it('also reminds when a stage ended after the last backup', () => {
    const ends = ['2025-03-31', '2025-09-30', '2025-12-15'];
    expect(stageEndedSinceBackup(ends, '2025-03-01', '2025-10-02')).toBe('2025-09-30');
    expect(stageEndedSinceBackup(ends, '2025-10-01', '2025-10-02')).toBeNull();
    expect(stageEndedSinceBackup(ends, '2025-03-01', '2025-03-31')).toBeNull(); // the last day is still open
    expect(stageEndedSinceBackup(ends, null, '2025-10-02')).toBeNull(); // "never backed up" says it already
  });
});

/** Each bad file is refused with its Indonesian message, and the database is exactly as before. */
describe('bad input leaves the data untouched', () => {
  async function refused(make: (good: Blob) => Promise<Blob> | Blob, code: string, text: RegExp, estimate = noQuota) {
    const db = freshDb();
    await populate(db);
    const good = (await backupBlob(db)).blob;
    const before = await dbDigest(db);
    const bad = await make(good);
    const error = await checkBackup(bad, { estimate }).then(
      async (checked) => { await restoreBackup(db, checked, 'replace'); return null; },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).code).toBe(code);
    expect(backupErrorText(tId, error)).toMatch(text);
    expect(backupErrorText(tId, error)).not.toMatch(/\{\w+\}/);
    expect(await dbDigest(db)).toBe(before);
  }

  it('not a zip', () => refused(() => new Blob(['Ini bukan zip, hanya teks biasa.']), 'not-zip', /bukan berkas cadangan/));
  it('an empty file', () => refused(() => new Blob([]), 'not-zip', /bukan berkas cadangan/));
  it('a truncated zip', () => refused((g) => g.slice(0, Math.floor(g.size * 0.6)), 'truncated', /rusak atau tidak lengkap/));
  it('a zip without manifest', () => refused((g) => rewrite(g, { entry: (i) => (i.name === MANIFEST_PATH ? null : i) }), 'no-manifest', /manifest\.json\) tidak ada/));
  it('a malformed manifest', () => refused((g) => rewrite(g, { entry: (i) => (i.name === MANIFEST_PATH ? { ...i, data: bytes('{"format": "pendamping-kinerja-backup", ') } : i) }), 'bad-manifest', /manifest\.json\) rusak/));
  it('a manifest that fails its schema', () => refused((g) => rewrite(g, { manifest: (m) => ({ ...m, createdAt: 'kemarin' }) }), 'bad-manifest', /rusak/));
  it('records that fail the schema', () => refused(
    (g) => rewrite(g, { tables: (t, rows) => (t === 'evidence' ? rows.map((r, i) => (i === 1 ? { ...r, media: 'hologram' } : r)) : rows) }),
    'bad-record', /catatan ke-2 di bagian Bukti/,
  ));
  it('a table file that is not JSON', () => refused(
    (g) => rewrite(g, { entry: (i) => (i.name === 'data/checklist.json' ? { ...i, data: bytes('[{"id": 1,'.padEnd(i.data.byteLength, ' ')) } : i) }),
    'bad-json', /rusak/,
  ));
  it('a body whose hash does not match', () => refused(
    (g) => rewrite(g, { entry: (i) => (i.name.startsWith('bodies/evidenceBodies/') ? { ...i, data: i.data.map((v, n) => (n === 100 ? v ^ 1 : v)) } : i) }),
    'bad-body', /berkas bukti di dalam cadangan rusak/,
  ));
  it('an entry name with ../', () => refused(
    async (g) => patchBytes(await rewrite(g, { add: [{ name: 'bodies/xx/evil.txt', data: bytes('x'), level: 0 }] }), 'bodies/xx/evil', 'bodies/../evil'),
    'unsafe-name', /nama berkas yang tidak aman \("bodies\/\.\.\/evil\.txt"\)/,
  ));
  it('an absolute entry name', () => refused(
    (g) => rewrite(g, { add: [{ name: '/etc/evil.txt', data: bytes('x'), level: 0 }] }).then((b) => b), 'unsafe-name', /tidak aman/,
  ));
  it('a duplicate entry name', () => refused(
    async (g) => patchBytes(await rewrite(g, { add: [{ name: 'data/settingz.json', data: bytes('[]'), level: 6 }] }), 'data/settingz.json', 'data/settings.json'),
    'duplicate-name', /nama berkas ganda/,
  ));
  it('an entry the manifest does not list', () => refused((g) => rewrite(g, { add: [{ name: 'extra.txt', data: bytes('hai'), level: 6 }] }), 'unexpected-entry', /tidak tercantum/));
  it('a declared size far below the real size', () => refused(
    // The manifest says the evidence table is 10 bytes; the zip holds far more.
    (g) => rewrite(g, { manifest: (m) => ({ ...m, tables: { ...m.tables, evidence: { ...m.tables.evidence!, bytes: 10 } } }) }),
    'size-mismatch', /Ukuran "data\/evidence\.json"/,
  ));
  it('a zip whose own headers understate an entry (and the manifest agrees with them)', () => refused(
    async (g) => patchDeclaredSize(
      await rewrite(g, { manifest: (m) => ({ ...m, tables: { ...m.tables, evidence: { ...m.tables.evidence!, bytes: 10 } } }) }),
      'data/evidence.json', 10,
    ),
    'size-mismatch', /Ukuran "data\/evidence\.json"/,
  ));
  it('a compression ratio over the limit (zip bomb)', { timeout: 20_000 }, () => refused(
    (g) => rewrite(g, { add: [{ name: 'data/bomb.json', data: new Uint8Array(8 * 1024 * 1024), level: 9 }] }), 'zip-bomb', /membengkak/,
  ));
  it('a backup from a newer format', () => refused((g) => rewrite(g, { manifest: (m) => ({ ...m, formatVersion: 2 }) }), 'newer-format', /versi Pendamping Kinerja yang lebih baru \(format 2\)\. Perbarui ekstensi/));
  it('a backup that needs more space than is available', () => refused(
    (g) => g, 'no-space', /butuh \d+(,\d)? KB, yang tersisa 1 KB/, () => Promise.resolve({ quota: 10_000_000, usage: 10_000_000 - 1024 }),
  ));

  it('a restore interrupted half way (a throw inside the write) rolls everything back', async () => {
    const db = freshDb();
    await populate(db);
    const { blob } = await backupBlob(db);
    const other = freshDb();
    await populate(other, new Date('2025-05-20T00:00:00Z'));
    const checked = await checkBackup(blob, { estimate: noQuota });
    for (const mode of ['replace', 'merge'] as const) {
      const before = await dbDigest(other);
      const error = await restoreBackup(other, checked, mode, {
        afterTable: (name) => { if (name === 'evidenceBodies') throw new Error('browser closed'); },
      }).catch((e: unknown) => e);
      expect((error as BackupError).code).toBe('storage');
      expect(backupErrorText(tId, error)).toMatch(/Tidak ada data yang berubah/);
      expect(await dbDigest(other)).toBe(before);
    }
  });
});
