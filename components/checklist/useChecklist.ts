import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { useProfile } from '@/components/useProfile';
import { useNow } from '@/components/useNow';
import { getDb } from '@/lib/db/database';
import { resolvePeriodId, type ProgressMap } from '@/lib/checklist/items';
import { setItemDone } from '@/lib/checklist/store';
import { checklistView, type ChecklistView, type ItemView } from '@/lib/checklist/view';
import { loadOverrides } from '@/lib/calendar/overrides-store';
import { todayIn, type CalendarOverride, type IsoDate } from '@/lib/domain';
import type { Profile } from '@/lib/settings/profile';

export interface ChecklistState {
  readonly loading: boolean;
  readonly saved: boolean;
  readonly profile: Profile;
  readonly today: IsoDate | null;
  readonly now: Date | null;
  readonly overrides: readonly CalendarOverride[];
  readonly view: ChecklistView | null;
  toggle(item: ItemView, done: boolean): Promise<void>;
}

/** The live checklist for extension pages that share the database (app, popup). The overlay asks the background. */
export function useChecklist(): ChecklistState {
  const { profile, saved, loading } = useProfile();
  const now = useNow();
  const today = now ? todayIn(profile.timeZone, now) : null;
  const periodId = today ? resolvePeriodId(profile.year, profile.periodId, today) ?? profile.periodId : profile.periodId;
  const overrides = useLiveQuery(() => loadOverrides(getDb()), [], null);
  const rows = useLiveQuery(() => getDb().checklist.where('[periodId+role]').equals([periodId, profile.role]).toArray(), [periodId, profile.role], null);
  const progress: ProgressMap = Object.fromEntries((rows ?? []).map((r) => [r.stepId, { done: r.done, source: r.source }]));
  const ready = !loading && now !== null && overrides !== null && rows !== null;
  const view = ready && today ? checklistView({ ...profile, periodId, today, overrides: overrides ?? [], progress }) : null;
  return {
    loading: !ready, saved, profile, today, now, overrides: overrides ?? [], view,
    toggle: (item, done) => setItemDone(getDb(), browser.storage.local, { periodId, role: profile.role, stageId: item.stageId, stepId: item.stepId }, done),
  };
}
