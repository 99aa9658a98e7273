/**
 * The checklist as every surface shows it (app, popup, overlay via the background): words in the user's
 * language, ticks merged in, the status of each stage window and the countdown. Pure and JSON-safe,
 * so the background can send it to the overlay frame as is.
 */
import {
  calendarFor, displayStatus, isUncertain, type CalendarOverride, type DateOrigin, type DisplayBucket, type IsoDate,
  type Role, type StageId, type WindowStatus,
} from '@/lib/domain';
import type { Locale } from '@/lib/i18n/define';
import { badgeFor } from './badge';
import { checklistFor, itemText, placeUrl, stageProgress, type ItemKind, type ItemSource, type ProgressMap } from './items';

export interface ItemView {
  readonly stepId: string;
  readonly stageId: StageId;
  readonly kind: ItemKind;
  readonly optional: boolean;
  readonly title: string;
  readonly explain: string;
  readonly done: boolean;
  readonly source?: ItemSource;
  readonly siteLabel?: string;
  readonly url?: string;
}

export interface StageView {
  readonly stageId: StageId;
  readonly periodId: string;
  readonly windowLabel: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly status: WindowStatus;
  readonly display: { bucket: DisplayBucket; label: string };
  readonly uncertain: boolean;
  readonly endOrigin: DateOrigin;
  readonly done: number;
  readonly total: number;
  readonly items: readonly ItemView[];
}

export interface ChecklistView {
  readonly year: number;
  readonly periodId: string;
  readonly role: Role;
  readonly today: IsoDate;
  readonly official: boolean;
  readonly stages: readonly StageView[];
  /** The running stage and its nearest deadline, when one is open. */
  readonly current: { stageId: StageId; daysLeft: number; label: string; end: IsoDate; windowLabel: string; endCertain: boolean } | null;
}

export function checklistView(input: {
  role: Role; year: number; periodId: string; locale: Locale; today: IsoDate;
  overrides: readonly CalendarOverride[]; progress: ProgressMap;
}): ChecklistView | null {
  const list = checklistFor(input);
  if (!list) return null;
  const stages = list.stages.map((s): StageView => {
    const { done, total } = stageProgress(s, input.progress);
    return {
      stageId: s.stageId, periodId: s.periodId, windowLabel: s.window.label, start: s.window.start, end: s.window.end,
      status: s.status, display: displayStatus(s.status), uncertain: isUncertain(s.window.certainty), endOrigin: s.window.endOrigin,
      done, total,
      items: s.items.map((i) => {
        const text = itemText(i.stepId, input.role, input.year, input.locale) ?? { title: i.stepId, explain: '' };
        const p = input.progress[i.stepId];
        return {
          stepId: i.stepId, stageId: i.stageId, kind: i.kind, optional: i.optional, title: text.title, explain: text.explain,
          done: p?.done === true, ...(p ? { source: p.source } : {}),
          ...(i.siteLabel ? { siteLabel: i.siteLabel } : {}), ...(i.place ? { url: placeUrl(i.place) } : {}),
        };
      }),
    };
  });
  const badge = badgeFor(calendarFor(input.year, input.overrides), input.role, input.today);
  return {
    year: input.year, periodId: list.periodId, role: input.role, today: input.today, official: list.official, stages,
    current: badge
      ? { stageId: badge.stageId, daysLeft: badge.daysLeft, label: badge.label, end: badge.windowEnd, windowLabel: badge.windowLabel, endCertain: badge.endCertain }
      : null,
  };
}

/** The stage a glance should show: the running one, else the next that has not passed, else the last. */
export function focusStage(view: ChecklistView): StageView {
  const id = view.current?.stageId ?? view.stages.find((s) => s.status.state !== 'lewat')?.stageId;
  return view.stages.find((s) => s.stageId === id) ?? view.stages.at(-1)!;
}

/** The next required steps of a stage, unticked: the teacher's own first, then duties, then waits. */
export function nextSteps(stage: StageView, count = 3): ItemView[] {
  const order: Record<ItemKind, number> = { self: 0, duty: 1, wait: 2 };
  return stage.items
    .map((item, i) => ({ item, i }))
    .filter(({ item }) => !item.done && !item.optional)
    .sort((a, b) => order[a.item.kind] - order[b.item.kind] || a.i - b.i)
    .slice(0, count)
    .map(({ item }) => item);
}
