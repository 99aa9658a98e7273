import { SOON_DAYS, type WindowStatus } from '@/lib/domain';
import type { Translate } from '@/lib/i18n/define';
import type { PlannerMessageKey } from '@/lib/i18n/planner';
import type { ChecklistView } from '@/lib/checklist/view';

/** The words of lib/domain displayStatus, in the user's language (the domain's labels are Indonesian only). */
export function statusLabel(t: Translate<PlannerMessageKey>, status: WindowStatus): string {
  switch (status.state) {
    case 'belum-dibuka': return status.daysUntilOpen === 1 ? t('status.opensTomorrow') : t('status.opensIn', { n: status.daysUntilOpen });
    case 'lewat': return t('status.closed');
    case 'berjalan':
      if (status.daysLeft > SOON_DAYS) return t('status.running');
      if (status.daysLeft === 0) return t('status.todayLast');
      if (status.daysLeft === 1) return t('status.tomorrowLast');
      return t('status.left', { n: status.daysLeft });
  }
}

/** "Sisa 45 hari" while the end is far, "Tinggal 3 hari lagi" / "Hari ini hari terakhir" when near. */
export function countdownLabel(t: Translate<PlannerMessageKey>, current: NonNullable<ChecklistView['current']>): string {
  return current.daysLeft > SOON_DAYS ? t('daysLeft', { n: current.daysLeft }) : statusLabel(t, { state: 'berjalan', daysLeft: current.daysLeft, dayNumber: 1 });
}

export { formatDate } from '@/lib/i18n/dates';
