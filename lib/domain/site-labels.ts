/**
 * The words the sites show, per field or button, with the years they apply to. Features (auto-fill, overlay hints,
 * checklists) ask `siteLabel(key, year)` instead of hard-coding text that changes between years.
 */
import { z } from 'zod';
import { SiteSchema } from './schema';
import { CertaintySchema, SOURCES as S, SourceSchema } from './sources';

export const SiteLabelSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  site: SiteSchema,
  label: z.string().min(1),
  fromYear: z.number().int().optional(),
  toYear: z.number().int().optional(),
  certainty: CertaintySchema,
  sources: z.array(SourceSchema).min(1),
});
export type SiteLabel = z.infer<typeof SiteLabelSchema>;

const G = [S.panduanKs2023, S.katadata2024, S.rumahTahapPelaksanaan, S.rumahTindakLanjut];
const E = [S.bukuEkinerja2022, S.userscriptEkin, S.kinerjaHarianKode];
const gtk = (key: string, label: string, extra: Partial<SiteLabel> = {}): SiteLabel => ({ key, site: 'ruang-gtk', label, certainty: 'confirmed', sources: G, ...extra });
const pmm = (key: string, label: string, extra: Partial<SiteLabel> = {}): SiteLabel => ({ key, site: 'pmm', label, toYear: 2024, certainty: 'confirmed', sources: G, ...extra });
const ek = (key: string, label: string, extra: Partial<SiteLabel> = {}): SiteLabel => ({ key, site: 'ekinerja', label, certainty: 'confirmed', sources: E, ...extra });

export const SITE_LABELS: readonly SiteLabel[] = [
  gtk('menu-pengelolaan-kinerja', 'Pengelolaan Kinerja'),
  pmm('praktik-kinerja', 'Praktik Pembelajaran'),
  gtk('praktik-kinerja', 'Praktik Kinerja', { fromYear: 2025, sources: [S.tentangPerencanaanGuru, S.kabajuolai] }),
  pmm('mulai-perencanaan', 'Mulai Perencanaan Kinerja', { sources: [S.katadata2024] }),
  pmm('data-sesuai', 'Data Sudah Selesai', { sources: [S.katadata2024] }),
  gtk('data-sesuai', 'Data sudah sesuai', { fromYear: 2025, sources: [S.caraMengisiPerencanaan] }),
  gtk('menu-guru-pegawai', 'Sebagai Pegawai', { fromYear: 2025, sources: [S.caraMengisiPerencanaan] }),
  gtk('menu-ks-atasan', 'Kepala Sekolah sebagai Atasan', { fromYear: 2025, sources: [S.mannaberbagi2025] }),
  gtk('mulai', 'Mulai'),
  gtk('edit', 'Edit', { sources: [S.caraMengisiPerencanaan] }),
  gtk('ajukan', 'Ajukan'),
  gtk('periksa', 'Periksa', { sources: [S.panduanKs2023] }),
  gtk('cek', 'Cek', { sources: [S.panduanKs2023] }),
  gtk('status-perlu-disetujui', 'Perlu disetujui', { sources: [S.panduanKs2023] }),
  gtk('kumpulkan', 'Kumpulkan'),
  pmm('unggah', 'Unggah', { sources: [S.setapak2024] }),
  pmm('unggah-dokumen', 'Unggah Dokumen', { sources: [S.setapak2024] }),
  pmm('ambil-bukti-karya', 'Ambil dari Bukti Karya', { sources: [S.setapak2024] }),
  pmm('status-sudah-dikumpulkan', 'Sudah Dikumpulkan', { sources: [S.setapak2024] }),
  gtk('isi-dokumen', 'Isi Dokumen'),
  gtk('lanjut', 'Lanjut'),
  gtk('tujuan-dokumen', 'Apa itu tujuan dokumen ini?'),
  gtk('sesi-pilihan-belajar', 'Sesi Pilihan Belajar', { sources: [S.rumahTindakLanjut] }),
  gtk('cek-rubrik-observasi', 'Cek rubrik observasi'),
  gtk('ganti-periode', 'ganti periode'),
  gtk('ubah-praktik-kinerja', 'Ubah Praktik Kinerja', { fromYear: 2025, sources: [S.kepalasekolahUbah] }),
  gtk('bantuan', 'Butuh Bantuan'),
  gtk('dokumen-persiapan', 'Dokumen Persiapan'),
  gtk('dokumen-tindak-lanjut', 'Dokumen Tindak Lanjut'),
  gtk('dokumen-refleksi', 'Dokumen Refleksi'),
  ek('daftar-skp', 'Daftar SKP'),
  ek('tambah-rhk', 'Tambah RHK'),
  ek('sinkron-pmm', 'Sinkron PMM', { sources: [S.seputarasn, S.mediabagiSinkron] }),
  ek('matriks-peran-hasil', 'Matriks Peran Hasil'),
  ek('rencana-aksi', 'Rencana Aksi'),
  ek('nama-bukti-dukung', 'Nama Bukti Dukung'),
  ek('link-bukti-dukung', 'Link Bukti Dukung'),
  ek('bukti-dukung', 'Bukti Dukung'),
  ek('realisasi', 'Realisasi'),
  ek('sumber-data', 'Sumber Data'),
  ek('tambah-progress-harian', 'Tambah Progress Harian'),
  ek('tanggal-kegiatan', 'TANGGAL KEGIATAN'),
  ek('jam-mulai-kegiatan', 'JAM MULAI KEGIATAN'),
  ek('jam-selesai-kegiatan', 'JAM SELESAI KEGIATAN'),
  ek('kegiatan-harian', 'KEGIATAN HARIAN'),
  ek('satuan', 'Satuan'),
];


/** The label the site shows for `key` in `year` (the newest entry whose years include it), or undefined. */
export function siteLabel(key: string, year: number): SiteLabel | undefined {
  const matches = SITE_LABELS.filter((l) => l.key === key && (l.fromYear ?? 0) <= year && year <= (l.toYear ?? Infinity));
  return matches[matches.length - 1];
}
