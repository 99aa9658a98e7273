/**
 * The periods a year is split into, for the settings form. 2024 had two (Jan–Jun, Jul–Dec);
 * since 2025 the cycle is annual. Period ids follow lib/domain ('2024-1', '2025').
 */
export interface PeriodOption {
  readonly id: string;
  readonly kind: 'annual' | 'first' | 'second';
}

const TWO_PERIOD_YEARS = new Set([2024]);

export function periodOptions(year: number): PeriodOption[] {
  if (TWO_PERIOD_YEARS.has(year)) return [{ id: `${year}-1`, kind: 'first' }, { id: `${year}-2`, kind: 'second' }];
  return [{ id: String(year), kind: 'annual' }];
}

export function selectableYears(today: Date): number[] {
  const last = Math.max(2026, today.getFullYear() + 1);
  const years: number[] = [];
  for (let y = 2024; y <= last; y++) years.push(y);
  return years;
}
