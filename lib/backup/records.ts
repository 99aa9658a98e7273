/**
 * zod schemas of the stored records, as a backup file carries them. They check what the
 * database would accept and what the app relies on (types, enums, sizes), so a hand-edited or
 * damaged file is refused before anything is written. Kept here, next to the registry, because
 * the stores validate their inputs, not their rows.
 */
import { z } from 'zod';
import { MEDIA_KINDS, STAGES, type EvidenceItem } from '@/lib/evidence/model';
import type { CalendarOverrideRow, ChecklistRow, ReminderLogRow, SettingRow } from '@/lib/db/database';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const instant = z.string().min(10).max(40);
const text = (max: number) => z.string().max(max);

/** Settings values are JSON of any shape; each reader validates its own key (profile, reminders …). */
const json: z.ZodType<unknown> = z.json();

export const settingRowSchema: z.ZodType<SettingRow> = z.object({
  key: text(200).min(1),
  value: json,
  updatedAt: instant,
});

export const checklistRowSchema: z.ZodType<ChecklistRow> = z.object({
  id: text(300).min(1),
  periodId: text(40),
  role: z.enum(['guru', 'kepala-sekolah']),
  stageId: z.enum(['perencanaan', 'pelaksanaan', 'penilaian']),
  stepId: text(120),
  done: z.boolean(),
  source: z.enum(['manual', 'auto']),
  proof: text(300).optional(),
  updatedAt: instant,
});

export const calendarOverrideRowSchema: z.ZodType<CalendarOverrideRow> = z.object({
  id: z.number().int().min(1).optional(),
  windowId: text(200).min(1),
  start: isoDate.optional(),
  end: isoDate.optional(),
  note: text(2000).optional(),
  changedAt: instant,
  origin: z.enum(['user', 'imported']),
  sourceTitle: text(300).optional(),
});

export const reminderLogRowSchema: z.ZodType<ReminderLogRow> = z.object({
  id: text(300).min(1),
  at: instant,
  outcome: z.enum(['shown', 'summarised', 'skipped']),
  notificationId: text(300).optional(),
  target: text(2000).optional(),
});

export const evidenceItemSchema = z.object({
  id: text(200).min(1),
  kind: z.enum(['file', 'link']),
  media: z.enum(MEDIA_KINDS as [string, ...string[]]),
  title: text(200),
  description: text(4000),
  activityDate: isoDate,
  year: z.number().int(),
  periodId: text(40).nullable(),
  stage: z.enum(STAGES).nullable(),
  step: text(80).nullable(),
  indicator: text(80).nullable(),
  tags: z.array(text(40)).max(100),
  file: z.object({ name: text(1000), type: text(200), size: z.number().int().min(0) }).nullable(),
  link: z.object({ name: text(1000), url: text(8000) }).nullable(),
  contentHash: text(8100),
  hasThumb: z.boolean(),
  words: z.array(text(40)),
  createdAt: instant,
  updatedAt: instant,
}) as unknown as z.ZodType<EvidenceItem>;
