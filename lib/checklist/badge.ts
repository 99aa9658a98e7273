/**
 * The running stage and its nearest deadline: the checklist views' countdown, and the toolbar badge
 * (lib/reminders) made of it. Days left in the nearest open window of the user's current stage,
 * coloured from calm to urgent; null when nothing is open. Pure.
 */
import { currentPosition, displayStatus, type EffectiveCalendar, type IsoDate, type Role, type StageId } from '@/lib/domain';
import { relevantWindows } from './items';

export interface Badge {
  readonly text: string;
  readonly color: string;
  readonly stageId: StageId;
  readonly daysLeft: number;
  readonly windowEnd: IsoDate;
  readonly windowLabel: string;
  /** The domain's label, e.g. 'Tinggal 3 hari lagi'. */
  readonly label: string;
  /** false when the last day counted to is not confirmed (single source, or copied from the year before). */
  readonly endCertain: boolean;
}

export const BADGE_COLORS = { calm: '#0b5cad', soon: '#a35a00', urgent: '#b42318' } as const;

export function badgeColor(daysLeft: number): string {
  if (daysLeft <= 3) return BADGE_COLORS.urgent;
  if (daysLeft <= 14) return BADGE_COLORS.soon;
  return BADGE_COLORS.calm;
}

export function badgeFor(calendar: EffectiveCalendar | undefined, role: Role, today: IsoDate): Badge | null {
  if (!calendar) return null;
  const pos = currentPosition(calendar, role, today);
  if (!pos.stage) return null;
  const relevant = new Set(relevantWindows(calendar, role).map((w) => w.id));
  const windows = pos.openSteps
    .filter((s) => s.period.id === pos.stage!.period.id && s.stage.id === pos.stage!.stage.id && relevant.has(s.window.id))
    .map((s) => s);
  const best = [...windows, pos.stage].reduce((a, b) => {
    const da = a.status.state === 'berjalan' ? a.status.daysLeft : Infinity;
    const db = b.status.state === 'berjalan' ? b.status.daysLeft : Infinity;
    return db < da ? b : a;
  });
  if (best.status.state !== 'berjalan') return null;
  const daysLeft = best.status.daysLeft;
  return {
    text: daysLeft === 0 ? '!' : daysLeft > 999 ? '999+' : String(daysLeft),
    color: badgeColor(daysLeft),
    stageId: pos.stage.stage.id,
    daysLeft,
    windowEnd: best.window.end,
    windowLabel: best.window.label,
    label: displayStatus(best.status).label,
    endCertain: best.window.endOrigin !== 'uncertain',
  };
}
