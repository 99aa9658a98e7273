/**
 * Checklists as data, derived from the lib/domain step tracks: one list per role, period and stage.
 * Pure: no storage, no browser. Progress (what is ticked) comes in as a map and goes out as counts.
 */
import {
  calendarFor, stepWindowId, stepsFor, stagesFor, windowStatus, type CalendarOverride, type EffectiveCalendar, type EffectiveWindow, type IsoDate,
  type Place, type Role, type StageId, type Step, type WindowStatus,
} from '@/lib/domain';
import { checklistStepMessages, type ChecklistStepKey } from '@/lib/i18n/checklist-steps';
import type { Locale } from '@/lib/i18n/define';
import { EKINERJA_HOST, RUANG_GTK_HOSTS } from '@/lib/sites/hosts';

/** self = the user does it; duty = a principal's task toward the teachers; wait = someone else does it, the user checks. */
export type ItemKind = 'self' | 'duty' | 'wait';

export interface ChecklistItem {
  readonly stepId: string;
  readonly stageId: StageId;
  readonly periodId: string;
  readonly kind: ItemKind;
  readonly optional: boolean;
  /** Words the site shows for this step (menu, heading or button), when known. */
  readonly siteLabel?: string;
  readonly place?: Place;
  readonly window: EffectiveWindow;
  readonly status: WindowStatus;
}

export interface ChecklistStage {
  readonly stageId: StageId;
  readonly periodId: string;
  readonly window: EffectiveWindow;
  readonly status: WindowStatus;
  readonly items: readonly ChecklistItem[];
}

export interface Checklist {
  readonly year: number;
  readonly periodId: string;
  readonly role: Role;
  readonly official: boolean;
  readonly stages: readonly ChecklistStage[];
}

export function itemKind(step: Step, role: Role): ItemKind {
  if (step.actor.who === role && step.actor.as === 'pegawai') return 'self';
  if (role === 'kepala-sekolah' && step.actor.who === 'kepala-sekolah') return 'duty';
  return 'wait';
}

/** The period of `year` the checklist is for: the requested one if it exists, else the one holding today, else the first. */
export function resolvePeriodId(year: number, periodId: string, today: IsoDate): string | undefined {
  const cal = calendarFor(year);
  if (!cal) return undefined;
  const periods = cal.regime.periods;
  return (periods.find((p) => p.id === periodId) ?? periods.find((p) => p.start <= today && today <= p.end) ?? periods[0])?.id;
}

export function checklistFor(input: { year: number; periodId: string; role: Role; today: IsoDate; overrides?: readonly CalendarOverride[] }): Checklist | undefined {
  const calendar = calendarFor(input.year, input.overrides ?? []);
  const periodId = resolvePeriodId(input.year, input.periodId, input.today);
  if (!calendar || !periodId) return undefined;
  const steps = stepsFor(calendar, input.role, input.today).filter((s) => s.period.id === periodId);
  const stages = stagesFor(calendar, input.role, input.today)
    .filter((s) => s.period.id === periodId)
    .map((s): ChecklistStage => ({
      stageId: s.stage.id,
      periodId,
      window: s.window,
      status: s.status,
      items: steps.filter((x) => x.stage.id === s.stage.id).map((x) => ({
        stepId: x.step.id,
        stageId: s.stage.id,
        periodId,
        kind: itemKind(x.step, input.role),
        optional: Boolean(x.step.optional),
        ...(x.step.siteLabel ? { siteLabel: x.step.siteLabel } : {}),
        ...(x.step.place ? { place: x.step.place } : {}),
        window: x.window,
        status: windowStatus(x.window, input.today),
      })),
    }));
  return { year: input.year, periodId, role: input.role, official: calendar.regime.official, stages };
}

// ------------------------------------------------------------------ words

const keyFor = (prefix: 't' | 'x', stepId: string, role: Role, year: number): ChecklistStepKey | undefined => {
  const table = checklistStepMessages.id as Record<string, string>;
  for (const k of [`${prefix}.${stepId}@${role}#${year}`, `${prefix}.${stepId}#${year}`, `${prefix}.${stepId}@${role}`, `${prefix}.${stepId}`]) {
    if (k in table) return k as ChecklistStepKey;
  }
  return undefined;
};

/** Title and one-line explanation of an item, in the user's language; undefined only for an unknown step id. */
export function itemText(stepId: string, role: Role, year: number, locale: Locale): { title: string; explain: string } | undefined {
  const t = keyFor('t', stepId, role, year);
  const x = keyFor('x', stepId, role, year);
  if (!t || !x) return undefined;
  const table = checklistStepMessages[locale] ?? checklistStepMessages.id;
  return { title: table[t], explain: table[x] };
}

/** A link to the place on the real site (the demo copies answer on the same hosts). */
export function placeUrl(place: Place): string {
  const host = place.site === 'ekinerja' ? EKINERJA_HOST : RUANG_GTK_HOSTS[0];
  return `https://${host}${place.path}`;
}

// ------------------------------------------------------------------ progress

export type ItemSource = 'manual' | 'auto';
export interface ItemProgress { readonly done: boolean; readonly source: ItemSource }
export type ProgressMap = Readonly<Record<string, ItemProgress | undefined>>;

export function isDone(progress: ProgressMap, item: Pick<ChecklistItem, 'stepId'>): boolean {
  return progress[item.stepId]?.done === true;
}

/** Counts required items (optional ones do not lower the share). */
export function stageProgress(stage: ChecklistStage, progress: ProgressMap): { done: number; total: number } {
  const required = stage.items.filter((i) => !i.optional);
  return { done: required.filter((i) => isDone(progress, i)).length, total: required.length };
}

/** Unticked items, in list order: the user's own first, then duties, then what they wait for. */
export function openItems(checklist: Checklist, progress: ProgressMap, stageId?: StageId): ChecklistItem[] {
  const order: Record<ItemKind, number> = { self: 0, duty: 1, wait: 2 };
  return checklist.stages
    .filter((s) => !stageId || s.stageId === stageId)
    .flatMap((s) => s.items.filter((i) => !isDone(progress, i) && !i.optional))
    .map((item, index) => ({ item, index }))
    .sort((a, b) => order[a.item.kind] - order[b.item.kind] || a.index - b.index)
    .map((x) => x.item);
}

/** Windows of the role that hold something the user does, plus every stage window. */
export function relevantWindows(calendar: EffectiveCalendar, role: Role): EffectiveWindow[] {
  const ids = new Set<string>();
  for (const period of calendar.regime.periods) {
    for (const stage of calendar.regime.tracks[role]) {
      ids.add(stepWindowId(period.id, stage.id, {}, role));
      for (const step of stage.steps) {
        if (itemKind(step, role) !== 'wait') ids.add(stepWindowId(period.id, stage.id, step, role));
      }
    }
  }
  return calendar.windows.filter((w) => w.role === role && ids.has(w.id));
}
