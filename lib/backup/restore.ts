/**
 * Writes a checked backup into the database in ONE Dexie transaction over every table of the
 * registry: if anything throws (a full disk, a bug, the browser closing), IndexedDB rolls the
 * whole transaction back and the data is exactly as before. Search keys are derived and written
 * with bulkPut in the same transaction: one call per table, not one store call per item.
 *
 * Nothing in the transaction waits on anything but IndexedDB (the bodies are already Blobs), so
 * the transaction cannot commit early half-way.
 */
import type { IndexableType, Table } from 'dexie';
import type { PendampingDB } from '@/lib/db/database';
import { classifyStorageError } from '@/lib/db/errors';
import { bumpDataRevision, type RevisionStorage } from '@/lib/data-revision';
import { BackupError } from './errors';
import type { CheckedBackup } from './read';
import { BACKUP_TABLES, bodyTables, derivedTables, recordTables, type BackupTable, type RecordTable } from './registry';

export type RestoreMode = 'merge' | 'replace';

export interface TableOutcome { added: number; updated: number; kept: number }

export interface RestoreOptions {
  readonly tables?: readonly BackupTable[];
  /** Called inside the transaction after each table is written; tests throw from it to interrupt. */
  readonly afterTable?: (name: string) => void;
  /** Where the data revision is announced after the commit (default: this context's storage.local). */
  readonly storage?: RevisionStorage;
}

type Row = Record<string, unknown>;

/** Merge's choice for one row that exists on both sides. */
export function fileRowWins(table: RecordTable, incoming: Row, existing: Row | undefined): boolean {
  if (!existing) return true;
  if (table.merge.kind === 'keep') return false;
  const a = String(incoming[table.merge.field] ?? '');
  const b = String(existing[table.merge.field] ?? '');
  return a > b;
}

export async function restoreBackup(
  db: PendampingDB, backup: CheckedBackup, mode: RestoreMode, options: RestoreOptions = {},
): Promise<Record<string, TableOutcome>> {
  const tables = options.tables ?? BACKUP_TABLES;
  const outcome: Record<string, TableOutcome> = {};
  const written = new Map<string, Row[]>();
  /** Per auto-increment table: the file's id → the id the row has here after a merge. */
  const idMaps = new Map<string, Map<unknown, unknown>>();
  try {
    await db.transaction('rw', tables.map((t) => db.table(t.name)), async () => {
      // Auto-increment tables first: the tables that refer to them need their new ids (registry `remap`).
      const records = [...recordTables(tables)].sort((a, b) => Number(!!b.freshKeys) - Number(!!a.freshKeys));
      for (const t of records) {
        const table = db.table(t.name);
        const incoming = (backup.rows.get(t.name) ?? []).filter((r) => !t.keepLocal?.(r));
        const result: TableOutcome = { added: 0, updated: 0, kept: 0 };
        let chosen: Row[];
        if (mode === 'replace') {
          const local = t.keepLocal ? ((await table.toArray()) as Row[]).filter(t.keepLocal) : [];
          await table.clear();
          chosen = incoming;
          await table.bulkAdd([...incoming, ...local]);
          result.added = incoming.length;
        } else if (t.freshKeys) {
          ({ chosen } = await mergeFreshKeys(table as Table<Row, IndexableType>, t, incoming, result, idMaps));
        } else {
          const remap = t.remap;
          const ids = remap ? idMaps.get(remap.table) ?? new Map() : null;
          const rows = remap ? incoming.map((r) => remap.apply(r, ids!)) : incoming;
          const keyed = rows.filter((r) => r[t.key] !== undefined);
          const existing = (await table.bulkGet(keyed.map((r) => r[t.key] as string))) as (Row | undefined)[];
          chosen = rows.filter((r) => r[t.key] === undefined);
          result.added = chosen.length;
          keyed.forEach((row, i) => {
            const there = existing[i];
            if (fileRowWins(t, row, there)) {
              chosen.push(there && t.replacing ? t.replacing(row, there) : row);
              if (there) result.updated++; else result.added++;
            } else result.kept++;
          });
          await table.bulkPut(chosen);
        }
        written.set(t.name, chosen);
        outcome[t.name] = result;
        options.afterTable?.(t.name);
      }

      for (const t of bodyTables(tables)) {
        const table = db.table(t.name);
        const prefix = `${t.name}/`;
        const all = [...backup.bodies].filter(([k]) => k.startsWith(prefix)).map(([k, blob]) => ({ id: k.slice(prefix.length), blob }));
        const result: TableOutcome = { added: 0, updated: 0, kept: 0 };
        if (mode === 'replace') {
          await table.clear();
          await table.bulkAdd(all);
          result.added = all.length;
        } else {
          // A body follows its record: written when the record was, added when this device has none.
          const ownersWritten = new Set((written.get(t.owner) ?? []).map((r) => r.id));
          const there = await table.bulkGet(all.map((b) => b.id));
          const chosen = all.filter((b, i) => {
            const take = ownersWritten.has(b.id) || !there[i];
            if (!take) result.kept++;
            else if (there[i]) result.updated++;
            else result.added++;
            return take;
          });
          await table.bulkPut(chosen);
        }
        outcome[t.name] = result;
        options.afterTable?.(t.name);
      }

      for (const t of derivedTables(tables)) {
        const table = db.table(t.name);
        if (mode === 'replace') await table.clear();
        const rows = (written.get(t.from) ?? []).map(t.derive);
        await table.bulkPut(rows);
        outcome[t.name] = { added: rows.length, updated: 0, kept: 0 };
        options.afterTable?.(t.name);
      }
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(classifyStorageError(error) === 'quota' ? 'quota' : 'storage', {}, { cause: error });
  }
  // Committed: tell every open view (lists, the overlay frame, editors, the badge) to read again.
  // A failed announcement never fails the restore; the data is written.
  try {
    await bumpDataRevision(options.storage);
  } catch (error) {
    console.warn('restore: data revision not announced', error);
  }
  return outcome;
}

/**
 * Merge for an auto-increment table (registry `freshKeys`): every file row is added under a new
 * id unless the same row is already here; the old → new ids go to `idMaps` for the tables that
 * refer to this one.
 */
async function mergeFreshKeys(
  table: Table<Row, IndexableType>, t: RecordTable, incoming: Row[], result: TableOutcome,
  idMaps: Map<string, Map<unknown, unknown>>,
): Promise<{ chosen: Row[] }> {
  const { scope, sameAs } = t.freshKeys!;
  const scopes = [...new Set(incoming.map((r) => r[scope]))] as string[];
  const here = new Map<string, unknown>();
  for (const row of (await table.where(scope).anyOf(scopes).toArray()) as Row[]) here.set(sameAs(row), row[t.key]);
  const ids = new Map<unknown, unknown>();
  const fresh: Row[] = [];
  const oldIds: unknown[] = [];
  for (const row of incoming) {
    const same = here.get(sameAs(row));
    if (same !== undefined) { ids.set(row[t.key], same); result.kept++; continue; }
    const { [t.key]: oldId, ...rest } = row;
    fresh.push(rest);
    oldIds.push(oldId);
  }
  const newIds = await table.bulkAdd(fresh, { allKeys: true });
  fresh.forEach((row, i) => { row[t.key] = newIds[i]; if (oldIds[i] !== undefined) ids.set(oldIds[i], newIds[i]); });
  result.added = fresh.length;
  idMaps.set(t.name, ids);
  return { chosen: fresh };
}
