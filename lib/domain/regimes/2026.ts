/**
 * 2026: Ruang GTK is the only front door, e-Kinerja the back end (Kepmendikdasmen 271/O/2025).
 * SKP in January with three sub-windows from a single source; pelaksanaan and penilaian mirror 2025 (uncertain).
 */
import type { Regime, Stage } from '../schema';
import { SOURCES as S } from '../sources';
import { windowFor, windowsForBoth } from './build';
import { annualGuruStages, annualKsStages } from './2025';
import * as st from './steps';

const F: st.Flavour = { site: 'ruang-gtk', year: 2026 };
const P = '2026';
const SUB_NOTE = 'Pembagian 1–7 / 8–21 / 22–31 Januari hanya dari satu sumber (sdnarjasa1.sch.id, pakagus.com).';
const LOCK_NOTE = 'Klaim "akun terkunci dan tidak ada nilai kinerja 2026" bila belum disetujui 31 Januari hanya muncul di blog.';
const MIRROR_NOTE = 'Jadwal pelaksanaan dan penilaian 2026 belum diumumkan; disalin dari pola 2025.';
const UI_NOTE = 'Langkah antarmuka 2026 ("pilih indikator rapor" → "susun kegiatan" → "Ajukan") dari satu sumber (pakagus.com).';

function perencanaanGuru(): Stage {
  return {
    id: 'perencanaan', label: 'Perencanaan Kinerja (SKP)', siteLabel: 'Perencanaan Kinerja', stepOrder: 'berurutan',
    steps: [
      st.praPerencanaan({ window: 'pra-perencanaan', certainty: 'single-source', note: SUB_NOTE }),
      st.dataDiri(F, st.ACTOR.guru, { window: 'pengajuan', certainty: 'uncertain', note: 'Pemeriksaan data diri diasumsikan tetap ada seperti 2025.' }),
      { ...st.praktikKinerja(F, st.ACTOR.guru, { window: 'pengajuan' }), siteLabel: 'pilih indikator rapor', certainty: 'single-source', sources: [S.pakagus], note: UI_NOTE },
      { id: 'susun-kegiatan', label: 'Susun kegiatan', siteLabel: 'susun kegiatan', window: 'pengajuan', actor: st.ACTOR.guru, produces: { kind: 'dokumen', name: 'Rencana kegiatan' }, certainty: 'single-source', sources: [S.pakagus], note: UI_NOTE },
      { ...st.rangkuman(F, st.ACTOR.guru, { window: 'pengajuan' }), siteLabel: 'Ajukan', certainty: 'single-source', sources: [S.pakagus], note: UI_NOTE },
      st.persetujuanRencana(F, st.ACTOR.ksPpk, { window: 'persetujuan', certainty: 'single-source', note: SUB_NOTE }),
    ],
  };
}

function perencanaanKs(): Stage {
  return {
    id: 'perencanaan', label: 'Perencanaan Kinerja (SKP)', siteLabel: 'Perencanaan Kinerja', stepOrder: 'bertahap',
    steps: [
      st.praPerencanaan({ window: 'pra-perencanaan', certainty: 'single-source', note: SUB_NOTE }),
      st.dataDiri(F, st.ACTOR.ksPegawai, { window: 'penyusunan', certainty: 'uncertain', note: 'Pemeriksaan data diri diasumsikan tetap ada seperti 2025.' }),
      { ...st.praktikKinerja(F, st.ACTOR.ksPegawai, { window: 'penyusunan' }), siteLabel: 'pilih indikator rapor', certainty: 'single-source', sources: [S.pakagus], note: UI_NOTE },
      { ...st.rangkuman(F, st.ACTOR.ksPegawai, { window: 'penyusunan' }), siteLabel: 'Ajukan', certainty: 'single-source', sources: [S.pakagus], note: UI_NOTE },
      st.persetujuanRencana(F, st.ACTOR.kadis, { window: 'penyusunan', certainty: 'uncertain', note: 'Tanggal persetujuan rencana kepala sekolah oleh Kepala Dinas tidak disebut sumber.' }),
      st.periksaRencanaGuru(F, { window: 'persetujuan', certainty: 'single-source', note: SUB_NOTE }),
    ],
  };
}

const [, guruPelaksanaan, guruPenilaian] = annualGuruStages(F, { sync: 'otomatis' }) as [Stage, Stage, Stage];
const [, ksPelaksanaan, ksPenilaian] = annualKsStages(F, { sync: 'otomatis' }) as [Stage, Stage, Stage];

export const REGIME_2026: Regime = {
  year: 2026,
  label: 'Pengelolaan Kinerja 2026 (Ruang GTK terintegrasi e-Kinerja)',
  official: true,
  periods: [{ id: P, label: 'Januari – Desember 2026', start: '2026-01-01', end: '2026-12-31', certainty: 'confirmed', sources: [S.kep271, S.smk10semarang] }],
  windows: [
    ...windowsForBoth({ periodId: P, stageId: 'perencanaan', label: 'Penyusunan SKP (perencanaan kinerja)', start: '2026-01-01', end: '2026-01-31', binding: 'batas', certainty: 'confirmed', sources: [S.kep271, S.smk10semarang], note: LOCK_NOTE }),
    ...windowsForBoth({ periodId: P, stageId: 'perencanaan', slug: 'pra-perencanaan', label: 'Pra-perencanaan (pembersihan data)', start: '2026-01-01', end: '2026-01-07', binding: 'batas', certainty: 'single-source', sources: [S.sdnarjasa, S.babeindonesia], note: SUB_NOTE }),
    windowFor('guru', { periodId: P, stageId: 'perencanaan', slug: 'pengajuan', label: 'Guru menyusun dan mengajukan SKP', start: '2026-01-08', end: '2026-01-21', binding: 'batas', certainty: 'single-source', sources: [S.sdnarjasa, S.pakagus], note: SUB_NOTE }),
    windowFor('guru', { periodId: P, stageId: 'perencanaan', slug: 'persetujuan', label: 'Kepala sekolah menyetujui SKP guru', start: '2026-01-22', end: '2026-01-31', binding: 'batas', certainty: 'single-source', sources: [S.sdnarjasa, S.pakagus], note: `${SUB_NOTE} ${LOCK_NOTE}` }),
    windowFor('kepala-sekolah', { periodId: P, stageId: 'perencanaan', slug: 'penyusunan', label: 'Kepala sekolah menyusun SKP sendiri', start: '2026-01-08', end: '2026-01-31', binding: 'anjuran', certainty: 'uncertain', sources: [S.inferensi, S.kep271], note: 'Sumber hanya menyebut SKP 1–31 Januari; sub-jadwal SKP kepala sekolah sendiri disimpulkan.' }),
    windowFor('kepala-sekolah', { periodId: P, stageId: 'perencanaan', slug: 'persetujuan', label: 'Kepala sekolah menyetujui SKP guru', start: '2026-01-22', end: '2026-01-31', binding: 'batas', certainty: 'single-source', sources: [S.sdnarjasa, S.pakagus], note: `${SUB_NOTE} ${LOCK_NOTE}` }),
    ...windowsForBoth({ periodId: P, stageId: 'pelaksanaan', label: 'Pelaksanaan (siklus observasi)', start: '2026-02-01', end: '2026-11-12', binding: 'anjuran', certainty: 'uncertain', sources: [S.inferensi], note: MIRROR_NOTE }),
    ...windowsForBoth({ periodId: P, stageId: 'pelaksanaan', slug: 'persiapan-observasi', label: 'Persiapan, observasi dan umpan balik', start: '2026-02-01', end: '2026-03-31', binding: 'anjuran', certainty: 'uncertain', sources: [S.inferensi], note: MIRROR_NOTE }),
    ...windowsForBoth({ periodId: P, stageId: 'pelaksanaan', slug: 'tindak-lanjut', label: 'Upaya tindak lanjut', start: '2026-04-01', end: '2026-10-31', binding: 'anjuran', certainty: 'uncertain', sources: [S.inferensi], note: MIRROR_NOTE }),
    ...windowsForBoth({ periodId: P, stageId: 'pelaksanaan', slug: 'refleksi', label: 'Refleksi tindak lanjut', start: '2026-10-01', end: '2026-11-12', binding: 'anjuran', certainty: 'uncertain', sources: [S.inferensi], note: MIRROR_NOTE }),
    ...windowsForBoth({ periodId: P, stageId: 'penilaian', label: 'Penilaian dan penetapan predikat', start: '2026-11-13', end: '2026-12-31', binding: 'batas', certainty: 'uncertain', sources: [S.inferensi], note: MIRROR_NOTE }),
  ],
  tracks: {
    guru: [perencanaanGuru(), guruPelaksanaan, guruPenilaian],
    'kepala-sekolah': [perencanaanKs(), ksPelaksanaan, ksPenilaian],
  },
  rules: {
    platform: { name: 'Ruang GTK (pintu tunggal; e-Kinerja sebagai gudang data)', site: 'ruang-gtk', certainty: 'confirmed', sources: [S.smk10semarang, S.kep271] },
    observationCyclesPerPeriod: { value: 1, certainty: 'confirmed', sources: [S.kabajuolai] },
    pengembanganKompetensi: { mode: 'refleksi', certainty: 'uncertain', sources: [S.mediabagi2025], note: 'Diasumsikan sama dengan 2025.' },
    evidenceUpload: { allowed: false, certainty: 'confirmed', sources: [S.babeindonesia, S.gurubelajar] },
    tugasTambahan: { present: false, certainty: 'uncertain', sources: [S.pakagus], note: 'Langkah 2026 tidak menyebut Tugas Tambahan.' },
    ekinerjaSync: { mode: 'otomatis', certainty: 'confirmed', sources: [S.sdnarjasaIntegrasi] },
  },
  sources: [S.kep271, S.smk10semarang, S.babeindonesia, S.sdnarjasa],
};
