import { describe, expect, it } from 'vitest';
import { expandPlaceholders, placeholderValues, unknownPlaceholders } from '@/lib/autofill/placeholders';

const ctx = { date: '2026-12-07', nama: 'Siti Aminah, S.Pd.', sekolah: 'SMP Negeri 1 Kupang', evidence: { name: 'Modul ajar IPA', url: 'https://drive.google.com/file/d/abc' } };

describe('placeholders', () => {
  it('expands dates with Indonesian month and day names, quarter in Roman numerals', () => {
    expect(expandPlaceholders('{hari}, {tanggal_panjang} ({tanggal}) · {bulan} {tahun} · triwulan {triwulan} · {bulan_angka}', ctx).text)
      .toBe('Senin, 7 Desember 2026 (2026-12-07) · Desember 2026 · triwulan IV · 12');
    expect(placeholderValues({ date: '2026-02-01' })).toMatchObject({ bulan: 'Februari', triwulan: 'I', hari: 'Minggu' });
    expect(placeholderValues({ date: '2026-07-15' })).toMatchObject({ bulan: 'Juli', triwulan: 'III' });
  });
  it('fills the name and the chosen evidence link; is case- and space-tolerant inside the braces', () => {
    const r = expandPlaceholders('{ NAMA } — {nama_bukti}: {link}', ctx);
    expect(r).toEqual({ text: 'Siti Aminah, S.Pd. — Modul ajar IPA: https://drive.google.com/file/d/abc', unknown: [], missing: [], ok: true });
  });
  it('reports an unknown placeholder instead of dropping it', () => {
    const r = expandPlaceholders('Modul {bulan} {tangal} {x y}', ctx);
    expect(r.ok).toBe(false);
    expect(r.unknown).toEqual(['{tangal}', '{x y}']);
    expect(r.text).toBe('Modul Desember {tangal} {x y}');
  });
  it('reports a known placeholder without data ({link} with no evidence chosen)', () => {
    const r = expandPlaceholders('{link}', { date: '2026-12-07' });
    expect(r).toMatchObject({ ok: false, missing: ['link'], unknown: [] });
  });
  it('an invalid date leaves the date placeholders missing, not wrong', () => {
    expect(expandPlaceholders('{bulan}', { date: '2026-13-01' }).missing).toEqual(['bulan']);
  });
  it('double braces are literal braces', () => {
    expect(expandPlaceholders('{{tahun}} = {tahun}', ctx).text).toBe('{tahun} = 2026');
  });
  it('unknownPlaceholders checks a template text when it is saved', () => {
    expect(unknownPlaceholders('{tanggal} {link} {bln}')).toEqual(['{bln}']);
  });
});
