import { describe, expect, it } from 'vitest';
import {
  AK_THRESHOLDS, GURU_GOLONGAN, KENAIKAN_JENJANG_REQUIREMENTS, KOEFISIEN_TAHUNAN, PAK_TAHUNAN_EARLIEST, PENGEMBANGAN_PROFESI_REQUIRED,
  PREDIKAT_LABEL, PREDIKAT_MATRIX, PREDIKAT_PERCENT, RatingSchema, akProgress, angkaKredit, checkDistribution, formatAngkaKredit, predikatFrom,
} from '@/lib/domain';

describe('predikat matrix (9 cells)', () => {
  it.each([
    ['di-atas-ekspektasi', 'di-bawah-ekspektasi', 'kurang'],
    ['di-atas-ekspektasi', 'sesuai-ekspektasi', 'baik'],
    ['di-atas-ekspektasi', 'di-atas-ekspektasi', 'sangat-baik'],
    ['sesuai-ekspektasi', 'di-bawah-ekspektasi', 'kurang'],
    ['sesuai-ekspektasi', 'sesuai-ekspektasi', 'baik'],
    ['sesuai-ekspektasi', 'di-atas-ekspektasi', 'baik'],
    ['di-bawah-ekspektasi', 'di-bawah-ekspektasi', 'sangat-kurang'],
    ['di-bawah-ekspektasi', 'sesuai-ekspektasi', 'butuh-perbaikan'],
    ['di-bawah-ekspektasi', 'di-atas-ekspektasi', 'butuh-perbaikan'],
  ] as const)('hasil kerja %s × perilaku %s = %s', (hk, pk, expected) => {
    expect(predikatFrom(hk, pk)).toBe(expected);
  });
  it('has exactly 9 cells and the platform labels', () => {
    expect(RatingSchema.options.flatMap((r) => Object.keys(PREDIKAT_MATRIX[r]))).toHaveLength(9);
    expect(PREDIKAT_LABEL.kurang).toBe('Kurang/Misconduct');
  });
});

describe('organisation predikat distribution', () => {
  it('Istimewa: at most 70% Sangat Baik', () => {
    expect(checkDistribution('istimewa', { 'sangat-baik': 7, baik: 3 }).status).toBe('sesuai');
    const r = checkDistribution('istimewa', { 'sangat-baik': 8, baik: 2 });
    expect(r.status).toBe('melanggar');
    expect(r.violations[0]!.message).toBe('Predikat Sangat Baik paling banyak 70% (sekarang 8 dari 10)');
  });
  it('Baik: at most 70% Baik and some Butuh Perbaikan or Kurang', () => {
    expect(checkDistribution('baik', { 'sangat-baik': 2, baik: 7, 'butuh-perbaikan': 1 }).status).toBe('sesuai');
    expect(checkDistribution('baik', { baik: 8, kurang: 2 }).status).toBe('melanggar');
    expect(checkDistribution('baik', { 'sangat-baik': 4, baik: 6 }).violations.map((v) => v.rule.kind)).toEqual(['min-count']);
  });
  it('Sangat Kurang: no Sangat Baik at all', () => {
    expect(checkDistribution('sangat-kurang', { 'sangat-baik': 1, baik: 20 }).status).toBe('melanggar');
    expect(checkDistribution('sangat-kurang', { baik: 20 }).status).toBe('sesuai');
  });
  it('unknown rules say so and every result is partial', () => {
    const r = checkDistribution('kurang', { baik: 3 });
    expect(r.status).toBe('tidak-diketahui');
    expect(r.partial).toBe(true);
  });
});

describe('angka kredit', () => {
  it('percentages and coefficients', () => {
    expect(PREDIKAT_PERCENT).toEqual({ 'sangat-baik': 150, baik: 100, 'butuh-perbaikan': 75, kurang: 50, 'sangat-kurang': 25 });
    expect(KOEFISIEN_TAHUNAN).toEqual({ 'ahli-utama': 50, 'ahli-madya': 37.5, 'ahli-muda': 25, 'ahli-pertama': 12.5, penyelia: 25, mahir: 12.5, terampil: 5, pemula: 3.75 });
  });
  it('BKN example: 2 months Baik Ahli Pertama = 2/12 × 100% × 12.5 = 2.083, shown as 2,08', () => {
    const ak = angkaKredit({ predikat: 'baik', jenjang: 'ahli-pertama', months: 2 });
    expect(ak).toBe(2.083);
    expect(formatAngkaKredit(ak)).toBe('2,08');
  });
  it('3 months Baik (Ahli Pertama) = 3.125', () => {
    expect(angkaKredit({ predikat: 'baik', jenjang: 'ahli-pertama', months: 3 })).toBe(3.125);
  });
  it('full-year examples: Ahli Pertama Sangat Baik 18.75, Guru Madya Baik 37.5', () => {
    expect(angkaKredit({ predikat: 'sangat-baik', jenjang: 'ahli-pertama', months: 12 })).toBe(18.75);
    expect(angkaKredit({ predikat: 'baik', jenjang: 'ahli-madya', months: 12 })).toBe(37.5);
  });
  it('refuses months outside 1–12', () => {
    expect(() => angkaKredit({ predikat: 'baik', jenjang: 'ahli-muda', months: 13 })).toThrow();
    expect(() => angkaKredit({ predikat: 'baik', jenjang: 'ahli-muda', months: 0 })).toThrow();
  });
  it('thresholds for kenaikan pangkat and jenjang', () => {
    expect(AK_THRESHOLDS).toEqual({
      'ahli-pertama': { pangkat: 50, jenjang: 100 }, 'ahli-muda': { pangkat: 100, jenjang: 200 }, 'ahli-madya': { pangkat: 150, jenjang: 450 },
      'ahli-utama': { pangkat: 200, jenjang: undefined }, terampil: { pangkat: 50, jenjang: 100 }, mahir: { pangkat: 20, jenjang: 60 },
      pemula: { pangkat: 15, jenjang: 15 }, penyelia: { pangkat: 100, jenjang: undefined },
    });
    expect(akProgress('ahli-pertama', 'pangkat', 37.5)).toEqual({ needed: 50, have: 37.5, remaining: 12.5, reached: false });
    expect(akProgress('ahli-utama', 'jenjang', 10)).toBeUndefined();
  });
  it('golongan, jenjang requirements, pengembangan profesi, PAK from 15 December', () => {
    expect(GURU_GOLONGAN['ahli-madya']).toEqual(['IV/a', 'IV/b', 'IV/c']);
    expect(GURU_GOLONGAN['ahli-utama']).toEqual(['IV/d', 'IV/e']);
    expect(KENAIKAN_JENJANG_REQUIREMENTS).toHaveLength(4);
    expect(PENGEMBANGAN_PROFESI_REQUIRED).toEqual(['penyelia', 'ahli-madya', 'ahli-utama']);
    expect(PAK_TAHUNAN_EARLIEST).toEqual({ month: 12, day: 15 });
  });
});
