import { z } from 'zod';
import { StageIdSchema } from '@/lib/domain';

/** Stored in the `settings` table under this key; parsed on every read, falling back field by field. */
export const REMINDER_SETTINGS_KEY = 'reminders';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Jam harus berformat JJ:MM');

export const DEFAULT_LEAD_DAYS = [14, 7, 3, 1] as const;

export const reminderSettingsSchema = z.object({
  enabled: z.boolean(),
  /** Days before a window's last day; each gives one reminder. */
  leadDays: z.array(z.number().int().min(1).max(60)).max(8),
  /** Local time of day in the user's zone. */
  time: hhmm,
  /** One reminder on the day a window opens. */
  onOpen: z.boolean(),
  /** Stages the user switched off. */
  stagesOff: z.array(StageIdSchema),
  /** No notification between start and end (may wrap midnight); null = no quiet hours. */
  quiet: z.object({ start: hhmm, end: hhmm }).nullable(),
  /** Reminder id → the instant (ms) it was moved to by "Ingatkan besok". */
  snoozed: z.record(z.string(), z.number()),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  enabled: true, leadDays: [...DEFAULT_LEAD_DAYS], time: '07:00', onOpen: true, stagesOff: [], quiet: { start: '21:00', end: '06:00' }, snoozed: {},
};

export function parseReminderSettings(value: unknown): ReminderSettings {
  const parsed = reminderSettingsSchema.safeParse(value);
  if (parsed.success) return normalise(parsed.data);
  const merged: Record<string, unknown> = { ...DEFAULT_REMINDER_SETTINGS };
  if (value && typeof value === 'object') {
    for (const [key, field] of Object.entries(reminderSettingsSchema.shape)) {
      const candidate = (value as Record<string, unknown>)[key];
      if (field.safeParse(candidate).success) merged[key] = candidate;
    }
  }
  return normalise(reminderSettingsSchema.parse(merged));
}

function normalise(s: ReminderSettings): ReminderSettings {
  return { ...s, leadDays: [...new Set(s.leadDays)].sort((a, b) => b - a) };
}
