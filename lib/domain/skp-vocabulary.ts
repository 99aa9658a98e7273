/**
 * e-Kinerja SKP vocabulary (PermenPANRB 6/2022, JF pendekatan kuantitatif): the terms, what they mean,
 * and the labels the site shows, for writing guidance and auto-fill.
 */
import { z } from 'zod';
import { CertaintySchema, SOURCES as S, SourceSchema } from './sources';

export const SkpTermSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  term: z.string().min(1),
  /** Label as printed on the form or site, when it differs from the term. */
  siteLabel: z.string().optional(),
  meaning: z.string().min(1),
  group: z.enum(['hasil-kerja', 'evaluasi', 'perilaku', 'lampiran', 'umum']),
  certainty: CertaintySchema,
  sources: z.array(SourceSchema).min(1),
});
export type SkpTerm = z.infer<typeof SkpTermSchema>;

const HK = [S.skp2022, S.kodeSkp];
const EV = [S.userscriptEkin, S.lampiranPermenpan6];

export const SKP_TERMS: readonly SkpTerm[] = [
  { id: 'rhk-atasan-diintervensi', term: 'Rencana Hasil Kerja Atasan yang Diintervensi', meaning: 'RHK atasan yang didukung oleh RHK pegawai (cascading).', group: 'hasil-kerja', certainty: 'confirmed', sources: HK },
  { id: 'rhk', term: 'Rencana Hasil Kerja', siteLabel: 'Rencana Hasil Kerja', meaning: 'Hasil kerja yang direncanakan pegawai; dibagi A. Utama dan B. Tambahan.', group: 'hasil-kerja', certainty: 'confirmed', sources: HK },
  { id: 'aspek', term: 'Aspek', meaning: 'Kuantitas, Kualitas, atau Waktu (Biaya opsional) untuk setiap indikator.', group: 'hasil-kerja', certainty: 'confirmed', sources: HK },
  { id: 'aspek-kuantitas', term: 'Kuantitas', meaning: 'Jumlah hasil, mis. "2 Dokumen".', group: 'hasil-kerja', certainty: 'confirmed', sources: HK },
  { id: 'aspek-kualitas', term: 'Kualitas', meaning: 'Mutu hasil, mis. "100%".', group: 'hasil-kerja', certainty: 'confirmed', sources: HK },
  { id: 'aspek-waktu', term: 'Waktu', meaning: 'Jangka waktu, mis. "12 Bulan".', group: 'hasil-kerja', certainty: 'confirmed', sources: HK },
  { id: 'iki', term: 'Indikator Kinerja Individu', siteLabel: 'IKI', meaning: 'Ukuran keberhasilan RHK pada satu aspek.', group: 'hasil-kerja', certainty: 'confirmed', sources: HK },
  { id: 'target', term: 'Target', meaning: 'Nilai yang ingin dicapai untuk IKI, dengan satuannya.', group: 'hasil-kerja', certainty: 'confirmed', sources: HK },
  { id: 'rencana-aksi', term: 'Rencana Aksi', meaning: 'Langkah per RHK per periode penilaian, dengan target; harus ada sebelum bukti dukung.', group: 'evaluasi', certainty: 'confirmed', sources: [S.userscriptEkin] },
  { id: 'realisasi', term: 'Realisasi', siteLabel: 'Realisasi berdasarkan bukti dukung', meaning: 'Capaian nyata terhadap target, berdasarkan bukti dukung.', group: 'evaluasi', certainty: 'confirmed', sources: EV },
  { id: 'bukti-dukung', term: 'Bukti Dukung', siteLabel: 'Nama Bukti Dukung / Link Bukti Dukung', meaning: 'Nama dan tautan (biasanya Google Drive) bukti capaian; tautan privat menghalangi penilai.', group: 'evaluasi', certainty: 'confirmed', sources: EV },
  { id: 'sumber-data', term: 'Sumber Data', meaning: 'Asal data realisasi (pada kinerja harian terisi "ekinerja").', group: 'evaluasi', certainty: 'confirmed', sources: [S.userscriptEkin, S.kinerjaHarianKode] },
  { id: 'umpan-balik-berkelanjutan', term: 'Umpan Balik Berkelanjutan', siteLabel: 'Umpan balik berkelanjutan berdasarkan bukti dukung', meaning: 'Tanggapan penilai atas realisasi setiap periode.', group: 'evaluasi', certainty: 'confirmed', sources: [S.lampiranPermenpan6] },
  { id: 'periode-triwulan', term: 'Periode penilaian', siteLabel: 'Triwulan I/II/III/IV-Akhir', meaning: 'Evaluasi berkala per triwulan ditambah evaluasi tahunan.', group: 'evaluasi', certainty: 'confirmed', sources: [S.lampiranPermenpan6] },
  { id: 'ekspektasi-khusus-pimpinan', term: 'Ekspektasi Khusus Pimpinan', meaning: 'Harapan atasan atas perilaku kerja, satu kolom untuk setiap nilai BerAKHLAK.', group: 'perilaku', certainty: 'confirmed', sources: [S.kodeSkp] },
  { id: 'dukungan-sumber-daya', term: 'Dukungan Sumber Daya', meaning: 'Lampiran SKP: sumber daya yang disediakan untuk mencapai hasil kerja.', group: 'lampiran', certainty: 'confirmed', sources: [S.kodeSkp] },
  { id: 'skema-pertanggungjawaban', term: 'Skema Pertanggungjawaban', meaning: 'Lampiran SKP: cara pegawai mempertanggungjawabkan hasil kerja.', group: 'lampiran', certainty: 'confirmed', sources: [S.kodeSkp] },
  { id: 'konsekuensi', term: 'Konsekuensi', meaning: 'Lampiran SKP: akibat bila hasil kerja tercapai atau tidak.', group: 'lampiran', certainty: 'confirmed', sources: [S.kodeSkp] },
  { id: 'pendekatan', term: 'Pendekatan', meaning: 'Kuantitatif (jabatan fungsional seperti guru) atau Kualitatif.', group: 'umum', certainty: 'confirmed', sources: [S.bukuEkinerja2022] },
  { id: 'jenis-rhk', term: 'Jenis RHK', meaning: 'Utama atau Tambahan.', group: 'umum', certainty: 'confirmed', sources: [S.bukuEkinerja2022] },
];

export const SKP_ASPECTS = ['Kuantitas', 'Kualitas', 'Waktu'] as const;
export const SKP_LAMPIRAN = ['Dukungan Sumber Daya', 'Skema Pertanggungjawaban', 'Konsekuensi'] as const;
export const SKP_HASIL_KERJA_COLUMNS = ['No', 'Rencana Hasil Kerja Atasan yang Diintervensi', 'Rencana Hasil Kerja', 'Aspek', 'Indikator Kinerja Individu', 'Target'] as const;
export const SKP_EVALUATION_COLUMNS = ['Rencana Hasil Kerja', 'Indikator Kinerja Individu', 'Target', 'Realisasi berdasarkan bukti dukung', 'Umpan balik berkelanjutan berdasarkan bukti dukung'] as const;
export const SKP_EVIDEN_FIELDS = ['Nama Bukti Dukung', 'Link Bukti Dukung', 'Realisasi', 'Sumber Data'] as const;

/** Fields of the "Tambah Progress Harian" modal on /kinerja_harian, as printed (upper case on the site). */
export const KINERJA_HARIAN_FIELDS = [
  'Rencana Aksi', 'TANGGAL KEGIATAN', 'JAM MULAI KEGIATAN', 'JAM SELESAI KEGIATAN', 'KEGIATAN HARIAN', 'Sumber Data', 'REALISASI', 'Satuan', 'BUKTI DUKUNG',
] as const;

/** Example principal RHK with one target per aspect (SKP 2022 Kendari). */
export const EXAMPLE_RHK_KEPALA_SEKOLAH = {
  rhk: 'Tersusunnya dokumen perangkat pembelajaran guru',
  targets: { kuantitas: '2 Dokumen', kualitas: '100%', waktu: '12 Bulan' },
  sources: [S.skp2022],
} as const;
