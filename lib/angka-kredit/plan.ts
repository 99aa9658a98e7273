/**
 * The teacher's own numbers: the starting PAK and a history of years (or parts of years). zod checks the
 * shape; `checkPlan` refuses the impossible (a golongan outside its jenjang, months outside 1–12, more than
 * 12 months in a year, a negative or unreadable balance, a year before the rules or the start) with a code
 * the UI turns into Indonesian (lib/i18n/angka-kredit.ts), never zod's own English.
 */
import { z } from 'zod';
import { PredikatSchema } from '@/lib/domain';
import { fromDecimal, type Exact } from './exact';
import { akRulesFor, GOLONGAN, GURU_JENJANG, monthStart, type AkRuleSet, type Golongan, type GuruJenjang } from './rules';

export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
export const MAX_ENTRIES = 80;
/** A starting PAK above this is a typing error (Ahli Utama's last step needs 200). */
export const MAX_START_AK = 10_000;

export const HistoryEntrySchema = z.object({
  year: z.number().int(),
  months: z.number(),
  jenjang: z.enum(GURU_JENJANG),
  golongan: z.enum(GOLONGAN),
  predikat: PredikatSchema,
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const PlanSchema = z.object({
  start: z.object({
    year: z.number().int(),
    jenjang: z.enum(GURU_JENJANG),
    golongan: z.enum(GOLONGAN),
    /** As typed, with comma or dot ("12,125"): kept as text so it stays exact. */
    ak: z.string().max(20),
  }),
  entries: z.array(HistoryEntrySchema).max(MAX_ENTRIES),
  /** What the user ticked for the requirements the app cannot know. */
  checks: z.object({ formasi: z.boolean(), ujiKompetensi: z.boolean(), pengembanganProfesi: z.boolean() }),
});
export type Plan = z.infer<typeof PlanSchema>;

export function emptyPlan(year: number, jenjang: GuruJenjang = 'ahli-pertama'): Plan {
  const golongan = { 'ahli-pertama': 'III/a', 'ahli-muda': 'III/c', 'ahli-madya': 'IV/a', 'ahli-utama': 'IV/d' }[jenjang] as Golongan;
  return { start: { year, jenjang, golongan, ak: '0' }, entries: [], checks: { formasi: false, ujiKompetensi: false, pengembanganProfesi: false } };
}

export type ProblemCode =
  | 'shape' | 'golonganOutsideJenjang' | 'monthsOutOfRange' | 'tooManyMonthsInYear' | 'akNotANumber' | 'akNegative'
  | 'akTooLarge' | 'yearOutOfRange' | 'yearBeforeStart' | 'noRuleForYear';
export interface Problem { readonly code: ProblemCode; /** 'start' or 'entries.N' */ readonly where: string; readonly params?: Record<string, string | number> }

export interface CheckedPlan { readonly plan: Plan; readonly startAk: Exact; readonly entries: readonly (HistoryEntry & { index: number; rules: AkRuleSet })[] }
export type PlanCheck = { ok: true; value: CheckedPlan } | { ok: false; problems: Problem[] };

export function parseStartAk(text: string): { ok: true; value: Exact } | { ok: false; code: ProblemCode } {
  const value = fromDecimal(text.replace(/\s/g, '') || 'x');
  if (!value) return { ok: false, code: 'akNotANumber' };
  if (value.n < 0n) return { ok: false, code: 'akNegative' };
  if (value.n > BigInt(MAX_START_AK) * value.d) return { ok: false, code: 'akTooLarge' };
  return { ok: true, value };
}

const inJenjang = (rules: AkRuleSet | undefined, jenjang: GuruJenjang, golongan: Golongan) =>
  (rules?.golongan[jenjang] ?? []).includes(golongan);

/** Entries are taken in year order (entries of one year keep the order they were entered in). */
export function checkPlan(input: unknown): PlanCheck {
  const parsed = PlanSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: [{ code: 'shape', where: parsed.error.issues[0]?.path.join('.') ?? '' }] };
  const plan = parsed.data;
  const problems: Problem[] = [];
  const { start } = plan;
  const yearOk = (y: number) => y >= YEAR_MIN && y <= YEAR_MAX;
  if (!yearOk(start.year)) problems.push({ code: 'yearOutOfRange', where: 'start', params: { min: YEAR_MIN, max: YEAR_MAX } });
  const startRules = akRulesFor(monthStart(start.year, 1));
  if (yearOk(start.year) && !startRules) problems.push({ code: 'noRuleForYear', where: 'start', params: { year: start.year } });
  if (!inJenjang(startRules ?? akRulesFor('2100-01-01'), start.jenjang, start.golongan)) {
    problems.push({ code: 'golonganOutsideJenjang', where: 'start', params: { golongan: start.golongan } });
  }
  const ak = parseStartAk(start.ak);
  if (!ak.ok) problems.push({ code: ak.code, where: 'start', params: { max: MAX_START_AK } });

  const monthsPerYear = new Map<number, number>();
  const entries: CheckedPlan['entries'][number][] = [];
  plan.entries.forEach((entry, index) => {
    const where = `entries.${index}`;
    const before = problems.length;
    if (!yearOk(entry.year)) problems.push({ code: 'yearOutOfRange', where, params: { min: YEAR_MIN, max: YEAR_MAX } });
    else if (entry.year < start.year) problems.push({ code: 'yearBeforeStart', where, params: { year: start.year } });
    if (!Number.isInteger(entry.months) || entry.months < 1 || entry.months > 12) problems.push({ code: 'monthsOutOfRange', where });
    else {
      const total = (monthsPerYear.get(entry.year) ?? 0) + entry.months;
      monthsPerYear.set(entry.year, total);
      if (total > 12) problems.push({ code: 'tooManyMonthsInYear', where, params: { year: entry.year } });
    }
    const rules = yearOk(entry.year) ? akRulesFor(monthStart(entry.year, 1)) : undefined;
    if (yearOk(entry.year) && !rules) problems.push({ code: 'noRuleForYear', where, params: { year: entry.year } });
    if (!inJenjang(rules ?? startRules ?? akRulesFor('2100-01-01'), entry.jenjang, entry.golongan)) {
      problems.push({ code: 'golonganOutsideJenjang', where, params: { golongan: entry.golongan } });
    }
    if (problems.length === before && rules) entries.push({ ...entry, index, rules });
  });
  if (problems.length || !ak.ok) return { ok: false, problems };
  entries.sort((a, b) => a.year - b.year || a.index - b.index);
  return { ok: true, value: { plan, startAk: ak.value, entries } };
}
