/**
 * The user's calendar changes in Dexie (table `calendarOverrides`). lib/domain decides what an override
 * means (applyOverrides: the later change wins); this module only stores, validates and replaces them.
 * An import is all or nothing: a file that fails validation writes nothing.
 */
import type { CalendarOverrideRow, PendampingDB } from '@/lib/db/database';
import { calendarFor, parseCalendarUpdate, parseOverride, regimeForYear, type CalendarOverride, type OverrideProblem } from '@/lib/domain';
import { bumpDataRevision, type RevisionStorage } from '@/lib/data-revision';

export async function loadOverrides(db: PendampingDB): Promise<CalendarOverride[]> {
  const rows = await db.calendarOverrides.toArray();
  return rows.flatMap((row) => {
    const { id: _id, sourceTitle: _s, ...rest } = row;
    const parsed = parseOverride(rest);
    return parsed.ok ? [parsed.override] : [];
  });
}

export type OverrideResult = { ok: true } | { ok: false; problems: OverrideProblem[] };

/** The user's own dates for one window; replaces the user's earlier change of that window. */
export async function saveUserOverride(
  db: PendampingDB, storage: RevisionStorage,
  input: { windowId: string; start?: string; end?: string; note?: string }, now = new Date(),
): Promise<OverrideResult> {
  const parsed = parseOverride({ ...input, changedAt: now.toISOString(), origin: 'user' });
  if (!parsed.ok) return parsed;
  const year = Number(input.windowId.slice(0, 4));
  const cal = calendarFor(year, [parsed.override]);
  if (!cal || cal.rejected.length > 0) {
    return { ok: false, problems: cal?.rejected.flatMap((r) => r.problems) ?? [{ code: 'unknown-window', windowId: input.windowId, message: 'Jadwal ini tidak dikenal', messageEn: 'Unknown window' }] };
  }
  await db.transaction('rw', db.calendarOverrides, async () => {
    await db.calendarOverrides.where('windowId').equals(input.windowId).filter((r) => r.origin === 'user').delete();
    const row: CalendarOverrideRow = { ...parsed.override };
    await db.calendarOverrides.add(row);
  });
  await bumpDataRevision(storage);
  return { ok: true };
}

/** Back to the official dates: every change of that window goes. */
export async function resetWindow(db: PendampingDB, storage: RevisionStorage, windowId: string): Promise<void> {
  await db.transaction('rw', db.calendarOverrides, async () => {
    await db.calendarOverrides.where('windowId').equals(windowId).delete();
  });
  await bumpDataRevision(storage);
}

export async function importCalendarUpdate(db: PendampingDB, storage: RevisionStorage, input: unknown): Promise<OverrideResult & { count?: number }> {
  const parsed = parseCalendarUpdate(input, regimeForYear);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const sourceTitle = parsed.file.source?.title;
  await db.transaction('rw', db.calendarOverrides, async () => {
    for (const o of parsed.overrides) {
      await db.calendarOverrides.where('windowId').equals(o.windowId).filter((r) => r.origin === 'imported').delete();
      await db.calendarOverrides.add({ ...o, ...(sourceTitle ? { sourceTitle } : {}) });
    }
  });
  await bumpDataRevision(storage);
  return { ok: true, count: parsed.overrides.length };
}
