/**
 * 2025: PMM renamed Ruang GTK, one annual cycle (Januari–Desember), reflection-based Pengembangan Kompetensi,
 * no uploads of bukti dukung. Only January planning and the 13 Nov 2025 start of penilaian are official.
 */
import type { Regime, Stage } from '../schema';
import { SOURCES as S } from '../sources';
import { windowsForBoth } from './build';
import * as st from './steps';

const F: st.Flavour = { site: 'ruang-gtk', year: 2025 };
const P = '2025';

export function annualGuruStages(f: st.Flavour, opts: { sync: 'sinkron-setelah-penilaian' | 'otomatis' }): Stage[] {
  return [
    {
      id: 'perencanaan', label: 'Perencanaan Kinerja', siteLabel: 'Perencanaan Kinerja', stepOrder: 'bertahap',
      steps: [
        st.dataDiri(f, st.ACTOR.guru),
        st.pelaksanaanTugasPokok(f, st.ACTOR.guru),
        st.praktikKinerja(f, st.ACTOR.guru),
        st.pengembanganKompetensi(f, st.ACTOR.guru),
        st.perilakuKerja(f, st.ACTOR.guru),
        st.rangkuman(f, st.ACTOR.guru),
        st.persetujuanRencana(f, st.ACTOR.ksPpk, { note: 'Jika sekolah hanya punya Plt. kepala sekolah, rencana otomatis disetujui sistem.' }),
      ],
    },
    pelaksanaanStage(f, 'guru'),
    {
      id: 'penilaian', label: 'Penilaian Kinerja', siteLabel: 'Penilaian', stepOrder: 'bertahap',
      steps: [st.predikatOrganisasi(f), st.penilaianAtasan(f), st.predikatKinerja(f), st.sinkronEkinerja(opts.sync, st.ACTOR.guru)],
    },
  ];
}

export function annualKsStages(f: st.Flavour, opts: { sync: 'sinkron-setelah-penilaian' | 'otomatis' }): Stage[] {
  return [
    {
      id: 'perencanaan', label: 'Perencanaan Kinerja', siteLabel: 'Perencanaan Kinerja', stepOrder: 'bertahap',
      steps: [
        st.dataDiri(f, st.ACTOR.ksPegawai),
        st.pelaksanaanTugasPokok(f, st.ACTOR.ksPegawai),
        st.praktikKinerja(f, st.ACTOR.ksPegawai),
        st.pengembanganKompetensi(f, st.ACTOR.ksPegawai),
        st.perilakuKerja(f, st.ACTOR.ksPegawai),
        st.rangkuman(f, st.ACTOR.ksPegawai),
        st.persetujuanRencana(f, st.ACTOR.kadis),
        st.periksaRencanaGuru(f),
      ],
    },
    pelaksanaanStage(f, 'kepala-sekolah'),
    {
      id: 'penilaian', label: 'Penilaian Kinerja', siteLabel: 'Penilaian', stepOrder: 'bertahap',
      steps: [
        st.predikatOrganisasi(f), st.penilaianGuru(f), st.predikatGuru(f),
        st.penilaianTimKinerja(f), st.penetapanPredikatKs(f), st.sinkronEkinerja(opts.sync, st.ACTOR.ksPegawai),
      ],
    },
  ];
}

function pelaksanaanStage(f: st.Flavour, role: 'guru' | 'kepala-sekolah'): Stage {
  const self = role === 'guru' ? st.ACTOR.guru : st.ACTOR.ksPegawai;
  const observer = role === 'guru' ? st.ACTOR.ksPpk : st.ACTOR.pengawas;
  const modulAjar = { note: 'Unggah modul ajar untuk observasi bersifat opsional (dari komputer atau Bukti Karya).' };
  return {
    id: 'pelaksanaan', label: 'Pelaksanaan Kinerja', siteLabel: 'Pelaksanaan Kinerja', stepOrder: 'bertahap',
    steps: [
      st.dokumenPersiapan(f, self, { window: 'persiapan-observasi', ...modulAjar }),
      st.observasi(f, observer, { window: 'persiapan-observasi' }),
      ...(role === 'kepala-sekolah' ? [st.observasiGuru(f, { window: 'persiapan-observasi' })] : []),
      st.ratingTindakLanjut(f, observer, { window: 'persiapan-observasi' }),
      st.dokumenTindakLanjut(f, self, { window: 'persiapan-observasi' }),
      st.upayaTindakLanjut(f, self, { window: 'tindak-lanjut' }),
      st.dokumenRefleksi(f, self, { window: 'refleksi' }),
    ],
  };
}

const PLAN_NOTE = 'Linimasa menyebut perencanaan di bulan Januari; batas pasti dan perpanjangannya tidak ditemukan (halaman KS masih terbuka Februari 2025).';
const EXEC_NOTE = 'Hanya urutan Februari–Desember yang bersumber; pembagian bulan setelah Maret disimpulkan.';

export const REGIME_2025: Regime = {
  year: 2025,
  label: 'Pengelolaan Kinerja 2025 (Ruang GTK, satu siklus tahunan)',
  official: true,
  periods: [{ id: P, label: 'Januari – Desember 2025', start: '2025-01-01', end: '2025-12-31', certainty: 'confirmed', sources: [S.tirto2025, S.mannaberbagi2025] }],
  windows: [
    ...windowsForBoth({ periodId: P, stageId: 'perencanaan', label: 'Perencanaan dan persetujuan', start: '2025-01-01', end: '2025-01-31', binding: 'batas', certainty: 'uncertain', sources: [S.gusndol2025, S.blogpendidikan2024], note: PLAN_NOTE }),
    ...windowsForBoth({ periodId: P, stageId: 'pelaksanaan', label: 'Pelaksanaan (siklus observasi)', start: '2025-02-01', end: '2025-11-12', binding: 'anjuran', certainty: 'uncertain', sources: [S.gusndol2025, S.blogpendidikan2024, S.siaranPers14119], note: 'Pelaksanaan dimulai Februari; akhirnya disimpulkan dari mulainya penilaian 13 November 2025.' }),
    ...windowsForBoth({ periodId: P, stageId: 'pelaksanaan', slug: 'persiapan-observasi', label: 'Persiapan, observasi dan umpan balik', start: '2025-02-01', end: '2025-03-31', binding: 'anjuran', certainty: 'confirmed', sources: [S.blogpendidikan2024] }),
    ...windowsForBoth({ periodId: P, stageId: 'pelaksanaan', slug: 'tindak-lanjut', label: 'Upaya tindak lanjut', start: '2025-04-01', end: '2025-10-31', binding: 'anjuran', certainty: 'uncertain', sources: [S.inferensi], note: EXEC_NOTE }),
    ...windowsForBoth({ periodId: P, stageId: 'pelaksanaan', slug: 'refleksi', label: 'Refleksi tindak lanjut', start: '2025-10-01', end: '2025-11-12', binding: 'anjuran', certainty: 'uncertain', sources: [S.inferensi], note: EXEC_NOTE }),
    ...windowsForBoth({ periodId: P, stageId: 'penilaian', label: 'Penilaian dan penetapan predikat', start: '2025-11-13', end: '2025-12-31', binding: 'batas', certainty: 'uncertain', sources: [S.siaranPers14119], note: 'Mulai 13 November 2025 resmi (siaran pers 14119); tanggal berakhirnya (Desember 2025 atau Januari 2026) tidak ditemukan.' }),
  ],
  tracks: { guru: annualGuruStages(F, { sync: 'sinkron-setelah-penilaian' }), 'kepala-sekolah': annualKsStages(F, { sync: 'sinkron-setelah-penilaian' }) },
  rules: {
    platform: { name: 'Ruang GTK', site: 'ruang-gtk', certainty: 'confirmed', sources: [S.tirto2025], note: 'Diluncurkan 21 Januari 2025 bersama Rumah Pendidikan.' },
    observationCyclesPerPeriod: { value: 1, certainty: 'confirmed', sources: [S.kabajuolai] },
    pengembanganKompetensi: { mode: 'refleksi', certainty: 'confirmed', sources: [S.mediabagi2025, S.gusndol2025] },
    evidenceUpload: { allowed: false, certainty: 'confirmed', sources: [S.mediabagi2025, S.gurubelajar], note: 'Dokumen akuntabilitas cukup ditunjukkan; modul ajar untuk observasi boleh diunggah (opsional).' },
    tugasTambahan: { present: false, certainty: 'uncertain', sources: [S.tentangPerencanaanGuru], note: 'Langkah perencanaan 2025 tidak menyebut Tugas Tambahan.' },
    ekinerjaSync: { mode: 'sinkron-manual', certainty: 'single-source', sources: [S.swarapendidikan], note: 'Satu sumber menyebut data tetap harus tersinkron ke e-Kinerja setelah penilaian.' },
  },
  sources: [S.tirto2025, S.mediabagi2025, S.tentangPerencanaanGuru, S.siaranPers14119],
};
