/**
 * Queries over an effective calendar. All pure: the caller passes today's date (from `todayIn(zone, now)`),
 * so a test or a reminder alarm can ask about any day.
 */
import { applyOverrides, type CalendarOverride, type EffectiveCalendar, type EffectiveWindow } from './overrides';
import { regimeForYear } from './regimes';
import { stepWindowId, type Period, type Role, type Stage, type Step } from './schema';
import { compareIso, daysBetween, type IsoDate } from './time';

export type WindowState = 'belum-dibuka' | 'berjalan' | 'lewat';

/**
 * State of an inclusive window on a calendar date. Exactly one of the day counts is set:
 * daysUntilOpen ≥ 1 before opening; daysLeft ≥ 0 while open (0 = today is the last day); daysSinceClose ≥ 1 after.
 */
export type WindowStatus =
  | { state: 'belum-dibuka'; daysUntilOpen: number }
  | { state: 'berjalan'; daysLeft: number; dayNumber: number }
  | { state: 'lewat'; daysSinceClose: number };

export function windowStatus(range: { start: IsoDate; end: IsoDate }, today: IsoDate): WindowStatus {
  if (compareIso(today, range.start) < 0) return { state: 'belum-dibuka', daysUntilOpen: daysBetween(today, range.start) };
  if (compareIso(today, range.end) > 0) return { state: 'lewat', daysSinceClose: daysBetween(range.end, today) };
  return { state: 'berjalan', daysLeft: daysBetween(today, range.end), dayNumber: daysBetween(range.start, today) + 1 };
}

/** Display bucket: an open window with few days left becomes 'tinggal-n-hari'. */
export type DisplayBucket = 'belum-dibuka' | 'berjalan' | 'tinggal-n-hari' | 'lewat';

/** Windows with at most this many days left are shown as "tinggal N hari". */
export const SOON_DAYS = 14;

/**
 * Bucket and Indonesian label for a status. N in "Tinggal N hari lagi" is `daysLeft`: the number of days
 * until the last day, so on 28 Jan a window ending 31 Jan shows "Tinggal 3 hari lagi"; 30 Jan "Besok hari terakhir";
 * 31 Jan "Hari ini hari terakhir".
 */
export function displayStatus(status: WindowStatus, soonDays: number = SOON_DAYS): { bucket: DisplayBucket; label: string } {
  switch (status.state) {
    case 'belum-dibuka':
      return { bucket: 'belum-dibuka', label: status.daysUntilOpen === 1 ? 'Belum dibuka · dibuka besok' : `Belum dibuka · dibuka ${status.daysUntilOpen} hari lagi` };
    case 'lewat':
      return { bucket: 'lewat', label: 'Sudah lewat' };
    case 'berjalan':
      if (status.daysLeft > soonDays) return { bucket: 'berjalan', label: 'Berjalan' };
      if (status.daysLeft === 0) return { bucket: 'tinggal-n-hari', label: 'Hari ini hari terakhir' };
      if (status.daysLeft === 1) return { bucket: 'tinggal-n-hari', label: 'Besok hari terakhir' };
      return { bucket: 'tinggal-n-hari', label: `Tinggal ${status.daysLeft} hari lagi` };
  }
}

/** Official calendar of a year with the given overrides; undefined for years before 2024. */
export function calendarFor(year: number, overrides: readonly CalendarOverride[] = []): EffectiveCalendar | undefined {
  const regime = regimeForYear(year);
  return regime ? applyOverrides(regime, overrides.filter((o) => o.windowId.startsWith(String(year)))) : undefined;
}

export type StageAt = { period: Period; stage: Stage; window: EffectiveWindow; status: WindowStatus };
export type StepAt = { period: Period; stage: Stage; step: Step; window: EffectiveWindow; status: WindowStatus };

function windowById(calendar: EffectiveCalendar, id: string): EffectiveWindow {
  const w = calendar.windows.find((x) => x.id === id);
  if (!w) throw new Error(`Jadwal ${id} tidak ada di kalender ${calendar.year}`); // the consistency test rules this out
  return w;
}

/** Every stage of every period for a role, with its window and status, in calendar order. */
export function stagesFor(calendar: EffectiveCalendar, role: Role, today: IsoDate): StageAt[] {
  return calendar.regime.periods.flatMap((period) =>
    calendar.regime.tracks[role].map((stage) => {
      const window = windowById(calendar, stepWindowId(period.id, stage.id, {}, role));
      return { period, stage, window, status: windowStatus(window, today) };
    }),
  );
}

/** Every step of every period for a role, with the window it runs in. */
export function stepsFor(calendar: EffectiveCalendar, role: Role, today: IsoDate): StepAt[] {
  return calendar.regime.periods.flatMap((period) =>
    calendar.regime.tracks[role].flatMap((stage) =>
      stage.steps.map((step) => {
        const window = windowById(calendar, stepWindowId(period.id, stage.id, step, role));
        return { period, stage, step, window, status: windowStatus(window, today) };
      }),
    ),
  );
}

export type CurrentPosition = {
  /** The period containing today, if any. */
  period: Period | undefined;
  /** The open stage that started last (in 2024, February is pelaksanaan even while late planning stays open). */
  stage: StageAt | undefined;
  /** The open step of that stage with the most specific window (latest start), first in step order on a tie. */
  step: StepAt | undefined;
  openStages: StageAt[];
  openSteps: StepAt[];
  /** When nothing is open: the window that opens next. */
  nextOpening: StageAt | undefined;
};

export function currentPosition(calendar: EffectiveCalendar, role: Role, today: IsoDate): CurrentPosition {
  const stages = stagesFor(calendar, role, today);
  const openStages = stages.filter((s) => s.status.state === 'berjalan');
  const stage = openStages.reduce<StageAt | undefined>((best, s) => (!best || compareIso(s.window.start, best.window.start) >= 0 ? s : best), undefined);
  const openSteps = stepsFor(calendar, role, today).filter((s) => s.status.state === 'berjalan');
  const step = stage
    ? openSteps
        .filter((s) => s.period.id === stage.period.id && s.stage.id === stage.stage.id)
        .reduce<StepAt | undefined>((best, s) => (!best || compareIso(s.window.start, best.window.start) > 0 ? s : best), undefined)
    : undefined;
  const period = calendar.regime.periods.find((p) => compareIso(p.start, today) <= 0 && compareIso(today, p.end) <= 0);
  const nextOpening = stage
    ? undefined
    : stages.filter((s) => s.status.state === 'belum-dibuka').sort((a, b) => compareIso(a.window.start, b.window.start))[0];
  return { period, stage, step, openStages, openSteps, nextOpening };
}

export type Deadline = { window: EffectiveWindow; status: WindowStatus; display: { bucket: DisplayBucket; label: string } };

/**
 * Windows of a role that have not closed yet, soonest end first. Pass several calendars (this year and next)
 * so that late December already shows January. `bindingOnly` keeps official deadlines and drops recommended months.
 */
export function nextDeadlines(
  calendars: EffectiveCalendar | readonly EffectiveCalendar[],
  role: Role,
  today: IsoDate,
  options: { limit?: number; bindingOnly?: boolean } = {},
): Deadline[] {
  const list = Array.isArray(calendars) ? calendars : [calendars as EffectiveCalendar];
  return list
    .flatMap((c) => c.windows)
    .filter((w) => w.role === role && compareIso(w.end, today) >= 0 && (!options.bindingOnly || w.binding === 'batas'))
    .sort((a, b) => compareIso(a.end, b.end) || compareIso(a.start, b.start) || a.id.localeCompare(b.id))
    .slice(0, options.limit ?? 5)
    .map((window) => {
      const status = windowStatus(window, today);
      return { window, status, display: displayStatus(status) };
    });
}
