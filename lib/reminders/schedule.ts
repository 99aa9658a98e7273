/**
 * The reminder schedule, pure: calendars, role, zone, settings and "now" in; reminders and what to do
 * now out. No browser, no storage, no Date.now(): the background glue (./background.ts) injects all of it.
 *
 * Rules
 * - Windows: the role's stage windows and every sub-window holding a step the user does (own steps, and a
 *   principal's duties toward teachers). Windows where the user only waits for someone else are skipped.
 * - Closing: one reminder per lead time (default 14, 7, 3, 1 days before the last day) at `time` in the zone.
 *   A recommended window ('anjuran') only gets the lead times of 7 days or less. A lead time that falls before
 *   the window opens is dropped (the opening reminder covers it).
 * - Opening: one reminder on the first day, when `onOpen`.
 * - Same stage, same kind, same day: one reminder (the stage window's, else the first).
 * - Quiet hours push a time out of the quiet interval; a snooze replaces the time.
 * - Ids carry the window's date, so a changed date makes a new reminder and an old one never blocks it.
 */
import {
  ZONES, addDays, compareIso, stepWindowId, todayIn, type EffectiveCalendar, type EffectiveWindow,
  type IndonesianZone, type IsoDate, type Role, type StageId,
} from '@/lib/domain';
import { relevantWindows } from '@/lib/checklist/items';
import type { ReminderSettings } from './settings';

export type ReminderKind = 'tutup' | 'buka';

export interface Reminder {
  readonly id: string;
  readonly kind: ReminderKind;
  readonly windowId: string;
  readonly periodId: string;
  readonly stageId: StageId;
  /** Days before the last day (0 for an opening reminder). */
  readonly leadDays: number;
  /** The local date the reminder is for (before quiet hours or a snooze move it). */
  readonly date: IsoDate;
  /** Instant (ms since epoch) it is due. */
  readonly fireAt: number;
  readonly snoozed: boolean;
  readonly window: EffectiveWindow;
  /**
   * false when the date this reminder is about (the opening for 'buka', the last day for 'tutup')
   * is not confirmed: a single source, or a schedule copied from the year before. A date the
   * teacher corrected herself counts as certain.
   */
  readonly dateCertain: boolean;
  /** false for a year whose schedule the ministry has not announced (copied from the year before). */
  readonly scheduleOfficial: boolean;
}

const ANJURAN_MAX_LEAD = 7;
/** A due reminder older than this was missed (the browser was closed), not merely late by a tick. */
export const LATE_MS = 60 * 60 * 1000;

const offsetMinutes = (zone: IndonesianZone) => {
  const [h, m] = ZONES[zone].utcOffset.slice(1).split(':').map(Number) as [number, number];
  return h * 60 + m; // Indonesia has no daylight saving time: the offset is fixed
};
const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/** The instant of a local date and time of day in the zone. */
export function instantOf(date: IsoDate, hhmm: string, zone: IndonesianZone): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, mo - 1, d) + (minutesOf(hhmm) - offsetMinutes(zone)) * 60_000;
}

/** Local minutes since midnight of an instant in the zone. */
export function localMinutes(instant: number, zone: IndonesianZone): number {
  const m = Math.floor((instant / 60_000 + offsetMinutes(zone)) % 1440);
  return (m + 1440) % 1440;
}

export function inQuiet(instant: number, zone: IndonesianZone, quiet: ReminderSettings['quiet']): boolean {
  if (!quiet) return false;
  const m = localMinutes(instant, zone);
  const s = minutesOf(quiet.start);
  const e = minutesOf(quiet.end);
  if (s === e) return false;
  return s < e ? m >= s && m < e : m >= s || m < e;
}

/** The first instant at or after `instant` outside the quiet hours. */
export function outOfQuiet(instant: number, zone: IndonesianZone, quiet: ReminderSettings['quiet']): number {
  if (!quiet || !inQuiet(instant, zone, quiet)) return instant;
  const m = localMinutes(instant, zone);
  const e = minutesOf(quiet.end);
  const wait = (e - m + 1440) % 1440;
  return Math.floor(instant / 60_000) * 60_000 + wait * 60_000;
}

export interface ScheduleInput {
  readonly calendars: readonly EffectiveCalendar[];
  readonly role: Role;
  readonly zone: IndonesianZone;
  readonly settings: ReminderSettings;
}

/** Every reminder of the calendars, soonest first. Empty when reminders are off. */
export function buildSchedule(input: ScheduleInput): Reminder[] {
  const { settings, zone } = input;
  if (!settings.enabled) return [];
  const byKey = new Map<string, Reminder>();
  const add = (r: Omit<Reminder, 'fireAt' | 'snoozed' | 'dateCertain'>) => {
    const key = `${r.kind}|${r.periodId}|${r.stageId}|${r.date}|${r.leadDays}`;
    const current = byKey.get(key);
    if (current && (current.window.slug === undefined || r.window.slug !== undefined)) return; // the stage window wins
    const snoozedTo = settings.snoozed[r.id];
    const fireAt = snoozedTo ?? outOfQuiet(instantOf(r.date, settings.time, zone), zone, settings.quiet);
    const dateCertain = (r.kind === 'buka' ? r.window.startOrigin : r.window.endOrigin) !== 'uncertain';
    byKey.set(key, { ...r, fireAt, snoozed: snoozedTo !== undefined, dateCertain });
  };
  for (const calendar of input.calendars) {
    for (const w of relevantWindows(calendar, input.role)) {
      if (settings.stagesOff.includes(w.stageId)) continue;
      const base = { windowId: w.id, periodId: w.periodId, stageId: w.stageId, window: w, scheduleOfficial: calendar.regime.official };
      if (settings.onOpen) add({ ...base, id: `${w.id}|buka|${w.start}`, kind: 'buka', leadDays: 0, date: w.start });
      for (const lead of settings.leadDays) {
        if (w.binding === 'anjuran' && lead > ANJURAN_MAX_LEAD) continue;
        const date = addDays(w.end, -lead);
        if (compareIso(date, w.start) < 0 || (settings.onOpen && date === w.start)) continue;
        add({ ...base, id: `${w.id}|tutup-${lead}|${w.end}`, kind: 'tutup', leadDays: lead, date });
      }
    }
  }
  return [...byKey.values()].sort((a, b) => a.fireAt - b.fireAt || a.id.localeCompare(b.id));
}

export type Delivery =
  | { readonly kind: 'each'; readonly reminders: readonly Reminder[] }
  | { readonly kind: 'single-late'; readonly reminder: Reminder }
  | { readonly kind: 'summary'; readonly reminders: readonly Reminder[] };

export interface Plan {
  /** Due now and still useful, to show. */
  readonly due: readonly Reminder[];
  /** Due but pointless now (the window has closed): recorded as skipped, never shown. */
  readonly stale: readonly Reminder[];
  /** How to show `due` (null when nothing to show, or while the quiet hours last). */
  readonly delivery: Delivery | null;
  /** The instant to wake next (the next reminder, or the end of the quiet hours). */
  readonly nextAt: number | undefined;
  readonly upcoming: readonly Reminder[];
}

/**
 * What to do at `now`, given the reminders already shown. A gap of days (browser closed) gives ONE
 * summary, not a burst; reminders due at the same tick show one by one only when there are at most two.
 */
export function planAt(schedule: readonly Reminder[], now: Date, shown: ReadonlySet<string>, zone: IndonesianZone, quiet: ReminderSettings['quiet']): Plan {
  const t = now.getTime();
  const today = todayIn(zone, now);
  const pending = schedule.filter((r) => !shown.has(r.id));
  const past = pending.filter((r) => r.fireAt <= t);
  const upcoming = pending.filter((r) => r.fireAt > t);
  const due = past.filter((r) => compareIso(today, r.window.end) <= 0);
  const stale = past.filter((r) => compareIso(today, r.window.end) > 0);
  const quietNow = inQuiet(t, zone, quiet);
  let delivery: Delivery | null = null;
  if (due.length > 0 && !quietNow) {
    const missed = due.filter((r) => r.fireAt < t - LATE_MS);
    if (due.length === 1 && missed.length === 1) delivery = { kind: 'single-late', reminder: due[0]! };
    else if (missed.length === 0 && due.length <= 2) delivery = { kind: 'each', reminders: due };
    else delivery = { kind: 'summary', reminders: due };
  }
  const candidates = upcoming.map((r) => r.fireAt);
  if (due.length > 0 && quietNow) candidates.push(outOfQuiet(t, zone, quiet));
  return { due, stale, delivery, nextAt: candidates.length ? Math.min(...candidates) : undefined, upcoming };
}

/** The calendar years whose reminders matter on `today`: last year's stragglers to next year's January. */
export function yearsAround(today: IsoDate): number[] {
  const y = Number(today.slice(0, 4));
  return [y - 1, y, y + 1];
}
