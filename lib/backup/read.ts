/**
 * Reads and checks a backup file BEFORE anything is written: the zip's directory, entry names,
 * compression ratios, the manifest and its format version, the space the restore needs, every
 * record against its zod schema, and every body against its size and SHA-256. Only a file that
 * passes all of that becomes a CheckedBackup, the one thing `restoreBackup` accepts.
 *
 * The file is read lazily through Blob slices (zip.js BlobReader): the zip's directory, the
 * table JSON, then each body in chunks. A stored body is handed to the restore as a slice of the
 * file, so IndexedDB copies it from disk without it ever being held in JS memory.
 */
import { BackupError } from './errors';
import {
  FORMAT_NAME, FORMAT_VERSION, isSafeEntryName, MANIFEST_PATH, MAX_COMPRESSION_RATIO, MAX_JSON_BYTES, MAX_MANIFEST_BYTES,
  manifestSchema, type Manifest,
} from './format';
import { BACKUP_TABLES, bodyTables, recordTables, type BackupTable } from './registry';
import { BlobReader, ZipReader, type Entry, type FileEntry } from './zip';
import { BodyHasher } from './hash';

export interface SpaceEstimate { readonly quota?: number; readonly usage?: number }

export interface CheckOptions {
  /** navigator.storage.estimate in the browser; tests inject their own. */
  readonly estimate?: () => Promise<SpaceEstimate>;
  readonly onProgress?: (p: { bytesDone: number; bytesTotal: number }) => void;
  readonly signal?: AbortSignal;
  readonly tables?: readonly BackupTable[];
}

export interface BackupSummary {
  readonly createdAt: string;
  readonly appVersion: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly bodyBytes: number;
  /** Earliest and latest calendar date of the dated records (evidence activity dates). */
  readonly dateRange: { readonly from: string; readonly to: string } | null;
}

type Row = Record<string, unknown>;

export interface CheckedBackup {
  readonly manifest: Manifest;
  readonly rows: ReadonlyMap<string, readonly Row[]>;
  /** `${table}/${id}` → the body, checked against its size and SHA-256. */
  readonly bodies: ReadonlyMap<string, Blob>;
  readonly summary: BackupSummary;
  /** Bytes the restore writes at most (bodies + records), checked against the free space. */
  readonly bytesNeeded: number;
}

/** Bytes under which a compressed entry cannot hurt, whatever its ratio. */
const RATIO_FLOOR = 1024 * 1024;

function defaultEstimate(): Promise<SpaceEstimate> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  return storage?.estimate ? storage.estimate() : Promise.resolve({});
}

async function startsLikeZip(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return head.length === 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** Inflates one entry into memory, refusing to produce a byte more than `limit`. */
async function readCapped(entry: FileEntry, limit: number, signal?: AbortSignal): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const sink = new WritableStream<Uint8Array>({
    write(chunk) {
      total += chunk.byteLength;
      if (total > limit) throw new BackupError('size-mismatch', { name: entry.filename });
      chunks.push(chunk);
    },
  });
  try {
    await entry.getData(sink, { signal });
  } catch (error) {
    throw asBackupError(error, entry.filename);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.byteLength; }
  return out;
}

function asBackupError(error: unknown, name: string): BackupError {
  if (error instanceof BackupError) return error;
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (cause instanceof BackupError) return cause;
  if ((error as { name?: string } | null)?.name === 'AbortError') return new BackupError('cancelled', {}, { cause: error });
  // zip.js compares what it inflated with the sizes in the headers ("Invalid uncompressed size").
  if (/uncompressed size/i.test(String((error as { message?: unknown } | null)?.message))) {
    return new BackupError('size-mismatch', { name }, { cause: error });
  }
  return new BackupError('truncated', { name }, { cause: error });
}

/** Bodies up to this size are read together with their local header, from a shared window of the file. */
const SMALL_BODY = 256 * 1024;
const HEADER_SLACK = 1024;
/** Small bodies lie next to each other in the zip: one 8 MiB read serves hundreds of them. */
const WINDOW = 8 * 1024 * 1024;

/**
 * Reads small stored bodies through one moving window over the file, so 10,000 bodies of 1 KB
 * cost a few reads instead of 10,000 round trips to the browser's file reader.
 */
class FileWindow {
  private start = 0;
  private bytes = new Uint8Array(0);
  constructor(private readonly file: Blob) {}

  async read(from: number, length: number): Promise<Uint8Array> {
    if (from < this.start || from + length > this.start + this.bytes.byteLength) {
      this.start = from;
      this.bytes = new Uint8Array(await this.file.slice(from, from + Math.max(WINDOW, length)).arrayBuffer());
    }
    return this.bytes.subarray(from - this.start, Math.min(this.bytes.byteLength, from - this.start + length));
  }
}

/**
 * A stored entry's bytes, as a slice of the file (after its local header, name and extra
 * field), and, for a small body, those bytes already read.
 */
async function storedBody(file: Blob, window: FileWindow, entry: FileEntry): Promise<{ blob: Blob; bytes?: Uint8Array }> {
  const offset = entry.offset;
  const small = entry.compressedSize <= SMALL_BODY;
  const buffer = small ? await window.read(offset, 30 + HEADER_SLACK + entry.compressedSize) : new Uint8Array(await file.slice(offset, offset + 30).arrayBuffer());
  const header = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (header.byteLength < 30 || header.getUint32(0, true) !== 0x04034b50) throw new BackupError('truncated', { name: entry.filename });
  const skip = 30 + header.getUint16(26, true) + header.getUint16(28, true);
  const start = offset + skip;
  if (start + entry.compressedSize > file.size) throw new BackupError('truncated', { name: entry.filename });
  const blob = file.slice(start, start + entry.compressedSize);
  if (small && skip + entry.compressedSize <= buffer.byteLength) return { blob, bytes: buffer.subarray(skip, skip + entry.compressedSize) };
  return { blob };
}

async function hashBlobChecked(hash: BodyHasher, blob: Blob, progress: (n: number) => void, signal?: AbortSignal) {
  hash.start();
  let size = 0;
  const reader = blob.stream().getReader();
  for (;;) {
    if (signal?.aborted) { await reader.cancel(); throw new BackupError('cancelled'); }
    const { done, value } = await reader.read();
    if (done) break;
    hash.update(value);
    size += value.byteLength;
    progress(value.byteLength);
  }
  return { size, sha256: hash.digestHex() };
}

function parseJson(bytes: Uint8Array, name: string, code: 'bad-manifest' | 'bad-json'): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (cause) {
    throw new BackupError(code, { name }, { cause });
  }
}

export async function checkBackup(file: Blob, options: CheckOptions = {}): Promise<CheckedBackup> {
  const tables = options.tables ?? BACKUP_TABLES;
  const signal = options.signal;

  // 1. The zip's central directory.
  let entries: Entry[];
  // zip.js's own name check is relaxed so that ours (isSafeEntryName) runs and can name the entry.
  const zip = new ZipReader(new BlobReader(file), { filenameValidation: 'tolerant' });
  try {
    entries = await zip.getEntries();
  } catch (cause) {
    const message = String((cause as { message?: unknown } | null)?.message ?? '');
    if (message.includes('Unsafe filename')) throw new BackupError('unsafe-name', { name: '?' }, { cause });
    if (message.includes('Ambiguous archive')) throw new BackupError('duplicate-name', { name: '?' }, { cause });
    throw new BackupError(file.size > 0 && (await startsLikeZip(file)) ? 'truncated' : 'not-zip', {}, { cause });
  }
  if (entries.length === 0) throw new BackupError(await startsLikeZip(file) ? 'no-manifest' : 'not-zip');

  // 2. Names, duplicates, ratios: from the directory alone, before inflating anything.
  const byName = new Map<string, FileEntry>();
  for (const entry of entries) {
    const name = entry.filename;
    if (!isSafeEntryName(name)) throw new BackupError('unsafe-name', { name: name.slice(0, 200) });
    if (byName.has(name)) throw new BackupError('duplicate-name', { name });
    if (entry.directory) continue;
    if (entry.encrypted) throw new BackupError('unexpected-entry', { name });
    const expands = entry.uncompressedSize > RATIO_FLOOR
      && entry.uncompressedSize > MAX_COMPRESSION_RATIO * Math.max(1, entry.compressedSize);
    if (expands) throw new BackupError('zip-bomb', { name, ratio: Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize)) });
    byName.set(name, entry);
  }

  // 3. The manifest: present, JSON, a format this app knows, then the whole schema.
  const manifestEntry = byName.get(MANIFEST_PATH);
  if (!manifestEntry) throw new BackupError('no-manifest');
  if (manifestEntry.uncompressedSize > MAX_MANIFEST_BYTES) throw new BackupError('bad-manifest', { name: MANIFEST_PATH });
  const raw = parseJson(await readCapped(manifestEntry, manifestEntry.uncompressedSize, signal), MANIFEST_PATH, 'bad-manifest');
  const head = raw as { format?: unknown; formatVersion?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== FORMAT_NAME) throw new BackupError('bad-manifest', { name: MANIFEST_PATH });
  if (typeof head.formatVersion === 'number' && head.formatVersion > FORMAT_VERSION) {
    throw new BackupError('newer-format', { version: head.formatVersion, supported: FORMAT_VERSION });
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new BackupError('bad-manifest', { name: MANIFEST_PATH, at: parsed.error.issues[0]?.path.join('.') ?? '' });
  const manifest = parsed.data;

  // 4. Every entry is declared, every declared entry is there with the declared size.
  const known = new Map(recordTables(tables).map((t) => [t.name, t]));
  const knownBodies = new Set(bodyTables(tables).map((t) => t.name));
  const expected = new Map<string, number>([[MANIFEST_PATH, manifestEntry.uncompressedSize]]);
  for (const [name, info] of Object.entries(manifest.tables)) {
    if (!known.has(name)) throw new BackupError('bad-manifest', { name, at: 'tables' });
    expected.set(info.path, info.bytes);
  }
  for (const b of manifest.bodies) {
    if (!knownBodies.has(b.table)) throw new BackupError('bad-manifest', { name: b.table, at: 'bodies' });
    if (expected.has(b.path)) throw new BackupError('duplicate-name', { name: b.path });
    expected.set(b.path, b.size);
  }
  for (const name of byName.keys()) if (!expected.has(name)) throw new BackupError('unexpected-entry', { name });
  for (const [name, size] of expected) {
    const entry = byName.get(name);
    if (!entry) throw new BackupError('missing-entry', { name });
    if (entry.uncompressedSize !== size) throw new BackupError('size-mismatch', { name });
  }

  // 5. Space, before the long read: bodies plus records, against what the browser will give.
  const jsonBytes = Object.values(manifest.tables).reduce((a, t) => a + t.bytes, 0);
  const bytesNeeded = manifest.totals.bodyBytes + jsonBytes;
  const estimate = options.estimate ?? defaultEstimate;
  let space: SpaceEstimate = {};
  try { space = await estimate(); } catch { /* no estimate: the write itself will tell */ }
  if (space.quota !== undefined && space.usage !== undefined && space.quota - space.usage < bytesNeeded) {
    throw new BackupError('no-space', { needed: bytesNeeded, available: Math.max(0, space.quota - space.usage) });
  }

  let bytesDone = 0;
  const bytesTotal = bytesNeeded;
  const progress = (n: number) => { bytesDone += n; options.onProgress?.({ bytesDone, bytesTotal }); };

  // 6. Records: JSON arrays, every row through its table's schema, keys unique.
  const rows = new Map<string, Row[]>();
  for (const [name, info] of Object.entries(manifest.tables)) {
    const table = known.get(name)!;
    if (info.bytes > MAX_JSON_BYTES) throw new BackupError('size-mismatch', { name: info.path });
    const list = parseJson(await readCapped(byName.get(info.path)!, info.bytes, signal), info.path, 'bad-json');
    if (!Array.isArray(list) || list.length !== info.count) throw new BackupError('bad-json', { name: info.path });
    const keys = new Set<unknown>();
    const out: Row[] = [];
    list.forEach((row, index) => {
      const ok = table.schema.safeParse(row);
      if (!ok.success) throw new BackupError('bad-record', { table: name, index: index + 1, at: ok.error.issues[0]?.path.join('.') ?? '' });
      const key = (ok.data as Row)[table.key];
      if (key !== undefined && keys.has(key)) throw new BackupError('bad-record', { table: name, index: index + 1, at: table.key });
      keys.add(key);
      out.push(ok.data as Row);
    });
    rows.set(name, out);
    progress(info.bytes);
  }

  // 7. Bodies: each read once, its size and SHA-256 compared with the manifest.
  const bodies = new Map<string, Blob>();
  const hasher = await BodyHasher.create();
  const window = new FileWindow(file);
  // In file order, so the window moves forward only.
  const inFileOrder = [...manifest.bodies].sort((a, b) => byName.get(a.path)!.offset - byName.get(b.path)!.offset);
  for (const b of inFileOrder) {
    const entry = byName.get(b.path)!;
    let blob: Blob;
    let seen: { size: number; sha256: string };
    if (entry.compressionMethod === 0) {
      const stored = await storedBody(file, window, entry);
      blob = stored.blob;
      if (stored.bytes) {
        if (signal?.aborted) throw new BackupError('cancelled');
        hasher.start().update(stored.bytes);
        progress(stored.bytes.byteLength);
        seen = { size: stored.bytes.byteLength, sha256: hasher.digestHex() };
      } else {
        seen = await hashBlobChecked(hasher, blob, progress, signal);
      }
    } else {
      blob = new Blob([await readCapped(entry, b.size, signal) as BlobPart]);
      seen = await hashBlobChecked(hasher, blob, progress, signal);
    }
    if (seen.size !== b.size || seen.sha256 !== b.sha256) throw new BackupError('bad-body', { id: b.id });
    bodies.set(`${b.table}/${b.id}`, blob.slice(0, blob.size, b.type));
  }
  await zip.close();

  return { manifest, rows, bodies, summary: summarise(manifest, rows, tables), bytesNeeded };
}

function summarise(manifest: Manifest, rows: ReadonlyMap<string, readonly Row[]>, tables: readonly BackupTable[]): BackupSummary {
  const counts: Record<string, number> = {};
  let from: string | null = null;
  let to: string | null = null;
  for (const t of recordTables(tables)) {
    const list = rows.get(t.name) ?? [];
    counts[t.name] = list.length;
    if (!t.dateOf) continue;
    for (const row of list) {
      const d = t.dateOf(row);
      if (!d) continue;
      if (from === null || d < from) from = d;
      if (to === null || d > to) to = d;
    }
  }
  for (const b of manifest.bodies) counts[b.table] = (counts[b.table] ?? 0) + 1;
  return {
    createdAt: manifest.createdAt, appVersion: manifest.appVersion, counts, bodyBytes: manifest.totals.bodyBytes,
    dateRange: from && to ? { from, to } : null,
  };
}
