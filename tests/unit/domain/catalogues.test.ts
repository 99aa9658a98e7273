import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ASSESSMENT_ASPECTS, BERAKHLAK, BERAKHLAK_TAGLINE, CoreValueSchema, CycleStepSchema, IndicatorSchema, KINERJA_HARIAN_FIELDS,
  OBSERVATION_CYCLE, PRINCIPAL_ACTIVITY_FORMS, PRINCIPAL_EVIDENCE, PRINCIPAL_INDICATORS, PRINCIPAL_OBSERVATION_MODES, REFLECTION_QUESTIONS,
  REGIME_2025, RUBRIC_LEVELS, SITE_LABELS, SKP_ASPECTS, SKP_EVALUATION_COLUMNS, SKP_EVIDEN_FIELDS, SKP_HASIL_KERJA_COLUMNS, SKP_LAMPIRAN,
  SKP_TERMS, SOURCES, SiteLabelSchema, SkpTermSchema, SourceSchema, TEACHER_INDICATORS, EXAMPLE_RHK_KEPALA_SEKOLAH, CYCLES_PER_PERIOD,
  indicatorsFor, praktikLabel, siteLabel,
} from '@/lib/domain';

describe('schemas hold for every catalogue', () => {
  it('sources, indicators, cycle, BerAKHLAK, SKP terms, site labels', () => {
    z.record(z.string(), SourceSchema).parse(SOURCES);
    z.array(IndicatorSchema).parse([...TEACHER_INDICATORS, ...PRINCIPAL_INDICATORS]);
    z.array(CycleStepSchema).parse(OBSERVATION_CYCLE);
    z.array(CoreValueSchema).parse(BERAKHLAK);
    z.array(SkpTermSchema).parse(SKP_TERMS);
    z.array(SiteLabelSchema).parse(SITE_LABELS);
  });
  it('ids are unique in each catalogue', () => {
    for (const list of [TEACHER_INDICATORS, PRINCIPAL_INDICATORS, BERAKHLAK, SKP_TERMS]) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('teacher indicators (8, Rapor Pendidikan D.1)', () => {
  it('names in order', () => {
    expect(TEACHER_INDICATORS.map((i) => i.name)).toEqual([
      'Keteraturan Suasana Kelas', 'Penerapan Disiplin Positif', 'Aktivitas Interaktif', 'Umpan Balik Konstruktif',
      'Instruksi Pembelajaran', 'Instruksi yang Adaptif', 'Perhatian dan Kepedulian', 'Ekspektasi pada Peserta Didik',
    ]);
    expect(TEACHER_INDICATORS.every((i) => i.nameCertainty === 'confirmed' && i.rapor?.code === 'D.1' && i.rapor.subDimensionCertainty === 'uncertain')).toBe(true);
  });
  it('three fokus perilaku where known, none invented where not retrieved', () => {
    const byId = Object.fromEntries(TEACHER_INDICATORS.map((i) => [i.id, i]));
    expect(byId['keteraturan-suasana-kelas']!.behaviours.map((b) => b.text)).toEqual(['Komunikasi positif', 'Strategi pengelompokan yang mengaktifkan murid', 'Membuat dan mengingatkan kembali aturan/kesepakatan kelas']);
    expect(byId['penerapan-disiplin-positif']!.behaviours.map((b) => b.text)[2]).toContain('Restitusi');
    expect(byId['umpan-balik-konstruktif']!.behaviours).toHaveLength(3);
    expect(byId['instruksi-pembelajaran']!.behaviours).toHaveLength(3);
    expect(byId['perhatian-dan-kepedulian']!.behaviours.map((b) => b.text)).toEqual(['Empati', 'Memahami kebutuhan dan karakteristik murid', 'Mengapresiasi usaha']);
    for (const id of ['aktivitas-interaktif', 'instruksi-yang-adaptif', 'ekspektasi-pada-peserta-didik']) {
      expect(byId[id]!.behaviours).toEqual([]);
      expect(byId[id]!.behavioursCertainty).toBe('uncertain');
    }
  });
});

describe('principal indicators (8, kepemimpinan pembelajaran)', () => {
  it('names (order uncertain)', () => {
    expect(PRINCIPAL_INDICATORS.map((i) => i.name).sort()).toEqual([
      'Aktivasi Kegiatan Komunitas Belajar', 'Memandu Perencanaan Pembelajaran Berbasis Data', 'Menceritakan Praktik Baik Kepemimpinan Pembelajaran',
      'Presentasi Program Sekolah', 'Presentasi Visi dan Misi Sekolah', 'Refleksi Pengelolaan Kurikulum Sekolah',
      'Refleksi Program Pengembangan Kompetensi Guru', 'Siklus Peningkatan Kualitas Praktik Pembelajaran',
    ]);
  });
  it('visi-misi target perilaku; activity forms and bukti', () => {
    const visi = PRINCIPAL_INDICATORS.find((i) => i.id === 'presentasi-visi-dan-misi-sekolah')!;
    expect(visi.behaviours).toHaveLength(3);
    expect(visi.behavioursCertainty).toBe('confirmed');
    expect(PRINCIPAL_ACTIVITY_FORMS).toHaveLength(3);
    expect(PRINCIPAL_EVIDENCE).toEqual(['Agenda', 'Materi', 'Umpan balik', 'Notulen', 'Daftar hadir', 'Foto kegiatan']);
  });
  it('indicatorsFor picks by role', () => {
    expect(indicatorsFor('guru', 2025)).toBe(TEACHER_INDICATORS);
    expect(indicatorsFor('kepala-sekolah', 2026)).toBe(PRINCIPAL_INDICATORS);
    expect(indicatorsFor('guru', 2024)).toHaveLength(8);
    expect(praktikLabel(2024)).toBe('Praktik Pembelajaran');
    expect(praktikLabel(2025)).toBe('Praktik Kinerja');
  });
});

describe('observation cycle', () => {
  it('five steps A–E mapped to regime steps', () => {
    expect(OBSERVATION_CYCLE.map((s) => `${s.code}:${s.name}`)).toEqual([
      'A:Diskusi Persiapan', 'B:Observasi Kinerja', 'C:Diskusi Tindak Lanjut', 'D:Upaya Tindak Lanjut', 'E:Refleksi Tindak Lanjut',
    ]);
    const regimeSteps = REGIME_2025.tracks.guru[1]!.steps.map((s) => s.id);
    for (const s of OBSERVATION_CYCLE) expect(regimeSteps).toContain(s.stepId);
    expect(OBSERVATION_CYCLE[2]!.asks.join(' ')).toContain('Sesi Pilihan Belajar');
    expect(OBSERVATION_CYCLE[1]!.asks.join(' ')).toContain('bukan untuk penilaian');
  });
  it('4 reflection questions, 3 aspects, 3 rubric levels, 3 principal observation modes, 1 cycle per period', () => {
    expect(REFLECTION_QUESTIONS.map((q) => q.id)).toEqual(['inspirasi', 'perubahan', 'tantangan', 'rencana']);
    expect(REFLECTION_QUESTIONS[2].text).toContain('3 tantangan terberat');
    expect(ASSESSMENT_ASPECTS.map((a) => a.name)).toEqual(['Upaya Refleksi', 'Upaya Mempelajari', 'Perubahan Praktik']);
    expect(RUBRIC_LEVELS.map((l) => l.label)).toEqual(['Belum Dilakukan', 'Dilakukan tapi belum Efektif', 'Dilakukan dan Efektif']);
    expect(PRINCIPAL_OBSERVATION_MODES.map((m) => m.id)).toEqual(['langsung', 'tidak-langsung', 'catatan-mandiri']);
    expect(CYCLES_PER_PERIOD).toBe(1);
  });
});

describe('BerAKHLAK (7 × 3)', () => {
  it('values in order, each with 3 panduan perilaku', () => {
    expect(BERAKHLAK.map((v) => v.name)).toEqual(['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif']);
    expect(BERAKHLAK.flatMap((v) => v.panduanPerilaku)).toHaveLength(21);
    expect(BERAKHLAK_TAGLINE).toBe('Bangga Melayani Bangsa');
  });
  it('panduan perilaku text', () => {
    const p = Object.fromEntries(BERAKHLAK.map((v) => [v.id, v.panduanPerilaku]));
    expect(p['berorientasi-pelayanan']).toEqual(['Memahami dan memenuhi kebutuhan masyarakat', 'Ramah, cekatan, solutif, dan dapat diandalkan', 'Melakukan perbaikan tiada henti']);
    expect(p['akuntabel']![2]).toBe('Tidak menyalahgunakan kewenangan jabatan');
    expect(p['kompeten']![1]).toBe('Membantu orang lain belajar');
    expect(p['harmonis']![1]).toBe('Suka menolong orang lain');
    expect(p['loyal']![2]).toBe('Menjaga rahasia jabatan dan negara');
    expect(p['adaptif']![2]).toBe('Bertindak proaktif');
    expect(p['kolaboratif']![0]).toBe('Memberi kesempatan kepada berbagai pihak untuk berkontribusi');
  });
});

describe('SKP vocabulary', () => {
  it('columns, aspects, lampiran, eviden fields, kinerja harian modal', () => {
    expect(SKP_HASIL_KERJA_COLUMNS).toEqual(['No', 'Rencana Hasil Kerja Atasan yang Diintervensi', 'Rencana Hasil Kerja', 'Aspek', 'Indikator Kinerja Individu', 'Target']);
    expect(SKP_ASPECTS).toEqual(['Kuantitas', 'Kualitas', 'Waktu']);
    expect(SKP_LAMPIRAN).toEqual(['Dukungan Sumber Daya', 'Skema Pertanggungjawaban', 'Konsekuensi']);
    expect(SKP_EVIDEN_FIELDS).toEqual(['Nama Bukti Dukung', 'Link Bukti Dukung', 'Realisasi', 'Sumber Data']);
    expect(SKP_EVALUATION_COLUMNS).toContain('Umpan balik berkelanjutan berdasarkan bukti dukung');
    expect(KINERJA_HARIAN_FIELDS).toHaveLength(9);
    expect(EXAMPLE_RHK_KEPALA_SEKOLAH.targets).toEqual({ kuantitas: '2 Dokumen', kualitas: '100%', waktu: '12 Bulan' });
  });
  it('holds every term the issue lists', () => {
    const ids = SKP_TERMS.map((t) => t.id);
    for (const id of ['rhk-atasan-diintervensi', 'rhk', 'aspek-kuantitas', 'aspek-kualitas', 'aspek-waktu', 'iki', 'target', 'realisasi', 'bukti-dukung', 'sumber-data', 'ekspektasi-khusus-pimpinan', 'dukungan-sumber-daya', 'skema-pertanggungjawaban', 'konsekuensi']) {
      expect(ids).toContain(id);
    }
  });
});

describe('siteLabel', () => {
  it('changes with the year where the site changed', () => {
    expect(siteLabel('praktik-kinerja', 2024)?.label).toBe('Praktik Pembelajaran');
    expect(siteLabel('praktik-kinerja', 2025)?.label).toBe('Praktik Kinerja');
    expect(siteLabel('data-sesuai', 2024)?.label).toBe('Data Sudah Selesai');
    expect(siteLabel('data-sesuai', 2026)?.label).toBe('Data sudah sesuai');
    expect(siteLabel('unggah-dokumen', 2025)).toBeUndefined();
  });
  it('e-Kinerja labels', () => {
    expect(siteLabel('tambah-progress-harian', 2026)).toMatchObject({ site: 'ekinerja', label: 'Tambah Progress Harian' });
    expect(siteLabel('sinkron-pmm', 2024)?.label).toBe('Sinkron PMM');
    expect(siteLabel('link-bukti-dukung', 2025)?.label).toBe('Link Bukti Dukung');
    expect(siteLabel('tidak-ada', 2025)).toBeUndefined();
  });
});
