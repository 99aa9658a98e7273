/**
 * THE list of what a backup holds. Writing, checking, merging and replacing all walk this list,
 * so a table the backup should carry is one entry here (its record schema: records.ts, or the
 * schema its own module already has) plus rows in `populate()` of tests/unit/backup/helpers.ts,
 * which the round-trip test requires for every table. Order is the order a restore summary
 * lists them in; restore itself writes `freshKeys` tables first, for the `remap` of the others.
 *
 *  - `records`: rows as JSON, validated by `schema`, merged by `merge`.
 *  - `bodies`:  one Blob per row of `owner` (same id), written as a stored file in the zip.
 *  - `derived`: rebuilt from `from` rows on restore, never written to the file (search keys).
 */
import type { z } from 'zod';
import type { PendampingDB } from '@/lib/db/database';
import { keysOf } from '@/lib/db/evidence-keys';
import type { EvidenceItem } from '@/lib/evidence/model';
import { TemplateRecordSchema } from '@/lib/autofill/templates';
import { WritingDocumentSchema, WritingRevisionSchema } from '@/lib/writing/model';
import {
  calendarOverrideRowSchema, checklistRowSchema, evidenceItemSchema, reminderLogRowSchema, settingRowSchema,
} from './records';

/**
 * How merge treats a row whose key exists on both sides:
 *  - `newer`: the one with the later `field` (ISO time) wins; equal keeps what is there.
 *  - `keep`:  what is there stays (logs: either copy says the same thing).
 * A row only in the file is always added; a row only in the database is never deleted.
 */
export type MergeRule = { readonly kind: 'newer'; readonly field: string } | { readonly kind: 'keep' };

type Row = Record<string, unknown>;

export interface RecordTable {
  readonly kind: 'records';
  readonly name: string;
  readonly key: string;
  readonly schema: z.ZodType<unknown>;
  readonly merge: MergeRule;
  /** Year the row belongs to, for "one year" backups; null = always kept (settings). */
  readonly yearOf?: (row: Row) => number | null;
  /** True for rows a "without videos" backup leaves out (with their bodies). */
  readonly isVideo?: (row: Row) => boolean;
  /** A calendar date the restore summary shows as the range. */
  readonly dateOf?: (row: Row) => string | null;
  /** Rows the restore must keep as they are on this device (the backup's own reminder state). */
  readonly keepLocal?: (row: Row) => boolean;
  /**
   * An auto-increment key: the same number on two devices names two different rows. Merge never
   * keeps the file's numbers: each incoming row is added under a fresh id, unless a row here is
   * the same row (`sameAs` gives equal strings; looked up through the index `scope`), which it
   * then reuses. The old → new id map goes to the tables whose `remap` names this table.
   */
  readonly freshKeys?: { readonly scope: string; readonly sameAs: (row: Row) => string };
  /** Merge rewrites this table's incoming rows with the id map of `table` (a `freshKeys` table). */
  readonly remap?: { readonly table: string; readonly apply: (row: Row, ids: ReadonlyMap<unknown, unknown>) => Row };
  /** Merge: what a winning file row becomes when it replaces `existing` (default: the file row). */
  readonly replacing?: (incoming: Row, existing: Row) => Row;
}

export interface BodyTable {
  readonly kind: 'bodies';
  readonly name: string;
  /** The records table whose row (same id) this body belongs to. */
  readonly owner: string;
}

export interface DerivedTable {
  readonly kind: 'derived';
  readonly name: string;
  readonly from: string;
  readonly derive: (row: Row) => Row;
}

export type BackupTable = RecordTable | BodyTable | DerivedTable;

const yearFromPeriod = (row: Row) => Number(String(row.periodId ?? '').slice(0, 4)) || null;
const yearFromText = (value: unknown) => { const m = /(20\d\d)/.exec(String(value ?? '')); return m ? Number(m[1]) : null; };

/**
 * Writing revisions are numbered by IndexedDB (`++id`), so two devices both have a revision 1.
 * Merge adds the file's revisions under fresh ids (a revision identical in every field but the id
 * is already here and is reused, so merging the same file twice adds nothing) and rewrites the
 * file's documents' `revs` (field → revision of its current text) through the old → new map
 * before comparing documents. Both histories stay whole, and whichever document wins points at
 * its own text. Replace keeps the file's ids: the file is consistent with itself.
 */
const revisionIdentity = (row: Row) => JSON.stringify(
  [row.docId, row.field, row.at, row.updatedAt, row.session, row.origin, row.deleted, row.text],
);

function remapRevs(row: Row, ids: ReadonlyMap<unknown, unknown>): Row {
  const revs: Record<string, number> = {};
  // A reference to a revision the file does not hold is dropped, never pointed at a local row.
  for (const [field, id] of Object.entries((row.revs ?? {}) as Record<string, number>)) {
    const fresh = ids.get(id);
    if (typeof fresh === 'number') revs[field] = fresh;
  }
  return { ...row, revs };
}

/**
 * A file document replacing one here: each field whose text changes gets a version above both
 * sides' count, so an editor still open on the old text sees "changed by another tab" and merges
 * its next save instead of writing over the restored text (lib/writing/store.ts saveField).
 */
function bumpChangedVersions(incoming: Row, existing: Row): Row {
  const fields = (incoming.fields ?? {}) as Record<string, unknown>;
  const before = (existing.fields ?? {}) as Record<string, unknown>;
  const mine = (existing.versions ?? {}) as Record<string, number>;
  const versions = { ...((incoming.versions ?? {}) as Record<string, number>) };
  for (const field of Object.keys(fields)) {
    if (fields[field] !== before[field]) versions[field] = Math.max(versions[field] ?? 0, mine[field] ?? 0) + 1;
  }
  return { ...incoming, versions };
}

/** The backup's own state lives in settings under this key (lib/backup/settings.ts). */
export const BACKUP_SETTINGS_KEY = 'backup';

export const BACKUP_TABLES: readonly BackupTable[] = [
  { kind: 'records', name: 'settings', key: 'key', schema: settingRowSchema, merge: { kind: 'newer', field: 'updatedAt' },
    yearOf: () => null, keepLocal: (row) => row.key === BACKUP_SETTINGS_KEY },
  { kind: 'records', name: 'checklist', key: 'id', schema: checklistRowSchema, merge: { kind: 'newer', field: 'updatedAt' },
    yearOf: yearFromPeriod },
  // Also `++id`: another device's override 1 is not this one's override 1. Both are kept (the same
  // row twice is one); lib/domain applyOverrides lets the later change of a window win.
  { kind: 'records', name: 'calendarOverrides', key: 'id', schema: calendarOverrideRowSchema, merge: { kind: 'newer', field: 'changedAt' },
    yearOf: (row) => yearFromText(row.windowId) ?? yearFromText(row.start),
    freshKeys: { scope: 'windowId', sameAs: (row) => JSON.stringify([row.windowId, row.start, row.end, row.note, row.changedAt, row.origin, row.sourceTitle]) } },
  { kind: 'records', name: 'reminderLog', key: 'id', schema: reminderLogRowSchema, merge: { kind: 'keep' },
    yearOf: (row) => yearFromText(row.at) },
  { kind: 'records', name: 'evidence', key: 'id', schema: evidenceItemSchema, merge: { kind: 'newer', field: 'updatedAt' },
    yearOf: (row) => Number(row.year), isVideo: (row) => row.media === 'video', dateOf: (row) => String(row.activityDate) },
  { kind: 'records', name: 'writingDocuments', key: 'id', schema: WritingDocumentSchema as z.ZodType<unknown>, merge: { kind: 'newer', field: 'updatedAt' },
    yearOf: (row) => Number(row.year), remap: { table: 'writingRevisions', apply: remapRevs }, replacing: bumpChangedVersions },
  // Restore writes revisions before documents (tables with `freshKeys` first): merge needs their new ids.
  { kind: 'records', name: 'writingRevisions', key: 'id', schema: WritingRevisionSchema as z.ZodType<unknown>, merge: { kind: 'keep' },
    yearOf: (row) => yearFromText(row.docId), freshKeys: { scope: 'docId', sameAs: revisionIdentity } },
  // Starting templates are written once (settings `templates.seeded`, kept with the settings),
  // so a template deleted before the backup does not come back after a restore.
  { kind: 'records', name: 'templates', key: 'id', schema: TemplateRecordSchema as z.ZodType<unknown>, merge: { kind: 'newer', field: 'updatedAt' },
    yearOf: () => null },
  { kind: 'bodies', name: 'evidenceBodies', owner: 'evidence' },
  { kind: 'bodies', name: 'evidenceThumbs', owner: 'evidence' },
  { kind: 'derived', name: 'evidenceKeys', from: 'evidence', derive: (row) => keysOf(row as unknown as EvidenceItem) as unknown as Row },
];

export const recordTables = (tables: readonly BackupTable[] = BACKUP_TABLES) =>
  tables.filter((t): t is RecordTable => t.kind === 'records');
export const bodyTables = (tables: readonly BackupTable[] = BACKUP_TABLES) =>
  tables.filter((t): t is BodyTable => t.kind === 'bodies');
export const derivedTables = (tables: readonly BackupTable[] = BACKUP_TABLES) =>
  tables.filter((t): t is DerivedTable => t.kind === 'derived');

/** Every Dexie table the registry touches (a restore's one transaction spans them all). */
export function dexieTables(db: PendampingDB, tables: readonly BackupTable[] = BACKUP_TABLES) {
  return tables.map((t) => db.table(t.name));
}
