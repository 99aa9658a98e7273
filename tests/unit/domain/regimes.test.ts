import { describe, expect, it } from 'vitest';
import {
  OFFICIAL_REGIMES, REGIME_2024, REGIME_2025, REGIME_2026, RegimeSchema, UNOFFICIAL_NOTICE, UPLOAD_LIMITS_2024,
  regimeForDate, regimeForYear, regimeProblems, stageWindowId, subWindowId, ROLES, type Regime, type Role,
} from '@/lib/domain';

const win = (r: Regime, id: string) => {
  const w = r.windows.find((x) => x.id === id);
  if (!w) throw new Error(`no window ${id}`);
  return w;
};
const stepIds = (r: Regime, role: Role, stage: number) => r.tracks[role][stage]!.steps.map((s) => s.id);

describe('every regime is valid and consistent', () => {
  const years = [2024, 2025, 2026, 2027, 2028, 2031];
  it.each(years)('%i parses with RegimeSchema and has no structural problems', (year) => {
    const regime = regimeForYear(year)!;
    expect(RegimeSchema.safeParse(regime).success).toBe(true);
    expect(regimeProblems(regime)).toEqual([]);
  });

  it('each step sits in exactly one stage and every step window exists (negative case)', () => {
    const broken: Regime = structuredClone(REGIME_2025);
    broken.tracks.guru[1]!.steps.push({ ...broken.tracks.guru[0]!.steps[0]! });
    broken.tracks.guru[2]!.steps.push({ ...broken.tracks.guru[2]!.steps[0]!, id: 'x-baru', window: 'tidak-ada' });
    const problems = regimeProblems(broken);
    expect(problems.some((p) => p.includes('lebih dari satu tempat: data-diri'))).toBe(true);
    expect(problems.some((p) => p.includes('2025/penilaian/tidak-ada/guru'))).toBe(true);
  });

  it('detects overlapping sub-windows where the rules say sequence, and planning overlapping pelaksanaan', () => {
    const broken: Regime = structuredClone(REGIME_2026);
    win(broken, '2026/perencanaan/pengajuan/guru').end = '2026-01-25';
    win(broken, '2026/perencanaan/guru').end = '2026-02-05';
    const problems = regimeProblems(broken);
    expect(problems.some((p) => p.includes('tumpang tindih'))).toBe(true);
    expect(problems.some((p) => p.includes('mulai sebelum perencanaan selesai'))).toBe(true);
  });

  it('uncertain windows carry a reason', () => {
    for (const r of OFFICIAL_REGIMES) for (const w of r.windows) if (w.certainty !== 'confirmed') expect(w.note, w.id).toBeTruthy();
  });

  it('window ids follow period/stage[/slug]/role and are unique', () => {
    for (const r of OFFICIAL_REGIMES) {
      const ids = r.windows.map((w) => w.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const w of r.windows) expect(w.id).toBe(w.slug ? subWindowId(w.periodId, w.stageId, w.slug, w.role) : stageWindowId(w.periodId, w.stageId, w.role));
    }
  });
});

describe('2024 (PMM, two periods)', () => {
  it('has the two periods Jan–Jun and Jul–Dec', () => {
    expect(REGIME_2024.periods.map((p) => [p.id, p.start, p.end])).toEqual([
      ['2024-1', '2024-01-01', '2024-06-30'],
      ['2024-2', '2024-07-01', '2024-12-31'],
    ]);
  });
  it('teachers plan from 1 Jan, principals from 15 Jan; 31 Jan extended to 31 Mar 2024', () => {
    const g = win(REGIME_2024, '2024-1/perencanaan/guru');
    const k = win(REGIME_2024, '2024-1/perencanaan/kepala-sekolah');
    expect([g.start, g.end, g.extension?.originalEnd, g.certainty]).toEqual(['2024-01-01', '2024-03-31', '2024-01-31', 'confirmed']);
    expect([k.start, k.end, k.extension?.originalEnd]).toEqual(['2024-01-15', '2024-03-31', '2024-01-31']);
  });
  it('Period I linimasa: Feb persiapan, Mar observasi + diskusi, Apr–May tindak lanjut, Jun refleksi and penilaian (30 Juni wajib tuntas)', () => {
    const dates = (slug: string) => { const w = win(REGIME_2024, subWindowId('2024-1', 'pelaksanaan', slug, 'guru')); return [w.start, w.end]; };
    expect(dates('persiapan')).toEqual(['2024-02-01', '2024-02-29']);
    expect(dates('observasi')).toEqual(['2024-03-01', '2024-03-31']);
    expect(dates('tindak-lanjut')).toEqual(['2024-04-01', '2024-05-31']);
    expect(dates('refleksi')).toEqual(['2024-06-01', '2024-06-30']);
    expect(dates('penilaian-tengah')).toEqual(['2024-04-01', '2024-04-30']);
    const p = win(REGIME_2024, '2024-1/penilaian/guru');
    expect([p.start, p.end, p.binding]).toEqual(['2024-06-01', '2024-06-30', 'batas']);
  });
  it('Period II: planning July, mid assessment October, assessment December; execution months uncertain', () => {
    const w = (id: string) => win(REGIME_2024, id);
    expect([w('2024-2/perencanaan/guru').start, w('2024-2/perencanaan/guru').end]).toEqual(['2024-07-01', '2024-07-31']);
    expect([w('2024-2/pelaksanaan/penilaian-tengah/guru').start, w('2024-2/pelaksanaan/penilaian-tengah/guru').certainty]).toEqual(['2024-10-01', 'confirmed']);
    expect([w('2024-2/penilaian/guru').start, w('2024-2/penilaian/guru').end]).toEqual(['2024-12-01', '2024-12-31']);
    expect(w('2024-2/pelaksanaan/guru').certainty).toBe('uncertain');
    expect(w('2024-2/pelaksanaan/observasi/kepala-sekolah').certainty).toBe('uncertain');
  });
  it('guru planning steps in order, with the 2024 name "Praktik Pembelajaran"', () => {
    expect(stepIds(REGIME_2024, 'guru', 0)).toEqual([
      'data-diri', 'praktik-kinerja', 'pengembangan-kompetensi', 'tugas-tambahan', 'perilaku-kerja', 'rangkuman', 'persetujuan-rencana', 'kesepakatan-rencana',
    ]);
    const praktik = REGIME_2024.tracks.guru[0]!.steps[1]!;
    expect(praktik.siteLabel).toBe('Praktik Pembelajaran');
    expect(REGIME_2024.tracks.guru[0]!.steps.find((s) => s.id === 'tugas-tambahan')!.optional).toBe(true);
  });
  it('observation cycle steps and who acts', () => {
    const steps = REGIME_2024.tracks.guru[1]!.steps;
    expect(steps.map((s) => s.id)).toEqual([
      'dokumen-persiapan', 'observasi', 'rating-tindak-lanjut', 'dokumen-tindak-lanjut', 'penilaian-tengah-periode', 'upaya-tindak-lanjut', 'dokumen-refleksi', 'unggah-bukti-dukung',
    ]);
    expect(steps.find((s) => s.id === 'observasi')!.actor).toEqual({ who: 'kepala-sekolah', as: 'ppk' });
    expect(REGIME_2024.tracks['kepala-sekolah'][1]!.steps.find((s) => s.id === 'observasi')!.actor).toEqual({ who: 'pengawas', as: 'tim-kinerja' });
    expect(steps.find((s) => s.id === 'dokumen-refleksi')!.produces.kind).toBe('dokumen');
    expect(steps.find((s) => s.id === 'observasi')!.produces.kind).toBe('observasi');
  });
  it('rules: points 32–128, uploads PDF ≤ 10 MB, tugas tambahan, manual Sinkron PMM', () => {
    expect(REGIME_2024.rules.pengembanganKompetensi).toMatchObject({ mode: 'poin', minPoin: 32, maxPoin: 128 });
    expect(REGIME_2024.rules.evidenceUpload).toMatchObject({ allowed: true, formats: ['pdf'], maxSizeMb: 10 });
    expect(UPLOAD_LIMITS_2024.maxSizeBytes).toBe(10_485_760);
    expect(REGIME_2024.rules.tugasTambahan.present).toBe(true);
    expect(REGIME_2024.rules.ekinerjaSync.mode).toBe('sinkron-manual');
    const sync = REGIME_2024.tracks.guru[2]!.steps.find((s) => s.id === 'sinkron-ekinerja')!;
    expect([sync.siteLabel, sync.place]).toEqual(['Sinkron PMM', { site: 'ekinerja', path: '/skp' }]);
  });
  it('principal penilaian: organisation predikat first, pengawas recommends, Kadis sets', () => {
    expect(stepIds(REGIME_2024, 'kepala-sekolah', 2)).toEqual([
      'predikat-organisasi', 'penilaian-guru', 'predikat-guru', 'penilaian-tim-kinerja', 'penetapan-predikat', 'sinkron-ekinerja',
    ]);
  });
});

describe('2025 (Ruang GTK, annual)', () => {
  it('one period Januari – Desember 2025', () => {
    expect(REGIME_2025.periods).toHaveLength(1);
    expect(REGIME_2025.periods[0]).toMatchObject({ id: '2025', label: 'Januari – Desember 2025', start: '2025-01-01', end: '2025-12-31' });
  });
  it('five planning steps in order, then approval', () => {
    expect(stepIds(REGIME_2025, 'guru', 0)).toEqual([
      'data-diri', 'pelaksanaan-tugas-pokok', 'praktik-kinerja', 'pengembangan-kompetensi', 'perilaku-kerja', 'rangkuman', 'persetujuan-rencana',
    ]);
    expect(REGIME_2025.tracks.guru[0]!.steps[2]!.siteLabel).toBe('Praktik Kinerja');
    expect(REGIME_2025.tracks.guru[0]!.steps[0]!.siteLabel).toBe('Data sudah sesuai');
  });
  it('planning January (exact deadline uncertain); penilaian from 13 Nov 2025 (end uncertain)', () => {
    const plan = win(REGIME_2025, '2025/perencanaan/guru');
    expect([plan.start, plan.end, plan.certainty]).toEqual(['2025-01-01', '2025-01-31', 'uncertain']);
    const pen = win(REGIME_2025, '2025/penilaian/kepala-sekolah');
    expect([pen.start, pen.end, pen.certainty]).toEqual(['2025-11-13', '2025-12-31', 'uncertain']);
    const obs = win(REGIME_2025, '2025/pelaksanaan/persiapan-observasi/guru');
    expect([obs.start, obs.end, obs.certainty]).toEqual(['2025-02-01', '2025-03-31', 'confirmed']);
  });
  it('rules: reflection-based, no uploads, no Tugas Tambahan step', () => {
    expect(REGIME_2025.rules.pengembanganKompetensi.mode).toBe('refleksi');
    expect(REGIME_2025.rules.evidenceUpload.allowed).toBe(false);
    expect(REGIME_2025.tracks.guru.flatMap((s) => s.steps).some((s) => s.id === 'unggah-bukti-dukung' || s.id === 'tugas-tambahan')).toBe(false);
  });
});

describe('2026 (Ruang GTK over e-Kinerja)', () => {
  it('SKP 1–31 Jan confirmed, sub-windows 1–7 / 8–21 / 22–31 single-source', () => {
    const w = (id: string) => { const x = win(REGIME_2026, id); return [x.start, x.end, x.certainty]; };
    expect(w('2026/perencanaan/guru')).toEqual(['2026-01-01', '2026-01-31', 'confirmed']);
    expect(w('2026/perencanaan/pra-perencanaan/guru')).toEqual(['2026-01-01', '2026-01-07', 'single-source']);
    expect(w('2026/perencanaan/pengajuan/guru')).toEqual(['2026-01-08', '2026-01-21', 'single-source']);
    expect(w('2026/perencanaan/persetujuan/guru')).toEqual(['2026-01-22', '2026-01-31', 'single-source']);
    expect(w('2026/perencanaan/persetujuan/kepala-sekolah')).toEqual(['2026-01-22', '2026-01-31', 'single-source']);
  });
  it('pelaksanaan and penilaian mirror 2025 and are uncertain', () => {
    expect(win(REGIME_2026, '2026/penilaian/guru')).toMatchObject({ start: '2026-11-13', end: '2026-12-31', certainty: 'uncertain' });
    expect(win(REGIME_2026, '2026/pelaksanaan/guru').certainty).toBe('uncertain');
  });
  it('pra-perencanaan by operators; automatic sync to e-Kinerja', () => {
    expect(REGIME_2026.tracks.guru[0]!.steps[0]).toMatchObject({ id: 'pra-perencanaan', actor: { who: 'operator', as: 'operator' } });
    expect(REGIME_2026.rules.ekinerjaSync.mode).toBe('otomatis');
    expect(REGIME_2026.tracks.guru[2]!.steps.find((s) => s.id === 'sinkron-ekinerja')!.actor.who).toBe('sistem');
  });
});

describe('regime lookup', () => {
  it('by year and by date', () => {
    expect(regimeForYear(2023)).toBeUndefined();
    expect(regimeForYear(2024)).toBe(REGIME_2024);
    expect(regimeForDate('2025-12-31')).toBe(REGIME_2025);
    expect(regimeForDate('2026-01-01')).toBe(REGIME_2026);
  });
  it('a year not yet described copies the latest regime, flagged "jadwal belum resmi"', () => {
    const r = regimeForYear(2027)!;
    expect(r.official).toBe(false);
    expect(r.basedOnYear).toBe(2026);
    expect(r.label).toContain(UNOFFICIAL_NOTICE.toLowerCase());
    expect(r.periods[0]).toMatchObject({ id: '2027', start: '2027-01-01', end: '2027-12-31', certainty: 'uncertain' });
    expect(win(r, '2027/perencanaan/pengajuan/guru')).toMatchObject({ start: '2027-01-08', end: '2027-01-21', certainty: 'uncertain' });
    expect(r.windows.every((w) => w.certainty === 'uncertain' && w.note?.startsWith(UNOFFICIAL_NOTICE))).toBe(true);
    expect(regimeForYear(2027)).toBe(r); // cached: stable identity for memoised views
  });
  it('both roles have three stages in every year', () => {
    for (const year of [2024, 2025, 2026, 2027]) for (const role of ROLES) expect(regimeForYear(year)!.tracks[role].map((s) => s.id)).toEqual(['perencanaan', 'pelaksanaan', 'penilaian']);
  });
  it('steps on Ruang GTK point at the demo paths', () => {
    const places = REGIME_2025.tracks.guru.flatMap((s) => s.steps).map((s) => s.place?.path);
    expect(places).toContain('/pengelolaan-kinerja/perencanaan/praktik-kinerja');
    expect(places).toContain('/pengelolaan-kinerja/pelaksanaan/dokumen-refleksi');
    expect(places).toContain('/pengelolaan-kinerja/penilaian');
  });
});
