/**
 * 2024: PMM "Pengelolaan Kinerja", two periods (Jan–Jun, Jul–Dec), points-based Pengembangan Kompetensi,
 * PDF uploads up to 10 MB, manual "Sinkron PMM" to e-Kinerja. Source of every date: domain.md §5 (2024).
 */
import type { Regime, Stage } from '../schema';
import { SOURCES as S } from '../sources';
import { windowFor, windowsForBoth } from './build';
import * as st from './steps';

const F: st.Flavour = { site: 'pmm', year: 2024 };

/** The 2024 upload rule for bukti dukung: PDF only, at most 10 MB per file. */
export const UPLOAD_LIMITS_2024 = { formats: ['pdf'], maxSizeMb: 10, maxSizeBytes: 10 * 1024 * 1024 } as const;

const KS_STEPS_NOTE = 'Langkah perencanaan kepala sekolah 2024 disamakan dengan langkah guru; panduan KS tidak dirinci di sumber.';

const guruStages: Stage[] = [
  {
    id: 'perencanaan', label: 'Perencanaan Kinerja', siteLabel: 'Perencanaan Kinerja', stepOrder: 'bertahap',
    steps: [
      st.dataDiri(F, st.ACTOR.guru),
      st.praktikKinerja(F, st.ACTOR.guru),
      st.pengembanganKompetensi(F, st.ACTOR.guru),
      st.tugasTambahan(st.ACTOR.guru),
      st.perilakuKerja(F, st.ACTOR.guru),
      st.rangkuman(F, st.ACTOR.guru),
      st.persetujuanRencana(F, st.ACTOR.ksPpk),
      st.kesepakatanRencana(F, st.ACTOR.guru),
    ],
  },
  {
    id: 'pelaksanaan', label: 'Pelaksanaan Kinerja', siteLabel: 'Pelaksanaan Kinerja', stepOrder: 'bertahap',
    steps: [
      st.dokumenPersiapan(F, st.ACTOR.guru, { window: 'persiapan' }),
      st.observasi(F, st.ACTOR.ksPpk, { window: 'observasi' }),
      st.ratingTindakLanjut(F, st.ACTOR.ksPpk, { window: 'observasi' }),
      st.dokumenTindakLanjut(F, st.ACTOR.guru, { window: 'observasi' }),
      st.penilaianTengahPeriode(F, { window: 'penilaian-tengah' }),
      st.upayaTindakLanjut(F, st.ACTOR.guru, { window: 'tindak-lanjut' }),
      st.dokumenRefleksi(F, st.ACTOR.guru, { window: 'refleksi' }),
      st.unggahBuktiDukung(F, st.ACTOR.guru),
    ],
  },
  {
    id: 'penilaian', label: 'Penilaian Kinerja', siteLabel: 'Penilaian', stepOrder: 'bertahap',
    steps: [st.predikatOrganisasi(F), st.penilaianAtasan(F), st.predikatKinerja(F), st.sinkronEkinerja('sinkron-manual', st.ACTOR.guru)],
  },
];

const ksOwn = { certainty: 'single-source', note: KS_STEPS_NOTE } as const;
const ksStages: Stage[] = [
  {
    id: 'perencanaan', label: 'Perencanaan Kinerja', siteLabel: 'Perencanaan Kinerja', stepOrder: 'bertahap',
    steps: [
      st.dataDiri(F, st.ACTOR.ksPegawai, ksOwn),
      st.praktikKinerja(F, st.ACTOR.ksPegawai),
      st.pengembanganKompetensi(F, st.ACTOR.ksPegawai, ksOwn),
      st.perilakuKerja(F, st.ACTOR.ksPegawai, ksOwn),
      st.rangkuman(F, st.ACTOR.ksPegawai, ksOwn),
      st.persetujuanRencana(F, st.ACTOR.kadis),
      st.periksaRencanaGuru(F),
    ],
  },
  {
    id: 'pelaksanaan', label: 'Pelaksanaan Kinerja', siteLabel: 'Pelaksanaan Kinerja', stepOrder: 'bertahap',
    steps: [
      st.dokumenPersiapan(F, st.ACTOR.ksPegawai, { window: 'persiapan' }),
      st.observasi(F, st.ACTOR.pengawas, { window: 'observasi' }),
      st.observasiGuru(F, { window: 'observasi' }),
      st.ratingTindakLanjut(F, st.ACTOR.pengawas, { window: 'observasi' }),
      st.dokumenTindakLanjut(F, st.ACTOR.ksPegawai, { window: 'observasi' }),
      st.penilaianTengahPeriode(F, { window: 'penilaian-tengah' }),
      st.upayaTindakLanjut(F, st.ACTOR.ksPegawai, { window: 'tindak-lanjut' }),
      st.dokumenRefleksi(F, st.ACTOR.ksPegawai, { window: 'refleksi' }),
      st.unggahBuktiDukung(F, st.ACTOR.ksPegawai),
    ],
  },
  {
    id: 'penilaian', label: 'Penilaian Kinerja', siteLabel: 'Penilaian', stepOrder: 'bertahap',
    steps: [
      st.predikatOrganisasi(F), st.penilaianGuru(F), st.predikatGuru(F),
      st.penilaianTimKinerja(F), st.penetapanPredikatKs(F), st.sinkronEkinerja('sinkron-manual', st.ACTOR.ksPegawai),
    ],
  },
];

const P1 = '2024-1';
const P2 = '2024-2';
const MIRROR_NOTE = 'Bulan pelaksanaan Periode II disimpulkan dengan mencerminkan Periode I; sumber resmi hanya menyebut perencanaan Juli, penilaian tengah Oktober dan akhir Desember.';

export const REGIME_2024: Regime = {
  year: 2024,
  label: 'Pengelolaan Kinerja 2024 (PMM, dua periode)',
  official: true,
  periods: [
    { id: P1, label: 'Periode I (Januari–Juni 2024)', start: '2024-01-01', end: '2024-06-30', certainty: 'confirmed', sources: [S.panduanGuru2023, S.kompasianaIsur] },
    { id: P2, label: 'Periode II (Juli–Desember 2024)', start: '2024-07-01', end: '2024-12-31', certainty: 'confirmed', sources: [S.panduanGuru2023, S.kompasianaIsur] },
  ],
  windows: [
    // Period I. Planning: 1 Jan for guru, 15 Jan for kepala sekolah; deadline 31 Jan extended to 31 Mar by SE 0559.
    windowFor('guru', {
      periodId: P1, stageId: 'perencanaan', label: 'Perencanaan Periode I', start: '2024-01-01', end: '2024-03-31', binding: 'batas',
      certainty: 'confirmed', sources: [S.metropolitan2024, S.panduanGuru2023, S.se0559],
      extension: { originalEnd: '2024-01-31', sources: [S.se0559] },
    }),
    windowFor('kepala-sekolah', {
      periodId: P1, stageId: 'perencanaan', label: 'Perencanaan Periode I', start: '2024-01-15', end: '2024-03-31', binding: 'batas',
      certainty: 'confirmed', sources: [S.panduanKs2023, S.se0559],
      extension: { originalEnd: '2024-01-31', sources: [S.se0559] },
    }),
    ...windowsForBoth({ periodId: P1, stageId: 'pelaksanaan', label: 'Pelaksanaan Periode I', start: '2024-02-01', end: '2024-06-30', binding: 'batas', certainty: 'confirmed', sources: [S.kompasianaNuning, S.portalsulut], note: '"30 Juni 2024 wajib tuntas."' }),
    ...windowsForBoth({ periodId: P1, stageId: 'pelaksanaan', slug: 'persiapan', label: 'Persiapan observasi', start: '2024-02-01', end: '2024-02-29', binding: 'anjuran', certainty: 'confirmed', sources: [S.kompasianaNuning, S.portalsulut] }),
    ...windowsForBoth({ periodId: P1, stageId: 'pelaksanaan', slug: 'observasi', label: 'Observasi dan diskusi tindak lanjut', start: '2024-03-01', end: '2024-03-31', binding: 'anjuran', certainty: 'confirmed', sources: [S.kompasianaNuning, S.portalsulut], note: 'Observasi boleh dilakukan Februari–Mei 2024 (sewaktu.com); Maret adalah linimasa anjuran.' }),
    ...windowsForBoth({ periodId: P1, stageId: 'pelaksanaan', slug: 'penilaian-tengah', label: 'Penilaian tengah periode', start: '2024-04-01', end: '2024-04-30', binding: 'anjuran', certainty: 'confirmed', sources: [S.kompasianaIsur] }),
    ...windowsForBoth({ periodId: P1, stageId: 'pelaksanaan', slug: 'tindak-lanjut', label: 'Upaya tindak lanjut', start: '2024-04-01', end: '2024-05-31', binding: 'anjuran', certainty: 'confirmed', sources: [S.kompasianaNuning, S.portalsulut] }),
    ...windowsForBoth({ periodId: P1, stageId: 'pelaksanaan', slug: 'refleksi', label: 'Refleksi tindak lanjut', start: '2024-06-01', end: '2024-06-30', binding: 'anjuran', certainty: 'confirmed', sources: [S.kompasianaNuning, S.portalsulut] }),
    ...windowsForBoth({ periodId: P1, stageId: 'penilaian', label: 'Penilaian dan penetapan predikat Periode I', start: '2024-06-01', end: '2024-06-30', binding: 'batas', certainty: 'confirmed', sources: [S.kompasianaIsur, S.portalsulut], note: '"30 Juni 2024 wajib tuntas."' }),

    // Period II.
    ...windowsForBoth({ periodId: P2, stageId: 'perencanaan', label: 'Perencanaan Periode II', start: '2024-07-01', end: '2024-07-31', binding: 'anjuran', certainty: 'confirmed', sources: [S.kompasianaIsur], note: 'Sistem sempat membuka kembali tahap Periode I; selesaikan Periode I sebelum merencanakan Periode II (satu sumber: Pusat Informasi).' }),
    ...windowsForBoth({ periodId: P2, stageId: 'pelaksanaan', label: 'Pelaksanaan Periode II', start: '2024-08-01', end: '2024-12-31', binding: 'anjuran', certainty: 'uncertain', sources: [S.inferensi, S.kompasianaIsur], note: MIRROR_NOTE }),
    ...windowsForBoth({ periodId: P2, stageId: 'pelaksanaan', slug: 'persiapan', label: 'Persiapan observasi', start: '2024-08-01', end: '2024-08-31', binding: 'anjuran', certainty: 'uncertain', sources: [S.inferensi], note: MIRROR_NOTE }),
    ...windowsForBoth({ periodId: P2, stageId: 'pelaksanaan', slug: 'observasi', label: 'Observasi dan diskusi tindak lanjut', start: '2024-09-01', end: '2024-09-30', binding: 'anjuran', certainty: 'uncertain', sources: [S.inferensi], note: MIRROR_NOTE }),
    ...windowsForBoth({ periodId: P2, stageId: 'pelaksanaan', slug: 'penilaian-tengah', label: 'Penilaian tengah periode', start: '2024-10-01', end: '2024-10-31', binding: 'anjuran', certainty: 'confirmed', sources: [S.kompasianaIsur] }),
    ...windowsForBoth({ periodId: P2, stageId: 'pelaksanaan', slug: 'tindak-lanjut', label: 'Upaya tindak lanjut', start: '2024-10-01', end: '2024-11-30', binding: 'anjuran', certainty: 'uncertain', sources: [S.inferensi], note: MIRROR_NOTE }),
    ...windowsForBoth({ periodId: P2, stageId: 'pelaksanaan', slug: 'refleksi', label: 'Refleksi tindak lanjut', start: '2024-12-01', end: '2024-12-31', binding: 'anjuran', certainty: 'uncertain', sources: [S.inferensi], note: MIRROR_NOTE }),
    ...windowsForBoth({ periodId: P2, stageId: 'penilaian', label: 'Penilaian dan penetapan predikat Periode II', start: '2024-12-01', end: '2024-12-31', binding: 'batas', certainty: 'confirmed', sources: [S.kompasianaIsur, S.jamilsaiful], note: 'Akhir 2024: tambahkan periode penilaian per triwulan di e-Kinerja lalu sinkron untuk 1 Januari–31 Desember.' }),
  ],
  tracks: { guru: guruStages, 'kepala-sekolah': ksStages },
  rules: {
    platform: { name: 'PMM (Platform Merdeka Mengajar)', site: 'pmm', certainty: 'confirmed', sources: [S.panduanGuru2023] },
    observationCyclesPerPeriod: { value: 1, certainty: 'confirmed', sources: [S.kabajuolai] },
    pengembanganKompetensi: { mode: 'poin', minPoin: 32, maxPoin: 128, certainty: 'confirmed', sources: [S.rincianRhk], note: 'Rekomendasi 32–128 poin per semester (Perdirjen GTK 7607/B.B1/HK.03/2023).' },
    evidenceUpload: { allowed: true, formats: [...UPLOAD_LIMITS_2024.formats], maxSizeMb: UPLOAD_LIMITS_2024.maxSizeMb, certainty: 'confirmed', sources: [S.setapak2024, S.klikfisika], note: 'Jumlah berkas sama dengan jumlah RHK yang disetujui; predikat tidak dihitung dari kelengkapan bukti.' },
    tugasTambahan: { present: true, certainty: 'confirmed', sources: [S.tugasTambahan] },
    ekinerjaSync: { mode: 'sinkron-manual', certainty: 'confirmed', sources: [S.seputarasn, S.mediabagiSinkron] },
  },
  sources: [S.panduanGuru2023, S.panduanKs2023, S.se0559, S.kompasianaIsur],
};
