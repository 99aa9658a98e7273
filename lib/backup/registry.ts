/**
 * THE list of what a backup holds. Writing, checking, merging and replacing all walk this list,
 * so a table the backup should carry is one entry here (plus a record schema in records.ts and
 * a round-trip row in tests/unit/backup/fixtures.ts). Order matters only for readability.
 *
 *  - `records`: rows as JSON, validated by `schema`, merged by `merge`.
 *  - `bodies`:  one Blob per row of `owner` (same id), written as a stored file in the zip.
 *  - `derived`: rebuilt from `from` rows on restore, never written to the file (search keys).
 */
import type { z } from 'zod';
import type { PendampingDB } from '@/lib/db/database';
import { keysOf } from '@/lib/db/evidence-keys';
import type { EvidenceItem } from '@/lib/evidence/model';
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

/** The backup's own state lives in settings under this key (lib/backup/settings.ts). */
export const BACKUP_SETTINGS_KEY = 'backup';

export const BACKUP_TABLES: readonly BackupTable[] = [
  { kind: 'records', name: 'settings', key: 'key', schema: settingRowSchema, merge: { kind: 'newer', field: 'updatedAt' },
    yearOf: () => null, keepLocal: (row) => row.key === BACKUP_SETTINGS_KEY },
  { kind: 'records', name: 'checklist', key: 'id', schema: checklistRowSchema, merge: { kind: 'newer', field: 'updatedAt' },
    yearOf: yearFromPeriod },
  { kind: 'records', name: 'calendarOverrides', key: 'id', schema: calendarOverrideRowSchema, merge: { kind: 'newer', field: 'changedAt' },
    yearOf: (row) => yearFromText(row.windowId) ?? yearFromText(row.start) },
  { kind: 'records', name: 'reminderLog', key: 'id', schema: reminderLogRowSchema, merge: { kind: 'keep' },
    yearOf: (row) => yearFromText(row.at) },
  { kind: 'records', name: 'evidence', key: 'id', schema: evidenceItemSchema, merge: { kind: 'newer', field: 'updatedAt' },
    yearOf: (row) => Number(row.year), isVideo: (row) => row.media === 'video', dateOf: (row) => String(row.activityDate) },
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
