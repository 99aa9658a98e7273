/** Reminder settings and snoozes in the `settings` table; every write bumps the data revision so the background reschedules. */
import type { PendampingDB } from '@/lib/db/database';
import { bumpDataRevision, type RevisionStorage } from '@/lib/data-revision';
import type { StageId } from '@/lib/domain';
import { parseReminderSettings, REMINDER_SETTINGS_KEY, reminderSettingsSchema, type ReminderSettings } from './settings';

export async function loadReminderSettings(db: PendampingDB): Promise<ReminderSettings> {
  return parseReminderSettings((await db.settings.get(REMINDER_SETTINGS_KEY))?.value);
}

export async function saveReminderSettings(db: PendampingDB, storage: RevisionStorage, input: unknown): Promise<{ ok: true } | { ok: false; issues: string[] }> {
  const parsed = reminderSettingsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => i.path.join('.')) };
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: REMINDER_SETTINGS_KEY, value: parseReminderSettings(parsed.data), updatedAt: new Date().toISOString() });
  });
  await bumpDataRevision(storage);
  return { ok: true };
}

async function update(db: PendampingDB, storage: RevisionStorage, change: (s: ReminderSettings) => ReminderSettings, alsoForget: string[] = []): Promise<void> {
  await db.transaction('rw', db.settings, db.reminderLog, async () => {
    const current = parseReminderSettings((await db.settings.get(REMINDER_SETTINGS_KEY))?.value);
    await db.settings.put({ key: REMINDER_SETTINGS_KEY, value: change(current), updatedAt: new Date().toISOString() });
    if (alsoForget.length) await db.reminderLog.bulkDelete(alsoForget);
  });
  await bumpDataRevision(storage);
}

/** "Ingatkan besok" / "Tunda sehari": the reminder comes back 24 hours after `from` (now, or its own time if later). */
export function snoozeReminder(db: PendampingDB, storage: RevisionStorage, reminderId: string, from: Date): Promise<void> {
  return update(db, storage, (s) => ({ ...s, snoozed: { ...s.snoozed, [reminderId]: from.getTime() + 86_400_000 } }), [reminderId]);
}

export function setStageOff(db: PendampingDB, storage: RevisionStorage, stageId: StageId, off: boolean): Promise<void> {
  return update(db, storage, (s) => ({ ...s, stagesOff: off ? [...new Set([...s.stagesOff, stageId])] : s.stagesOff.filter((x) => x !== stageId) }));
}
