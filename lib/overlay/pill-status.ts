import type { PendampingDB } from '@/lib/db/database';
import { calendarFor, todayIn, yearOf } from '@/lib/domain';
import { loadOverrides } from '@/lib/calendar/overrides-store';
import { badgeFor } from '@/lib/checklist/badge';
import { parseStoredProfile, PROFILE_KEY } from '@/lib/settings/profile';
import { encodePillStatus, UI_PREFS_KEYS, type PillStatus } from './ui-prefs';

/**
 * The pill's stage line: the running stage and the days left in its nearest open window, the
 * same figure as the toolbar badge. Without a saved profile it is a guru's (the profile's
 * defaults), so a fresh install shows where the year stands at once.
 */
export async function pillStatusFor(db: PendampingDB, now: Date): Promise<PillStatus | null> {
  const row = await db.settings.get(PROFILE_KEY);
  const profile = parseStoredProfile(row?.value, now);
  const today = todayIn(profile.timeZone, now);
  const calendar = calendarFor(yearOf(today), await loadOverrides(db));
  const badge = calendar ? badgeFor(calendar, profile.role, today) : null;
  return badge ? { stage: badge.stageId, daysLeft: Math.min(badge.daysLeft, 9999) } : null;
}

/** Writes it to storage.local for the content script, only when it changed. */
export async function syncPillStatus(db: PendampingDB, now: Date, storage: {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}): Promise<void> {
  const value = encodePillStatus(await pillStatusFor(db, now));
  const stored = await storage.get([UI_PREFS_KEYS.pillStatus]);
  if (stored[UI_PREFS_KEYS.pillStatus] !== value) await storage.set({ [UI_PREFS_KEYS.pillStatus]: value });
}
