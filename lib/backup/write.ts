/**
 * Writes a backup as a zip stream into any WritableStream (a file from showSaveFilePicker, a
 * Blob collector for the download fallback, a test sink). Only one body is in flight at a time
 * and bodies pass through in the browser's chunks, so memory stays flat whatever the archive's
 * size; the table JSON is the only thing held whole.
 */
import type { PendampingDB } from '@/lib/db/database';
import { BackupError } from './errors';
import {
  bodyPath, FORMAT_NAME, FORMAT_VERSION, MANIFEST_PATH, tablePath,
  type BackupOptions, type Manifest, type ManifestBody,
} from './format';
import { BACKUP_TABLES, bodyTables, recordTables, type BackupTable, type RecordTable } from './registry';
import { TextReader, ZipWriter } from './zip';
import { BodyHasher } from './hash';

export interface BackupProgress {
  readonly bytesDone: number;
  readonly bytesTotal: number;
}

export interface WriteBackupOptions extends BackupOptions {
  readonly appVersion: string;
  readonly now?: Date;
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: BackupProgress) => void;
  /** Tests pass a shorter list; the app uses the registry. */
  readonly tables?: readonly BackupTable[];
}

/** Past this size an entry needs ZIP64 sizes; zip.js adds ZIP64 offsets itself past 4 GiB. */
const ZIP64_FROM = 0xffffffff - 1024 * 1024;

type Row = Record<string, unknown>;

function included(table: RecordTable, row: Row, options: BackupOptions): boolean {
  if (options.withoutVideos && table.isVideo?.(row)) return false;
  if (options.scope.kind === 'year') {
    const year = table.yearOf ? table.yearOf(row) : null;
    if (year !== null && year !== options.scope.year) return false;
  }
  return true;
}

/**
 * JSON.stringify replacer: object keys in sorted order. A row's key order is only how it was
 * built (Dexie appends an auto-increment id, zod writes schema order), so without this the same
 * data backed up again after a restore would give different bytes.
 */
function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) out[k] = (value as Record<string, unknown>)[k];
  return out;
}

function checkCancel(signal?: AbortSignal) {
  if (signal?.aborted) throw new BackupError('cancelled');
}

export async function writeBackup(
  db: PendampingDB, target: WritableStream<Uint8Array>, options: WriteBackupOptions,
): Promise<Manifest> {
  const tables = options.tables ?? BACKUP_TABLES;
  const now = options.now ?? new Date();
  const records = recordTables(tables);

  // One read transaction: the tables are a consistent snapshot of the same moment.
  const rows = await db.transaction('r', records.map((t) => db.table(t.name)), async () => {
    const out = new Map<string, Row[]>();
    for (const t of records) out.set(t.name, ((await db.table(t.name).toArray()) as Row[]).filter((r) => included(t, r, options)));
    return out;
  });
  const encoder = new TextEncoder();
  const json = new Map([...rows].map(([name, list]) => [name, JSON.stringify(list, sortedKeys)]));
  const jsonBytes = new Map([...json].map(([name, text]) => [name, encoder.encode(text).byteLength]));

  // Bodies of the included owners. The Blobs are handles; their bytes are read while zipping.
  const bodies: { table: string; id: string; blob: Blob }[] = [];
  for (const t of bodyTables(tables)) {
    const ids = (rows.get(t.owner) ?? []).map((r) => String(r.id));
    const found = (await db.table(t.name).bulkGet(ids)) as ({ id: string; blob: Blob } | undefined)[];
    for (const b of found) if (b) bodies.push({ table: t.name, id: b.id, blob: b.blob });
  }

  const bytesTotal = [...jsonBytes.values()].reduce((a, b) => a + b, 0) + bodies.reduce((a, b) => a + b.blob.size, 0);
  let bytesDone = 0;
  const progress = (n: number) => { bytesDone += n; options.onProgress?.({ bytesDone, bytesTotal }); };

  const zip = new ZipWriter(target, { lastModDate: now, signal: options.signal, bufferedWrite: false });
  try {
    const tablesInfo: Manifest['tables'] = {};
    for (const t of records) {
      checkCancel(options.signal);
      const path = tablePath(t.name);
      await zip.add(path, new TextReader(json.get(t.name)!), { level: 6, signal: options.signal });
      tablesInfo[t.name] = { path, count: rows.get(t.name)!.length, bytes: jsonBytes.get(t.name)! };
      progress(jsonBytes.get(t.name)!);
    }

    const bodyInfo: ManifestBody[] = [];
    const hasher = await BodyHasher.create();
    for (const b of bodies) {
      checkCancel(options.signal);
      const hash = hasher.start();
      let size = 0;
      const counted = b.blob.stream().pipeThrough(new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          hash.update(chunk);
          size += chunk.byteLength;
          progress(chunk.byteLength);
          controller.enqueue(chunk);
        },
      }));
      const path = bodyPath(b.table, b.id);
      // level 0 = stored: media is already compressed, and a stored body can be read back as a slice.
      await zip.add(path, counted, { level: 0, zip64: b.blob.size >= ZIP64_FROM, signal: options.signal });
      if (size !== b.blob.size) throw new BackupError('storage', { id: b.id });
      bodyInfo.push({ table: b.table, id: b.id, path, size, type: b.blob.type, sha256: hash.digestHex() });
    }

    const manifest: Manifest = {
      format: FORMAT_NAME,
      formatVersion: FORMAT_VERSION,
      appVersion: options.appVersion,
      schemaVersion: db.verno,
      createdAt: now.toISOString(),
      options: { scope: options.scope, withoutVideos: options.withoutVideos },
      tables: tablesInfo,
      bodies: bodyInfo,
      totals: {
        records: [...rows.values()].reduce((a, r) => a + r.length, 0),
        bodies: bodyInfo.length,
        bodyBytes: bodyInfo.reduce((a, b) => a + b.size, 0),
      },
    };
    await zip.add(MANIFEST_PATH, new TextReader(JSON.stringify(manifest, null, 1)), { level: 6 });
    await zip.close();
    return manifest;
  } catch (error) {
    if (options.signal?.aborted) throw new BackupError('cancelled', {}, { cause: error });
    if (error instanceof BackupError) throw error;
    throw new BackupError('storage', {}, { cause: error });
  }
}
