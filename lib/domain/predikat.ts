/**
 * Predikat kinerja (PermenPANRB 6/2022): the 3×3 matrix from rating hasil kerja and rating perilaku,
 * and the organisation predikat that caps how many of each predikat a school may give.
 */
import { z } from 'zod';
import { SOURCES as S } from './sources';

export const RatingSchema = z.enum(['di-atas-ekspektasi', 'sesuai-ekspektasi', 'di-bawah-ekspektasi']);
export type Rating = z.infer<typeof RatingSchema>;
export const RATING_LABEL: Readonly<Record<Rating, string>> = {
  'di-atas-ekspektasi': 'Di Atas Ekspektasi',
  'sesuai-ekspektasi': 'Sesuai Ekspektasi',
  'di-bawah-ekspektasi': 'Di Bawah Ekspektasi',
};

export const PredikatSchema = z.enum(['sangat-baik', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang']);
export type Predikat = z.infer<typeof PredikatSchema>;
export const PREDIKAT_LABEL: Readonly<Record<Predikat, string>> = {
  'sangat-baik': 'Sangat Baik',
  baik: 'Baik',
  'butuh-perbaikan': 'Butuh Perbaikan',
  kurang: 'Kurang/Misconduct',
  'sangat-kurang': 'Sangat Kurang',
};
/** Kepmendikdasmen 271/O/2025 names the middle level "cukup atau butuh perbaikan". */
export const PREDIKAT_ALIASES: Readonly<Partial<Record<Predikat, readonly string[]>>> = { 'butuh-perbaikan': ['Cukup'], kurang: ['Kurang', 'Misconduct'] };

/** Rows = rating hasil kerja, columns = rating perilaku kerja. */
export const PREDIKAT_MATRIX: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>> = {
  'di-atas-ekspektasi': { 'di-bawah-ekspektasi': 'kurang', 'sesuai-ekspektasi': 'baik', 'di-atas-ekspektasi': 'sangat-baik' },
  'sesuai-ekspektasi': { 'di-bawah-ekspektasi': 'kurang', 'sesuai-ekspektasi': 'baik', 'di-atas-ekspektasi': 'baik' },
  'di-bawah-ekspektasi': { 'di-bawah-ekspektasi': 'sangat-kurang', 'sesuai-ekspektasi': 'butuh-perbaikan', 'di-atas-ekspektasi': 'butuh-perbaikan' },
};
export const PREDIKAT_MATRIX_SOURCES = [S.kodePredikat, S.lampiranPermenpan6, S.setapak2026];

export function predikatFrom(hasilKerja: Rating, perilaku: Rating): Predikat {
  return PREDIKAT_MATRIX[hasilKerja][perilaku];
}

// ------------------------------------------------------------------ organisation predikat

export const OrganisationPredikatSchema = z.enum(['istimewa', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang']);
export type OrganisationPredikat = z.infer<typeof OrganisationPredikatSchema>;
export const ORGANISATION_PREDIKAT_LABEL: Readonly<Record<OrganisationPredikat, string>> = {
  istimewa: 'Istimewa', baik: 'Baik', 'butuh-perbaikan': 'Butuh Perbaikan', kurang: 'Kurang', 'sangat-kurang': 'Sangat Kurang',
};

/** A cap or floor on the predikat given inside one organisation. Shares are fractions of all pegawai rated. */
export type DistributionRule =
  | { kind: 'max-share'; predikat: readonly Predikat[]; maxShare: number; message: string }
  | { kind: 'min-count'; predikat: readonly Predikat[]; minCount: number; message: string };

/**
 * Only the examples domain.md confirms. For Butuh Perbaikan and Kurang no rule was found, and for the others
 * further caps may exist: the checker says so instead of passing silently.
 */
export const DISTRIBUTION_RULES: Readonly<Record<OrganisationPredikat, readonly DistributionRule[] | undefined>> = {
  istimewa: [{ kind: 'max-share', predikat: ['sangat-baik'], maxShare: 0.7, message: 'Predikat Sangat Baik paling banyak 70%' }],
  baik: [
    { kind: 'max-share', predikat: ['baik'], maxShare: 0.7, message: 'Predikat Baik paling banyak 70%' },
    { kind: 'min-count', predikat: ['butuh-perbaikan', 'kurang'], minCount: 1, message: 'Harus ada pegawai dengan predikat Butuh Perbaikan atau Kurang' },
  ],
  'butuh-perbaikan': undefined,
  kurang: undefined,
  'sangat-kurang': [{ kind: 'max-share', predikat: ['sangat-baik'], maxShare: 0, message: 'Tidak boleh ada predikat Sangat Baik' }],
};
export const DISTRIBUTION_SOURCES = [S.naikpangkat, S.lampiranPermenpan6];

export type DistributionCheck = {
  /** 'tidak-diketahui' = no confirmed rule for this organisation predikat. */
  status: 'sesuai' | 'melanggar' | 'tidak-diketahui';
  violations: { rule: DistributionRule; message: string }[];
  /** Always true: only the confirmed examples are checked; show "belum pasti" next to the result. */
  partial: true;
  note: string;
};

export function checkDistribution(organisation: OrganisationPredikat, counts: Partial<Record<Predikat, number>>): DistributionCheck {
  const rules = DISTRIBUTION_RULES[organisation];
  const note = 'Hanya contoh pola distribusi yang terkonfirmasi yang diperiksa; aturan lengkap ada di Lampiran PermenPANRB 6/2022.';
  if (!rules) return { status: 'tidak-diketahui', violations: [], partial: true, note };
  const total = PredikatSchema.options.reduce((sum, p) => sum + (counts[p] ?? 0), 0);
  const count = (ps: readonly Predikat[]) => ps.reduce((sum, p) => sum + (counts[p] ?? 0), 0);
  const violations = rules.flatMap((rule) => {
    const n = count(rule.predikat);
    // Integer comparison keeps 7 of 10 exactly at 70% without floating-point doubt.
    const broken = rule.kind === 'max-share' ? n * 100 > Math.round(rule.maxShare * 100) * total : total > 0 && n < rule.minCount;
    return broken ? [{ rule, message: `${rule.message} (sekarang ${n} dari ${total})` }] : [];
  });
  return { status: violations.length ? 'melanggar' : 'sesuai', violations, partial: true, note };
}
