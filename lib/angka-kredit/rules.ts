/**
 * The rules as dated entries. A new regulation is a new entry with its own `effectiveFrom`, never an edit of an
 * old one: a year is always computed with the rules in force in that year (`akRulesFor`, `predikatRulesFor`).
 * The numbers come from the domain model (lib/domain, /work/shared/domain.md §7 and §8).
 */
import {
  AK_THRESHOLD_SOURCES, AK_THRESHOLDS, GURU_GOLONGAN, KOEFISIEN_SOURCES, KOEFISIEN_TAHUNAN, PENGEMBANGAN_PROFESI_REQUIRED,
  PREDIKAT_MATRIX, PREDIKAT_MATRIX_SOURCES, PREDIKAT_PERCENT, PREDIKAT_PERCENT_SOURCES, SOURCES,
  type IsoDate, type Predikat, type Rating, type Source,
} from '@/lib/domain';
import { exact, fromDecimal, type Exact } from './exact';

/** The four jenjang of the guru (jabatan fungsional keahlian). */
export const GURU_JENJANG = ['ahli-pertama', 'ahli-muda', 'ahli-madya', 'ahli-utama'] as const;
export type GuruJenjang = (typeof GURU_JENJANG)[number];
export const GOLONGAN = ['III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e'] as const;
export type Golongan = (typeof GOLONGAN)[number];

/** What the next golongan needs: AK counted from the start of the jenjang (cumulative within it). */
export interface GolonganStep {
  readonly to: Golongan;
  /** 'jenjang' when the next golongan is in the next jenjang (kenaikan jenjang), else 'pangkat'. */
  readonly kind: 'pangkat' | 'jenjang';
  readonly needed: Exact;
}

export interface AkRuleSet {
  readonly id: string;
  readonly effectiveFrom: IsoDate;
  /** Proper names of the regulations, shown as they are in both languages. */
  readonly regulation: string;
  readonly percent: Readonly<Record<Predikat, number>>;
  readonly koefisien: Readonly<Record<GuruJenjang, Exact>>;
  readonly golongan: Readonly<Record<GuruJenjang, readonly Golongan[]>>;
  readonly steps: Readonly<Record<Golongan, GolonganStep | null>>;
  /** After kenaikan jenjang the count starts again from 0 (integrasi: III/a, III/c, IV/a, IV/d each start at 0). */
  readonly resetOnJenjangChange: boolean;
  /** Predikat that count as "paling rendah Baik" for kenaikan jenjang. */
  readonly jenjangMinPredikat: readonly Predikat[];
  readonly pengembanganProfesi: readonly GuruJenjang[];
  readonly sources: readonly Source[];
}

const dec = (x: number) => fromDecimal(x)!;
const koef = (j: GuruJenjang) => dec(KOEFISIEN_TAHUNAN[j]);
const pangkat = (j: GuruJenjang, steps: number) => exact(BigInt(AK_THRESHOLDS[j].pangkat * steps));
const jenjang = (j: GuruJenjang) => exact(BigInt(AK_THRESHOLDS[j].jenjang!));

export const AK_RULE_SETS: readonly AkRuleSet[] = [
  {
    id: 'permenpanrb-1-2023',
    // The integrasi/konversi model counts predikat from 2023 on; AK up to 2022 were integrated (DISPAKATI).
    effectiveFrom: '2023-01-01',
    regulation: 'PermenPANRB 1/2023; Peraturan BKN 3/2023',
    percent: PREDIKAT_PERCENT,
    koefisien: { 'ahli-pertama': koef('ahli-pertama'), 'ahli-muda': koef('ahli-muda'), 'ahli-madya': koef('ahli-madya'), 'ahli-utama': koef('ahli-utama') },
    golongan: {
      'ahli-pertama': GURU_GOLONGAN['ahli-pertama'] as Golongan[], 'ahli-muda': GURU_GOLONGAN['ahli-muda'] as Golongan[],
      'ahli-madya': GURU_GOLONGAN['ahli-madya'] as Golongan[], 'ahli-utama': GURU_GOLONGAN['ahli-utama'] as Golongan[],
    },
    // Cumulative per golongan (scribd 707496387): III/b 50, III/c 100, III/d 100, IV/a 200, IV/b 150, IV/c 300, IV/d 450, IV/e 200.
    steps: {
      'III/a': { to: 'III/b', kind: 'pangkat', needed: pangkat('ahli-pertama', 1) },
      'III/b': { to: 'III/c', kind: 'jenjang', needed: jenjang('ahli-pertama') },
      'III/c': { to: 'III/d', kind: 'pangkat', needed: pangkat('ahli-muda', 1) },
      'III/d': { to: 'IV/a', kind: 'jenjang', needed: jenjang('ahli-muda') },
      'IV/a': { to: 'IV/b', kind: 'pangkat', needed: pangkat('ahli-madya', 1) },
      'IV/b': { to: 'IV/c', kind: 'pangkat', needed: pangkat('ahli-madya', 2) },
      'IV/c': { to: 'IV/d', kind: 'jenjang', needed: jenjang('ahli-madya') },
      'IV/d': { to: 'IV/e', kind: 'pangkat', needed: pangkat('ahli-utama', 1) },
      'IV/e': null,
    },
    resetOnJenjangChange: true,
    jenjangMinPredikat: ['sangat-baik', 'baik'],
    pengembanganProfesi: PENGEMBANGAN_PROFESI_REQUIRED.filter((j): j is GuruJenjang => (GURU_JENJANG as readonly string[]).includes(j)),
    sources: [...PREDIKAT_PERCENT_SOURCES, ...KOEFISIEN_SOURCES, ...AK_THRESHOLD_SOURCES, SOURCES.fliphtmlPerBkn, SOURCES.merdekabelajar],
  },
];

export interface PredikatRuleSet {
  readonly id: string;
  readonly effectiveFrom: IsoDate;
  readonly regulation: string;
  readonly matrix: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>>;
  readonly sources: readonly Source[];
}

export const PREDIKAT_RULE_SETS: readonly PredikatRuleSet[] = [
  { id: 'permenpanrb-6-2022', effectiveFrom: '2023-01-01', regulation: 'PermenPANRB 6/2022', matrix: PREDIKAT_MATRIX, sources: PREDIKAT_MATRIX_SOURCES },
];

/** The entry in force on `date`: the latest whose effectiveFrom is not after it; undefined before the first. */
export function inForce<T extends { effectiveFrom: IsoDate }>(sets: readonly T[], date: IsoDate): T | undefined {
  return [...sets].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1)).filter((s) => s.effectiveFrom <= date).pop();
}
export const akRulesFor = (date: IsoDate, sets: readonly AkRuleSet[] = AK_RULE_SETS) => inForce(sets, date);
export const predikatRulesFor = (date: IsoDate, sets: readonly PredikatRuleSet[] = PREDIKAT_RULE_SETS) => inForce(sets, date);

export const monthStart = (year: number, month: number): IsoDate => `${year}-${String(month).padStart(2, '0')}-01` as IsoDate;
export const jenjangOf = (rules: AkRuleSet, g: Golongan): GuruJenjang | undefined =>
  GURU_JENJANG.find((j) => rules.golongan[j].includes(g));
