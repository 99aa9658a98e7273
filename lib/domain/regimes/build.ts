import { stageWindowId, subWindowId, type CalendarWindow, type Role, type StageId } from '../schema';
import type { Certainty, Source } from '../sources';
import type { IsoDate } from '../time';

type WindowSpec = {
  periodId: string;
  stageId: StageId;
  slug?: string;
  label: string;
  start: IsoDate;
  end: IsoDate;
  binding: CalendarWindow['binding'];
  certainty: Certainty;
  sources: Source[];
  note?: string;
  extension?: CalendarWindow['extension'];
};

/** One window per role; most windows are the same for guru and kepala sekolah, so the data lists them once. */
export function windowFor(role: Role, spec: WindowSpec): CalendarWindow {
  const { slug, ...rest } = spec;
  const id = slug ? subWindowId(spec.periodId, spec.stageId, slug, role) : stageWindowId(spec.periodId, spec.stageId, role);
  return { id, role, ...(slug ? { slug } : {}), ...rest };
}

export function windowsForBoth(spec: WindowSpec): CalendarWindow[] {
  return [windowFor('guru', spec), windowFor('kepala-sekolah', spec)];
}
