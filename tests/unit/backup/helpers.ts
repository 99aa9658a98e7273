/**
 * Shared pieces of the backup tests: a database with every registry table populated, a digest of
 * the whole database (bodies by their bytes), a backup written to a Blob, and a zip rewriter
 * to make the bad files.
 */
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { PendampingDB } from '@/lib/db/database';
import { addFileEvidence, addLinkEvidence, saveThumb } from '@/lib/evidence/store';
import { writeBackup, type WriteBackupOptions } from '@/lib/backup/write';
import type { Manifest } from '@/lib/backup/format';
import { BlobReader, TextReader, Uint8ArrayReader, ZipReader, ZipWriter, BlobWriter } from '@/lib/backup/zip';
import { recordBackupMade } from '@/lib/backup/settings';
import { createNote, saveField, type SaveFieldInput } from '@/lib/writing/store';
import { deleteTemplate, listTemplates, saveTemplate } from '@/lib/autofill/template-store';

export const dbs: PendampingDB[] = [];
export function freshDb(): PendampingDB {
  const db = new PendampingDB(`bk-test-${Math.random()}`);
  dbs.push(db);
  return db;
}
export async function closeAll() { for (const db of dbs.splice(0)) { db.close(); await db.delete(); } }

export const noQuota = () => Promise.resolve({});
export const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Bytes that differ per offset, so a moved or swapped chunk shows. */
export function patterned(size: number, seed = 1): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let x = seed * 2654435761 >>> 0;
  for (let i = 0; i < size; i++) { x = (x * 1103515245 + 12345) >>> 0; out[i] = x >>> 24; }
  return out;
}

/** Every table the registry covers has rows, including bodies, thumbs and search keys. */
export async function populate(db: PendampingDB, now = new Date('2025-05-01T08:00:00Z')) {
  await db.settings.bulkPut([
    { key: 'profile', value: { role: 'guru', name: 'Bu Siti', school: 'SDN 1', year: 2025 }, updatedAt: '2025-01-02T03:04:05.000Z' },
    { key: 'reminders', value: { enabled: true, quietHours: [21, 6] }, updatedAt: '2025-01-02T03:04:05.000Z' },
  ]);
  await db.checklist.bulkPut([
    { id: '2025/guru/data-diri', periodId: '2025', role: 'guru', stageId: 'perencanaan', stepId: 'data-diri', done: true, source: 'manual', updatedAt: '2025-02-01T00:00:00.000Z' },
    { id: '2024-2/guru/observasi', periodId: '2024-2', role: 'guru', stageId: 'pelaksanaan', stepId: 'observasi', done: true, source: 'auto', proof: 'evidence:ev-1', updatedAt: '2024-09-01T00:00:00.000Z' },
  ]);
  await db.calendarOverrides.bulkAdd([
    { windowId: '2025/perencanaan', start: '2025-01-10', end: '2025-02-28', changedAt: '2025-01-05T00:00:00.000Z', origin: 'user', note: 'diundur' },
    { windowId: '2024-2/penilaian', end: '2024-12-20', changedAt: '2024-11-05T00:00:00.000Z', origin: 'imported', sourceTitle: 'Surat edaran' },
  ]);
  await db.reminderLog.bulkPut([
    { id: '2025/perencanaan/close-7', at: '2025-02-21T00:00:00.000Z', outcome: 'shown', notificationId: 'n1', target: '#/ceklis' },
    { id: 'summary:2024-12-01T00:00:00Z', at: '2024-12-01T00:00:00.000Z', outcome: 'summarised' },
  ]);
  const opts = { estimate: noQuota, now };
  const pdf = await addFileEvidence(db, { title: 'Modul ajar pecahan', activityDate: '2025-03-12', stage: 'pelaksanaan', step: 'dokumen-persiapan', tags: ['modul', 'kelas 4'] },
    new File([patterned(70_000, 2)], 'modul.pdf', { type: 'application/pdf' }), opts);
  const video = await addFileEvidence(db, { title: 'Video praktik mengajar', activityDate: '2025-04-02', stage: 'pelaksanaan', step: 'observasi' },
    new File([patterned(300_000, 3)], 'praktik.mp4', { type: 'video/mp4' }), opts);
  const old = await addFileEvidence(db, { title: 'Foto kegiatan 2024', activityDate: '2024-10-02', tags: ['foto'] },
    new File([patterned(5_000, 4)], 'foto.jpg', { type: 'image/jpeg' }), opts);
  const link = await addLinkEvidence(db, { title: 'Folder Drive refleksi', activityDate: '2025-04-20' }, { url: 'https://drive.google.com/drive/folders/abc' }, { now });
  await saveThumb(db, old.item.id, new Blob([patterned(900, 5)], { type: 'image/webp' }));
  await recordBackupMade(db, new Date('2025-04-01T00:00:00Z'));
  const writing = await populateWriting(db);
  const templates = await populateTemplates(db, now);
  return { pdf: pdf.item, video: video.item, old: old.item, link: link.item, ...writing, ...templates };
}

/** One save of a field through the writing store (each new session starts a new revision). */
export function typeInto(db: PendampingDB, key: Pick<SaveFieldInput, 'kind' | 'year' | 'periodId' | 'entryId'>, field: string, text: string, session: string, now: string) {
  return saveField(db, { ...key, field, text, base: 'current', session, now, conflictMarker: '--- dari perangkat lain ---' });
}

export const REFLEKSI_2025 = { kind: 'refleksi', year: 2025, periodId: '2025' } as const;

/** Writing of two years: a 2025 reflection with two revisions of one field, a 2024 daily note. */
export async function populateWriting(db: PendampingDB) {
  await typeInto(db, REFLEKSI_2025, 'inspirasi', 'Murid lebih berani bertanya.', 'tab-a', '2025-03-01T08:00:00.000Z');
  await typeInto(db, REFLEKSI_2025, 'inspirasi', 'Murid lebih berani bertanya dan menjawab.', 'tab-b', '2025-03-02T08:00:00.000Z');
  await typeInto(db, REFLEKSI_2025, 'rencana', 'Mencoba diskusi kelompok.', 'tab-b', '2025-03-02T08:05:00.000Z');
  const entryId = await createNote(db, 2024, '2024-2', '2024-10-03', '2024-10-03T07:00:00.000Z', 'catatan-1');
  const note = { kind: 'catatan', year: 2024, periodId: '2024-2', entryId } as const;
  await typeInto(db, note, 'isi', 'Observasi kelas 4 berjalan baik.', 'tab-c', '2024-10-03T07:10:00.000Z');
  return { reflectionId: '2025/refleksi', noteId: `2024-2/catatan/${entryId}` };
}

/** The starting templates (seeded once), one deleted, and one of the teacher's own. */
export async function populateTemplates(db: PendampingDB, now: Date) {
  const starters = await listTemplates(db, now);
  const deletedStarter = starters[0]!.id;
  await deleteTemplate(db, deletedStarter);
  const own = await saveTemplate(db, { name: 'Rapat guru mingguan', formKind: 'rhk', role: 'guru', values: { rhk: 'Terlaksananya rapat guru mingguan' } }, 'tpl-rapat', now);
  return { deletedStarter, ownTemplate: own };
}

async function blobHash(blob: Blob) { return sha(new Uint8Array(await blob.arrayBuffer())) + `:${blob.type}`; }

/** The whole database as one hash: every table, every row, Blobs by content and type. */
export async function dbDigest(db: PendampingDB): Promise<string> {
  const parts: string[] = [];
  for (const table of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) {
    const rows = await table.toArray();
    const plain = await Promise.all(rows.map(async (row: Record<string, unknown>) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(row)) out[k] = v instanceof Blob ? await blobHash(v) : v;
      return out;
    }));
    parts.push(`${table.name}:${JSON.stringify(plain)}`);
  }
  return sha(parts.join('\n'));
}

/** Rows of every table, Blobs as content hashes, for exact comparison. */
export async function dbSnapshot(db: PendampingDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    out[table.name] = await Promise.all((await table.toArray()).map(async (row: Record<string, unknown>) => {
      const plain: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(row)) plain[k] = v instanceof Blob ? await blobHash(v) : v;
      return plain;
    }));
  }
  return out;
}

/** Collects a stream into a Blob, as the download fallback does. */
export function blobSink() {
  const chunks: Uint8Array[] = [];
  const stream = new WritableStream<Uint8Array>({ write(chunk) { chunks.push(chunk.slice()); } });
  return { stream, blob: () => new Blob(chunks as BlobPart[], { type: 'application/zip' }) };
}

export async function backupBlob(db: PendampingDB, options: Partial<WriteBackupOptions> = {}): Promise<{ blob: Blob; manifest: Manifest }> {
  const sink = blobSink();
  const manifest = await writeBackup(db, sink.stream, {
    scope: { kind: 'all' }, withoutVideos: false, appVersion: '0.1.0', now: new Date('2025-05-02T00:00:00Z'), ...options,
  });
  return { blob: sink.blob(), manifest };
}

export interface ZipItem { name: string; data: Uint8Array; level: number }

export async function unzipAll(blob: Blob): Promise<ZipItem[]> {
  const reader = new ZipReader(new BlobReader(blob));
  const out: ZipItem[] = [];
  for (const e of await reader.getEntries()) {
    if (e.directory) continue;
    out.push({ name: e.filename, data: new Uint8Array(await e.arrayBuffer()), level: e.compressionMethod === 0 ? 0 : 6 });
  }
  await reader.close();
  return out;
}

export async function zipAll(items: readonly ZipItem[], extra: { zip64?: boolean } = {}): Promise<Blob> {
  const writer = new ZipWriter(new BlobWriter('application/zip'), { zip64: extra.zip64 });
  for (const i of items) await writer.add(i.name, new Uint8ArrayReader(i.data), { level: i.level });
  return writer.close();
}

const enc = new TextEncoder();
const dec = new TextDecoder();
export const json = (data: Uint8Array) => JSON.parse(dec.decode(data)) as unknown;
export const bytes = (value: unknown) => enc.encode(typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Rewrites a backup: `edit` may change or drop (return null) each entry; table files changed
 * through `tables` keep the manifest's byte counts in step, so only the intended fault remains.
 */
export async function rewrite(blob: Blob, change: {
  tables?: (table: string, rows: Record<string, unknown>[]) => Record<string, unknown>[];
  manifest?: (m: Manifest) => Manifest;
  entry?: (item: ZipItem) => ZipItem | null;
  add?: ZipItem[];
}): Promise<Blob> {
  let items = await unzipAll(blob);
  const manifestItem = items.find((i) => i.name === 'manifest.json')!;
  let manifest = json(manifestItem.data) as Manifest;
  if (change.tables) {
    items = items.map((i) => {
      const m = /^data\/(.+)\.json$/.exec(i.name);
      if (!m) return i;
      const rows = change.tables!(m[1]!, json(i.data) as Record<string, unknown>[]);
      const data = bytes(rows);
      manifest = { ...manifest, tables: { ...manifest.tables, [m[1]!]: { ...manifest.tables[m[1]!]!, bytes: data.byteLength, count: rows.length } } };
      return { ...i, data };
    });
  }
  if (change.manifest) manifest = change.manifest(manifest);
  items = items.map((i) => (i.name === 'manifest.json' ? { ...i, data: bytes(manifest) } : i));
  if (change.entry) items = items.map(change.entry).filter((i): i is ZipItem => i !== null);
  return zipAll([...items, ...(change.add ?? [])]);
}

/** Replaces every occurrence of an ASCII string of the same length in the zip's bytes (names in headers). */
export async function patchBytes(blob: Blob, from: string, to: string): Promise<Blob> {
  if (from.length !== to.length) throw new Error('same length only');
  const data = new Uint8Array(await blob.arrayBuffer());
  const a = enc.encode(from);
  const b = enc.encode(to);
  outer: for (let i = 0; i <= data.length - a.length; i++) {
    for (let j = 0; j < a.length; j++) if (data[i + j] !== a[j]) continue outer;
    data.set(b, i);
  }
  return new Blob([data]);
}

export { TextReader };

/** Sets the uncompressed size an entry's local header and central directory record declare. */
export async function patchDeclaredSize(blob: Blob, name: string, size: number): Promise<Blob> {
  const data = new Uint8Array(await blob.arrayBuffer());
  const view = new DataView(data.buffer);
  const nameBytes = enc.encode(name);
  const nameAt = (at: number) => nameBytes.every((b, i) => data[at + i] === b);
  for (let i = 0; i + 46 < data.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && view.getUint16(i + 26, true) === nameBytes.length && nameAt(i + 30)) view.setUint32(i + 22, size, true);
    if (sig === 0x02014b50 && view.getUint16(i + 28, true) === nameBytes.length && nameAt(i + 46)) view.setUint32(i + 24, size, true);
  }
  return new Blob([data]);
}
