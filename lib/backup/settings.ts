/**
 * The backup's own state, in the settings table under `backup`: when the last backup was made
 * and after how many days to remind. Validated by zod on read; a damaged row reads as defaults.
 */
import { z } from 'zod';
import type { PendampingDB } from '@/lib/db/database';
import { BACKUP_SETTINGS_KEY } from './registry';

export const DEFAULT_REMIND_AFTER_DAYS = 30;

export const backupSettingsSchema = z.object({
  lastBackupAt: z.iso.datetime().nullable().default(null),
  remindAfterDays: z.number().int().min(1).max(365).default(DEFAULT_REMIND_AFTER_DAYS),
});
export type BackupSettings = z.output<typeof backupSettingsSchema>;

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { lastBackupAt: null, remindAfterDays: DEFAULT_REMIND_AFTER_DAYS };

export async function getBackupSettings(db: PendampingDB): Promise<BackupSettings> {
  const row = await db.settings.get(BACKUP_SETTINGS_KEY);
  const parsed = backupSettingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : DEFAULT_BACKUP_SETTINGS;
}

async function patch(db: PendampingDB, change: Partial<BackupSettings>, now: Date): Promise<BackupSettings> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await getBackupSettings(db)), ...change };
    await db.settings.put({ key: BACKUP_SETTINGS_KEY, value: next, updatedAt: now.toISOString() });
    return next;
  });
}

export function recordBackupMade(db: PendampingDB, at: Date): Promise<BackupSettings> {
  return patch(db, { lastBackupAt: at.toISOString() }, at);
}

export function setRemindAfterDays(db: PendampingDB, days: number, now: Date = new Date()): Promise<BackupSettings> {
  return patch(db, { remindAfterDays: backupSettingsSchema.shape.remindAfterDays.parse(days) }, now);
}

const DAY = 24 * 60 * 60 * 1000;

/** Whole days since the last backup, or null when there was none. */
export function daysSinceBackup(settings: BackupSettings, now: Date): number | null {
  if (!settings.lastBackupAt) return null;
  return Math.max(0, Math.floor((now.getTime() - Date.parse(settings.lastBackupAt)) / DAY));
}

/**
 * Whether to remind: never backed up while there is something to lose, or the last backup is
 * older than the user's setting.
 */
export function backupReminderDue(settings: BackupSettings, now: Date, hasData: boolean): boolean {
  const days = daysSinceBackup(settings, now);
  if (days === null) return hasData;
  return days >= settings.remindAfterDays;
}

/**
 * The latest stage end that passed since the last backup (ISO dates, the backup's local date):
 * the end of a stage is when a teacher has the most new work to lose. Null when none.
 */
export function stageEndedSinceBackup(stageEnds: readonly string[], lastBackupDate: string | null, today: string): string | null {
  if (lastBackupDate === null) return null;
  const ended = stageEnds.filter((end) => end < today && end >= lastBackupDate).sort();
  return ended.at(-1) ?? null;
}
