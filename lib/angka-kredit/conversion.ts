/**
 * Angka kredit for a year or part of one: AK = (bulan / 12) × persentase predikat × koefisien tahunan,
 * computed exactly, with the rule and the formula that produced it.
 */
import type { Predikat } from '@/lib/domain';
import { exact, mul, type Exact } from './exact';
import { formatAk, type NumberLocale } from './format';
import { akRulesFor, monthStart, type AkRuleSet, type GuruJenjang } from './rules';

export interface AkResult {
  readonly value: Exact;
  readonly months: number;
  readonly predikat: Predikat;
  readonly jenjang: GuruJenjang;
  readonly percent: number;
  readonly koefisien: Exact;
  readonly ruleId: string;
  readonly regulation: string;
}

/** Pure arithmetic under one rule set; callers validate months (1–12) first, and this refuses otherwise. */
export function akFor(rules: AkRuleSet, input: { predikat: Predikat; jenjang: GuruJenjang; months: number }): AkResult {
  const { predikat, jenjang, months } = input;
  if (!Number.isInteger(months) || months < 1 || months > 12) throw new RangeError('months must be 1–12');
  const percent = rules.percent[predikat];
  const koefisien = rules.koefisien[jenjang];
  const value = mul(mul(exact(months, 12), exact(percent, 100)), koefisien);
  return { value, months, predikat, jenjang, percent, koefisien, ruleId: rules.id, regulation: rules.regulation };
}

/** The same, with the rules in force in `year` (the first month worked). Undefined when no rule covers that year. */
export function akForYear(input: { year: number; predikat: Predikat; jenjang: GuruJenjang; months: number; firstMonth?: number }): AkResult | undefined {
  const rules = akRulesFor(monthStart(input.year, input.firstMonth ?? 1));
  return rules ? akFor(rules, input) : undefined;
}

/** "3/12 × 100% × 12,5 = 3,125" */
export function akFormula(r: AkResult, locale: NumberLocale = 'id'): string {
  return `${r.months}/12 × ${r.percent}% × ${formatAk(r.koefisien, locale)} = ${formatAk(r.value, locale)}`;
}
