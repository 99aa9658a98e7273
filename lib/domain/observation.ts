/**
 * The observation cycle (Siklus Peningkatan Kinerja): its five steps and what each document asks,
 * the 4 refleksi questions, the 3 assessment aspects and the rubric levels.
 */
import { z } from 'zod';
import { CertaintySchema, SOURCES as S, SourceSchema } from './sources';

export const CycleStepSchema = z.object({
  code: z.enum(['A', 'B', 'C', 'D', 'E']),
  /** Matches the step id in the regimes. */
  stepId: z.string(),
  name: z.string().min(1),
  who: z.string().min(1),
  document: z.string().optional(),
  asks: z.array(z.string().min(1)).min(1),
  certainty: CertaintySchema,
  sources: z.array(SourceSchema).min(1),
});
export type CycleStep = z.infer<typeof CycleStepSchema>;

const CYCLE_SOURCES = [S.rumahTahapPelaksanaan, S.rumahTindakLanjut, S.sdncikerut, S.txrxnovi];

export const OBSERVATION_CYCLE: readonly CycleStep[] = [
  {
    code: 'A', stepId: 'dokumen-persiapan', name: 'Diskusi Persiapan', who: 'Pegawai mengisi, didiskusikan dengan atasan', document: 'Dokumen Persiapan',
    asks: [
      'Target perilaku / fokus perilaku yang akan ditunjukkan',
      'Upaya mempelajari: cara mempelajari perilaku itu',
      'Jadwal observasi: tanggal, jenjang, kelas, mata pelajaran, catatan (mis. jam)',
      'Modul ajar/RPP/perangkat asesmen (2024 diharapkan; sejak 2025 opsional, dari komputer atau Bukti Karya)',
    ],
    certainty: 'confirmed', sources: CYCLE_SOURCES,
  },
  {
    code: 'B', stepId: 'observasi', name: 'Observasi Kinerja', who: 'Atasan mengamati (guru oleh kepala sekolah; kepala sekolah oleh pengawas/Tim Kerja)', document: 'Rubrik observasi',
    asks: ['Rubrik observasi untuk fokus perilaku indikator terpilih', 'Menjadi baseline, bukan untuk penilaian'],
    certainty: 'confirmed', sources: CYCLE_SOURCES,
  },
  {
    code: 'C', stepId: 'dokumen-tindak-lanjut', name: 'Diskusi Tindak Lanjut', who: 'Pegawai dan atasan', document: 'Dokumen Tindak Lanjut',
    asks: [
      'Atasan mengisi dokumen rating tindak lanjut; pegawai menekan "Kumpulkan" untuk melihat rating observasi dan rekomendasi',
      'Tantangan yang dihadapi',
      'Sesi Pilihan Belajar: tujuan perbaikan, aksi, jadwal, dukungan yang dibutuhkan',
    ],
    certainty: 'confirmed', sources: CYCLE_SOURCES,
  },
  {
    code: 'D', stepId: 'upaya-tindak-lanjut', name: 'Upaya Tindak Lanjut', who: 'Pegawai bertindak; atasan memantau',
    asks: ['Mempraktikkan perbaikan yang direncanakan'],
    certainty: 'confirmed', sources: CYCLE_SOURCES,
  },
  {
    code: 'E', stepId: 'dokumen-refleksi', name: 'Refleksi Tindak Lanjut', who: 'Pegawai mengisi', document: 'Dokumen Refleksi',
    asks: ['Empat pertanyaan refleksi (lihat REFLECTION_QUESTIONS)'],
    certainty: 'confirmed', sources: [...CYCLE_SOURCES, S.refleksiPertanyaan],
  },
];

/** The 4 questions of the Dokumen Refleksi, in order. */
export const REFLECTION_QUESTIONS = [
  { number: 1, id: 'inspirasi', text: 'Inspirasi baru apa yang Anda dapatkan dari tindak lanjut?' },
  { number: 2, id: 'perubahan', text: 'Perubahan apa yang sudah Anda lakukan dalam praktik di kelas?' },
  { number: 3, id: 'tantangan', text: 'Apa 3 tantangan terberat untuk mewujudkan perubahan itu?' },
  { number: 4, id: 'rencana', text: 'Apa rencana Anda mengatasi tantangan itu agar perubahan terjadi?' },
] as const;
export const REFLECTION_QUESTIONS_NOTE = 'Isi pertanyaan diparafrasekan dari sumber; kata-kata persis di Ruang GTK bisa berbeda.';

/** The three aspects on which the PPK rates praktik kinerja. */
export const ASSESSMENT_ASPECTS = [
  { id: 'upaya-refleksi', name: 'Upaya Refleksi', meaning: 'Kualitas refleksi pada diskusi tindak lanjut (C) dan refleksi (E)', steps: ['C', 'E'] },
  { id: 'upaya-mempelajari', name: 'Upaya Mempelajari', meaning: 'Refleksi atas penyelesaian tindak lanjut, pada refleksi (E)', steps: ['E'] },
  { id: 'perubahan-praktik', name: 'Perubahan Praktik', meaning: 'Perubahan praktik dari waktu ke waktu, pada refleksi (E)', steps: ['E'] },
] as const;
export const ASSESSMENT_ASPECTS_SOURCES = [S.materiDay1, S.timurkasuari];

/** Observation rubric: 3 levels for each fokus perilaku. */
export const RUBRIC_LEVELS = [
  { level: 1, id: 'belum-dilakukan', label: 'Belum Dilakukan' },
  { level: 2, id: 'dilakukan-belum-efektif', label: 'Dilakukan tapi belum Efektif' },
  { level: 3, id: 'dilakukan-efektif', label: 'Dilakukan dan Efektif' },
] as const;
export const RUBRIC_SOURCES = [S.slideshareFokus, S.pakkar];

/** How a principal can be observed, and what the observer sets. */
export const PRINCIPAL_OBSERVATION_MODES = [
  { id: 'langsung', label: 'Langsung' },
  { id: 'tidak-langsung', label: 'Tidak langsung (rekaman video)' },
  { id: 'catatan-mandiri', label: 'Catatan mandiri' },
] as const;
export const PRINCIPAL_OBSERVATION_FIELDS = ['Tanggal', 'Lokasi', 'Nama kegiatan', 'Keterangan (opsional)'] as const;
export const PRINCIPAL_OBSERVATION_SOURCES = [S.kppdJabar];

/** One observation cycle per period: per semester in 2024, per year from 2025. */
export const CYCLES_PER_PERIOD = 1;

/** Facts from a single source, kept for guidance text only. */
export const OBSERVATION_TIPS = [
  { text: 'Obrolan pembinaan sebelum observasi sekitar 15 menit, didokumentasikan dengan foto/video.', certainty: 'single-source', sources: [S.kompasianaSuryanal] },
  { text: 'Kepala sekolah menilai lewat ponsel atau laptop dan hanya menilai fokus perilaku indikator terpilih.', certainty: 'single-source', sources: [S.kompasianaSuryanal] },
] as const;

/** 2025+: what "Ubah Praktik Kinerja" deletes (principals). */
export const UBAH_PRAKTIK_KINERJA_2025 = {
  rules: [
    'Mengubah Dokumen Persiapan menghapus dokumen sesudahnya',
    'Mengubah Dokumen Tindak Lanjut menghapus Dokumen Refleksi',
    'Persetujuan dari pengawas (Tim Kinerja) atau Kepala Dinas',
    'Terkunci setelah Kepala Dinas memberi rekomendasi predikat',
  ],
  certainty: 'confirmed',
  sources: [S.kepalasekolahUbah],
} as const;
