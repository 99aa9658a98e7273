import type { CalendarWindow, Period, Regime } from '../schema';
import { SOURCES } from '../sources';
import { shiftYears, yearOf, type IsoDate } from '../time';
import { REGIME_2024 } from './2024';
import { REGIME_2025 } from './2025';
import { REGIME_2026 } from './2026';

export { UPLOAD_LIMITS_2024 } from './2024';

/** The years the ministry has described, oldest first. Add the next year's file here. */
export const OFFICIAL_REGIMES: readonly Regime[] = [REGIME_2024, REGIME_2025, REGIME_2026];

export const FIRST_YEAR = OFFICIAL_REGIMES[0]!.year;
export const LATEST_OFFICIAL_YEAR = OFFICIAL_REGIMES[OFFICIAL_REGIMES.length - 1]!.year;

export const UNOFFICIAL_NOTICE = 'Jadwal belum resmi';

const derivedCache = new Map<number, Regime>();

/**
 * The regime of a year. A year after the latest described one gets a copy of the latest regime moved to that year,
 * every window marked uncertain, `official: false` and a label the UI shows as "Jadwal belum resmi".
 * Years before 2024 (e-Kinerja directly) are not modelled: undefined.
 */
export function regimeForYear(year: number): Regime | undefined {
  const official = OFFICIAL_REGIMES.find((r) => r.year === year);
  if (official) return official;
  if (year < FIRST_YEAR || !Number.isInteger(year)) return undefined;
  let derived = derivedCache.get(year);
  if (!derived) {
    derived = deriveRegime(OFFICIAL_REGIMES[OFFICIAL_REGIMES.length - 1]!, year);
    derivedCache.set(year, derived);
  }
  return derived;
}

/** The regime whose calendar year contains `date`. */
export function regimeForDate(date: IsoDate): Regime | undefined {
  return regimeForYear(yearOf(date));
}

function deriveRegime(base: Regime, year: number): Regime {
  const delta = year - base.year;
  const movePeriodId = (id: string) => String(year) + id.slice(4);
  const reason = `${UNOFFICIAL_NOTICE}: disalin dari jadwal ${base.year} dan digeser ${delta} tahun. Perbarui bila kementerian menerbitkan jadwal ${year}.`;
  const uncertainSource = { ...SOURCES.inferensi, title: `Jadwal ${base.year} digeser ke ${year} (belum resmi)` };
  const periods: Period[] = base.periods.map((p) => ({
    ...p, id: movePeriodId(p.id), label: p.label.replace(String(base.year), String(year)),
    start: shiftYears(p.start, delta), end: shiftYears(p.end, delta),
    certainty: 'uncertain', sources: [uncertainSource, ...p.sources], note: reason,
  }));
  const windows: CalendarWindow[] = base.windows.map((w) => {
    const { extension: _dropped, ...rest } = w; // an extension was a one-off decision of that year
    return {
      ...rest, id: movePeriodId(w.id), periodId: movePeriodId(w.periodId),
      start: shiftYears(w.start, delta), end: shiftYears(w.end, delta),
      certainty: 'uncertain', sources: [uncertainSource, ...w.sources], note: w.note ? `${reason} ${w.note}` : reason,
    };
  });
  return {
    ...base,
    year,
    label: `Pengelolaan Kinerja ${year} (${UNOFFICIAL_NOTICE.toLowerCase()}, mengikuti pola ${base.year})`,
    official: false,
    basedOnYear: base.year,
    periods,
    windows,
  };
}
