/**
 * For the kepala sekolah: the teachers' predikat against the organisation predikat's pola distribusi
 * (domain.md §4, lib/domain DISTRIBUTION_RULES), each limit with its count, its share and whether it is exceeded.
 * Only the confirmed examples exist as rules; for the other organisation predikat the check says it cannot tell.
 */
import { z } from 'zod';
import {
  DISTRIBUTION_RULES, OrganisationPredikatSchema, PREDIKAT_ALIASES, PREDIKAT_LABEL, PredikatSchema,
  type DistributionRule, type OrganisationPredikat, type Predikat,
} from '@/lib/domain';
import { exact, type Exact } from './exact';

export const DISTRIBUTION_REGULATION = 'PermenPANRB 6/2022 (Lampiran, pola distribusi)';
export const MAX_TEACHERS = 500;

export const TeacherSchema = z.object({ name: z.string().trim().max(120), predikat: PredikatSchema });
export type Teacher = z.infer<typeof TeacherSchema>;
export const PrincipalSchema = z.object({ organisasi: OrganisationPredikatSchema, teachers: z.array(TeacherSchema).max(MAX_TEACHERS) });
export type PrincipalData = z.infer<typeof PrincipalSchema>;

export interface LimitResult {
  readonly rule: DistributionRule;
  readonly count: number;
  readonly total: number;
  /** count / total, exact (0 when nobody is listed). */
  readonly share: Exact;
  readonly exceeded: boolean;
}
export interface DistributionResult {
  readonly organisasi: OrganisationPredikat;
  readonly known: boolean;
  readonly counts: Readonly<Record<Predikat, number>>;
  readonly total: number;
  readonly limits: readonly LimitResult[];
  readonly exceeded: boolean;
  readonly regulation: string;
}

export function countPredikat(teachers: readonly Pick<Teacher, 'predikat'>[]): Record<Predikat, number> {
  const counts = Object.fromEntries(PredikatSchema.options.map((p) => [p, 0])) as Record<Predikat, number>;
  for (const t of teachers) counts[t.predikat] += 1;
  return counts;
}

export function checkTeachers(organisasi: OrganisationPredikat, teachers: readonly Pick<Teacher, 'predikat'>[]): DistributionResult {
  const counts = countPredikat(teachers);
  const total = teachers.length;
  const rules = DISTRIBUTION_RULES[organisasi];
  const limits = (rules ?? []).map((rule): LimitResult => {
    const count = rule.predikat.reduce((s, p) => s + counts[p], 0);
    // Integer comparison: 7 of 10 is exactly 70%, not over it.
    const exceeded = rule.kind === 'max-share'
      ? count * 100 > Math.round(rule.maxShare * 100) * total
      : total > 0 && count < rule.minCount;
    return { rule, count, total, share: total ? exact(count, total) : exact(0), exceeded };
  });
  return { organisasi, known: rules !== undefined, counts, total, limits, exceeded: limits.some((l) => l.exceeded), regulation: DISTRIBUTION_REGULATION };
}

/** Predikat by the words teachers and the platforms use ("Cukup", "Misconduct" included), case and spaces ignored. */
export function predikatFromLabel(label: string): Predikat | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
  const wanted = norm(label);
  if (!wanted) return undefined;
  return PredikatSchema.options.find((p) => [p, PREDIKAT_LABEL[p], ...(PREDIKAT_ALIASES[p] ?? [])].some((l) => norm(l) === wanted));
}

export type ImportLine = { ok: true; teacher: Teacher } | { ok: false; line: number; text: string };

/** A pasted list, one teacher a line: "Nama<Tab or ; or ,>Predikat" (a spreadsheet copy gives tabs). Blank lines are skipped. */
export function parseTeacherList(text: string): { teachers: Teacher[]; rejected: { line: number; text: string }[] } {
  const teachers: Teacher[] = [];
  const rejected: { line: number; text: string }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const cut = Math.max(line.lastIndexOf('\t'), line.lastIndexOf(';'), line.lastIndexOf(','));
    const predikat = cut > 0 ? predikatFromLabel(line.slice(cut + 1)) : undefined;
    const name = cut > 0 ? line.slice(0, cut).trim() : '';
    const parsed = TeacherSchema.safeParse({ name, predikat });
    if (parsed.success && name) teachers.push(parsed.data);
    else rejected.push({ line: i + 1, text: line.slice(0, 80) });
  });
  return { teachers, rejected };
}
