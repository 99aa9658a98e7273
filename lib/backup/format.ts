/**
 * The backup file: a zip with `manifest.json`, one `data/<table>.json` per table of records,
 * and every file body as `bodies/<table>/<id>` (stored, not compressed). docs/backup-format.md
 * describes it for people; this module is its definition for the code. A released format
 * version is never changed: a change is FORMAT_VERSION + 1 with a reader for the old one.
 */
import { z } from 'zod';

export const FORMAT_NAME = 'pendamping-kinerja-backup';
export const FORMAT_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';

/** A compressed entry may expand at most this much (real data: JSON ~5–20×). More is a zip bomb. */
export const MAX_COMPRESSION_RATIO = 100;
/** The manifest and each table's JSON are read into memory, so they are capped. */
export const MAX_JSON_BYTES = 512 * 1024 * 1024;
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const safeId = z.string().min(1).max(200);

export const backupScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('year'), year: z.number().int().min(2000).max(2200) }),
]);
export type BackupScope = z.infer<typeof backupScope>;

export const backupOptions = z.object({
  scope: backupScope,
  withoutVideos: z.boolean(),
});
export type BackupOptions = z.infer<typeof backupOptions>;

export const manifestSchema = z.object({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.number().int().min(1),
  appVersion: z.string().max(40),
  /** The database schema version of the app that wrote it (lib/db/schema.ts). */
  schemaVersion: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  options: backupOptions,
  tables: z.record(z.string(), z.object({
    path: z.string(),
    count: z.number().int().min(0),
    /** Bytes of the JSON file, uncompressed. */
    bytes: z.number().int().min(0),
  })),
  bodies: z.array(z.object({
    table: z.string(),
    id: safeId,
    path: z.string(),
    size: z.number().int().min(0),
    type: z.string().max(200),
    sha256: sha256Hex,
  })),
  totals: z.object({ records: z.number().int().min(0), bodies: z.number().int().min(0), bodyBytes: z.number().int().min(0) }),
});
export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestBody = Manifest['bodies'][number];

export const tablePath = (table: string) => `data/${table}.json`;
/** Ids go through encodeURIComponent (and dots escaped), so no id can make a path with `/` or a `..` segment. */
export const bodyPath = (table: string, id: string) => `bodies/${table}/${encodeURIComponent(id).replace(/\./g, '%2E')}`;

/**
 * An entry name that stays inside the archive: relative, forward slashes, no `.`/`..` segment,
 * no drive letter, no control characters.
 */
export function isSafeEntryName(name: string): boolean {
  if (!name || name.length > 1000) return false;
  if (name.startsWith('/') || name.includes('\\') || /^[a-zA-Z]:/.test(name)) return false;
  if (/[\u0000-\u001f]/.test(name)) return false;
  return name.split('/').every((seg) => seg !== '..' && seg !== '.');
}
