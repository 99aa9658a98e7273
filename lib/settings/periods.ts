/**
 * The periods a year is split into, for the settings form, read from lib/domain's regimes (2024 had two,
 * Jan–Jun and Jul–Dec; since 2025 the cycle is annual). Period ids follow lib/domain ('2024-1', '2025').
 */
import { regimeForYear } from '@/lib/domain';

export interface PeriodOption {
  readonly id: string;
  readonly kind: 'annual' | 'first' | 'second';
}

export function periodOptions(year: number): PeriodOption[] {
  const periods = regimeForYear(year)?.periods ?? [{ id: String(year) }];
  if (periods.length === 1) return [{ id: periods[0]!.id, kind: 'annual' }];
  return periods.map((p, i) => ({ id: p.id, kind: i === 0 ? 'first' : 'second' }));
}

export function selectableYears(today: Date): number[] {
  const last = Math.max(2026, today.getFullYear() + 1);
  const years: number[] = [];
  for (let y = 2024; y <= last; y++) years.push(y);
  return years;
}
