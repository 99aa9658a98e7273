/**
 * The running balance from the starting PAK through the history, what the next kenaikan pangkat and jenjang need,
 * the other jenjang requirements as a checklist, and projections with one predikat held from now on.
 * All sums are exact (lib/angka-kredit/exact.ts); nothing is rounded until it is shown.
 */
import type { Predikat } from '@/lib/domain';
import { add, ceil, cmp, div, exact, max, mul, sub, ZERO, type Exact } from './exact';
import { akFor, type AkResult } from './conversion';
import type { CheckedPlan } from './plan';
import { akRulesFor, jenjangOf, monthStart, type AkRuleSet, type Golongan, type GolonganStep, type GuruJenjang } from './rules';

export interface LedgerRow {
  readonly index: number;
  readonly year: number;
  readonly golongan: Golongan;
  readonly ak: AkResult;
  /** The balance of the previous jenjang, set aside because this row starts a new jenjang (counting restarts at 0). */
  readonly jenjangChangedFrom?: { jenjang: GuruJenjang; balance: Exact };
  readonly balance: Exact;
}

export interface Ledger {
  readonly startAk: Exact;
  readonly rows: readonly LedgerRow[];
  readonly balance: Exact;
  readonly jenjang: GuruJenjang;
  readonly golongan: Golongan;
  /** Months recorded in the current jenjang, counting back to the last jenjang change. */
  readonly monthsInJenjang: number;
  readonly lastPredikat?: Predikat;
  /** The first month not covered by the history: where projections start. */
  readonly next: { year: number; month: number };
}

export function buildLedger(checked: CheckedPlan): Ledger {
  const { plan, startAk, entries } = checked;
  let balance = startAk;
  let jenjang: GuruJenjang = plan.start.jenjang;
  let golongan: Golongan = plan.start.golongan;
  let monthsInJenjang = 0;
  const monthsByYear = new Map<number, number>();
  const rows: LedgerRow[] = entries.map((e) => {
    const ak = akFor(e.rules, e);
    let jenjangChangedFrom: LedgerRow['jenjangChangedFrom'];
    if (e.jenjang !== jenjang) {
      if (e.rules.resetOnJenjangChange) { jenjangChangedFrom = { jenjang, balance }; balance = ZERO; }
      jenjang = e.jenjang;
      monthsInJenjang = 0;
    }
    balance = add(balance, ak.value);
    golongan = e.golongan;
    monthsInJenjang += e.months;
    monthsByYear.set(e.year, (monthsByYear.get(e.year) ?? 0) + e.months);
    return { index: e.index, year: e.year, golongan: e.golongan, ak, ...(jenjangChangedFrom ? { jenjangChangedFrom } : {}), balance };
  });
  const last = entries.at(-1);
  let next = { year: plan.start.year, month: 1 };
  if (last) {
    const used = monthsByYear.get(last.year) ?? 12;
    next = used >= 12 ? { year: last.year + 1, month: 1 } : { year: last.year, month: used + 1 };
  }
  return { startAk, rows, balance, jenjang, golongan, monthsInJenjang, ...(last ? { lastPredikat: last.predikat } : {}), next };
}

export interface Target {
  readonly step: GolonganStep;
  /** The jenjang of `step.to`. */
  readonly toJenjang: GuruJenjang;
  readonly needed: Exact;
  readonly have: Exact;
  readonly remaining: Exact;
  readonly reached: boolean;
  readonly ruleId: string;
  readonly regulation: string;
}

function target(rules: AkRuleSet, step: GolonganStep | null, have: Exact): Target | null {
  if (!step) return null;
  const remaining = max(ZERO, sub(step.needed, have));
  return { step, toJenjang: jenjangOf(rules, step.to)!, needed: step.needed, have, remaining, reached: cmp(remaining, ZERO) === 0, ruleId: rules.id, regulation: rules.regulation };
}

/** Next golongan (kenaikan pangkat) and next jenjang; they are the same step at the last golongan of a jenjang. */
export function nextTargets(ledger: Ledger, rules: AkRuleSet): { pangkat: Target | null; jenjang: Target | null } {
  const lastOfJenjang = rules.golongan[ledger.jenjang].at(-1)!;
  const jenjangStep = rules.steps[lastOfJenjang];
  return {
    pangkat: target(rules, rules.steps[ledger.golongan], ledger.balance),
    jenjang: jenjangStep?.kind === 'jenjang' ? target(rules, jenjangStep, ledger.balance) : null,
  };
}

export type CheckStatus = 'terpenuhi' | 'belum' | 'periksa';
export interface CheckItem { readonly id: 'ak' | 'masaJabatan' | 'predikat' | 'formasi' | 'ujiKompetensi' | 'pengembanganProfesi'; readonly status: CheckStatus }

/** Kenaikan jenjang: AK, at least 1 year in the jenjang, predikat at least Baik, formasi, uji kompetensi (and pengembangan profesi to Madya/Utama). */
export function jenjangChecklist(ledger: Ledger, rules: AkRuleSet, checks: CheckedPlan['plan']['checks']): CheckItem[] | null {
  const t = nextTargets(ledger, rules).jenjang;
  if (!t) return null;
  const own = (ticked: boolean): CheckStatus => (ticked ? 'terpenuhi' : 'periksa');
  const items: CheckItem[] = [
    { id: 'ak', status: t.reached ? 'terpenuhi' : 'belum' },
    { id: 'masaJabatan', status: ledger.monthsInJenjang >= 12 ? 'terpenuhi' : 'belum' },
    { id: 'predikat', status: ledger.lastPredikat === undefined ? 'periksa' : rules.jenjangMinPredikat.includes(ledger.lastPredikat) ? 'terpenuhi' : 'belum' },
    { id: 'formasi', status: own(checks.formasi) },
    { id: 'ujiKompetensi', status: own(checks.ujiKompetensi) },
  ];
  if (rules.pengembanganProfesi.includes(t.toJenjang)) items.push({ id: 'pengembanganProfesi', status: own(checks.pengembanganProfesi) });
  return items;
}

export interface ProjectionPoint {
  /** 0 when the balance already suffices. */
  readonly monthsNeeded: number;
  /** The month in which the total first reaches what is needed. */
  readonly year: number;
  readonly month: number;
  readonly total: Exact;
  readonly needed: Exact;
}
export interface Projection {
  readonly predikat: Predikat;
  readonly perYear: Exact;
  /** The full-year conversion behind perYear, for its formula. */
  readonly yearly: AkResult;
  readonly perMonth: Exact;
  readonly pangkat: ProjectionPoint | null;
  readonly jenjang: ProjectionPoint | null;
  readonly ruleId: string;
  readonly regulation: string;
}

/** Beyond this many months a projection is not meaningful (a working life). */
export const PROJECTION_LIMIT_MONTHS = 12 * 45;

function reachAt(ledger: Ledger, perMonth: Exact, needed: Exact): ProjectionPoint | null {
  const gap = sub(needed, ledger.balance);
  const months = cmp(gap, ZERO) <= 0 ? 0 : Number(ceil(div(gap, perMonth)));
  if (months > PROJECTION_LIMIT_MONTHS) return null;
  // Reached during month `months` counted from ledger.next (month 1 = ledger.next itself).
  const index = ledger.next.year * 12 + (ledger.next.month - 1) + Math.max(0, months - 1);
  const atMonth = months === 0 ? { year: ledger.next.year, month: ledger.next.month } : { year: Math.floor(index / 12), month: (index % 12) + 1 };
  return { monthsNeeded: months, ...atMonth, total: add(ledger.balance, mul(perMonth, exact(months))), needed };
}

/** With `predikat` every year from ledger.next on, in the same jenjang: when the AK suffices for the next pangkat and jenjang. */
export function project(ledger: Ledger, predikat: Predikat, rulesAt = akRulesFor): Projection | undefined {
  const rules = rulesAt(monthStart(ledger.next.year, ledger.next.month));
  if (!rules) return undefined;
  const yearly = akFor(rules, { predikat, jenjang: ledger.jenjang, months: 12 });
  const perYear = yearly.value;
  const perMonth = div(perYear, exact(12));
  const targets = nextTargets(ledger, rules);
  return {
    predikat, perYear, yearly, perMonth,
    pangkat: targets.pangkat ? reachAt(ledger, perMonth, targets.pangkat.needed) : null,
    jenjang: targets.jenjang ? reachAt(ledger, perMonth, targets.jenjang.needed) : null,
    ruleId: rules.id, regulation: rules.regulation,
  };
}
