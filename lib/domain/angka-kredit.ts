/**
 * Angka kredit (PermenPANRB 1/2023, Peraturan BKN 3/2023): AK = (bulan/12) × persentase predikat × koefisien tahunan.
 */
import { z } from 'zod';
import type { Predikat } from './predikat';
import { SOURCES as S } from './sources';

export const JenjangSchema = z.enum(['ahli-pertama', 'ahli-muda', 'ahli-madya', 'ahli-utama', 'pemula', 'terampil', 'mahir', 'penyelia']);
export type Jenjang = z.infer<typeof JenjangSchema>;
export const JENJANG_LABEL: Readonly<Record<Jenjang, string>> = {
  'ahli-pertama': 'Ahli Pertama', 'ahli-muda': 'Ahli Muda', 'ahli-madya': 'Ahli Madya', 'ahli-utama': 'Ahli Utama',
  pemula: 'Pemula', terampil: 'Terampil', mahir: 'Mahir', penyelia: 'Penyelia',
};

/** Percentage of the annual coefficient per predikat. */
export const PREDIKAT_PERCENT: Readonly<Record<Predikat, number>> = {
  'sangat-baik': 150, baik: 100, 'butuh-perbaikan': 75, kurang: 50, 'sangat-kurang': 25,
};
export const PREDIKAT_PERCENT_SOURCES = [S.bknSlides, S.scribd707496387, S.kompasianaErni];

export const KOEFISIEN_TAHUNAN: Readonly<Record<Jenjang, number>> = {
  'ahli-utama': 50, 'ahli-madya': 37.5, 'ahli-muda': 25, 'ahli-pertama': 12.5,
  penyelia: 25, mahir: 12.5, terampil: 5, pemula: 3.75,
};
export const KOEFISIEN_SOURCES = [S.catatanKp2024, S.driversimple, S.fliphtmlPerBkn, S.scribd707496387];
export const KOEFISIEN_NOTE = 'Tidak ditemukan perubahan koefisien pada 2024; nilai ini yang dipakai dokumen kenaikan pangkat 2024.';

/** Guru jenjang ↔ golongan. */
export const GURU_GOLONGAN: Readonly<Partial<Record<Jenjang, readonly string[]>>> = {
  'ahli-pertama': ['III/a', 'III/b'], 'ahli-muda': ['III/c', 'III/d'], 'ahli-madya': ['IV/a', 'IV/b', 'IV/c'], 'ahli-utama': ['IV/d', 'IV/e'],
};

export const AngkaKreditInputSchema = z.object({
  predikat: z.enum(['sangat-baik', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang']),
  jenjang: JenjangSchema,
  months: z.number().int().min(1, 'Paling sedikit 1 bulan').max(12, 'Paling banyak 12 bulan'),
});
export type AngkaKreditInput = z.infer<typeof AngkaKreditInputSchema>;

function round3(x: number): number {
  return Math.round((x + Number.EPSILON) * 1000) / 1000;
}

/** AK for `months` of work at one predikat, rounded to 3 decimals (2 months Baik Ahli Pertama = 2.083). */
export function angkaKredit(input: AngkaKreditInput): number {
  const { predikat, jenjang, months } = AngkaKreditInputSchema.parse(input);
  return round3((months / 12) * (PREDIKAT_PERCENT[predikat] / 100) * KOEFISIEN_TAHUNAN[jenjang]);
}

/** Indonesian display with a decimal comma; BKN shows 2 decimals (2.083 → "2,08"). */
export function formatAngkaKredit(value: number, decimals = 2): string {
  return value.toLocaleString('id-ID', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** AK needed for kenaikan pangkat (next golongan) and kenaikan jenjang; undefined where there is no next jenjang. */
export const AK_THRESHOLDS: Readonly<Record<Jenjang, { pangkat: number; jenjang: number | undefined }>> = {
  'ahli-pertama': { pangkat: 50, jenjang: 100 },
  'ahli-muda': { pangkat: 100, jenjang: 200 },
  'ahli-madya': { pangkat: 150, jenjang: 450 },
  'ahli-utama': { pangkat: 200, jenjang: undefined },
  terampil: { pangkat: 50, jenjang: 100 },
  mahir: { pangkat: 20, jenjang: 60 },
  pemula: { pangkat: 15, jenjang: 15 },
  penyelia: { pangkat: 100, jenjang: undefined },
};
export const AK_THRESHOLD_SOURCES = [S.penyesuaianAk, S.widarma, S.scribd707496387];

/** Besides the AK, kenaikan jenjang requires these. */
export const KENAIKAN_JENJANG_REQUIREMENTS = [
  'Paling singkat 1 tahun dalam jenjang sekarang',
  'Predikat kinerja paling rendah Baik',
  'Tersedia formasi/lowongan',
  'Lulus uji kompetensi',
] as const;
/** Pengembangan profesi is an extra requirement only for these jenjang. */
export const PENGEMBANGAN_PROFESI_REQUIRED: readonly Jenjang[] = ['penyelia', 'ahli-madya', 'ahli-utama'];

/** PAK tahunan (konversi) may be set no earlier than 15 December of the year. */
export const PAK_TAHUNAN_EARLIEST = { month: 12, day: 15 } as const;
export const PAK_SOURCES = [S.catatanKp2024, S.merdekabelajar];

export type AkProgress = { needed: number; have: number; remaining: number; reached: boolean };

/** How far an accumulated AK is from the threshold for pangkat or jenjang. */
export function akProgress(jenjang: Jenjang, target: 'pangkat' | 'jenjang', accumulated: number): AkProgress | undefined {
  const needed = AK_THRESHOLDS[jenjang][target];
  if (needed === undefined) return undefined;
  const remaining = round3(Math.max(0, needed - accumulated));
  return { needed, have: accumulated, remaining, reached: remaining === 0 };
}
