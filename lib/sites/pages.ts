/**
 * One adapter per page of the host sites that the product understands: where it lives (path),
 * how it announces itself (headings), and which stage/step of the cycle it belongs to.
 * Paths and headings are data, checked against the demo copies in tests/fixtures/sites
 * (tests/unit/sites.test.ts); when the ministry changes a page, this is the one place to edit.
 */
export type SiteId = 'ruang-gtk' | 'ekinerja';
export type StageId = 'perencanaan' | 'pelaksanaan' | 'penilaian';

export interface PageAdapter {
  readonly id: string;
  readonly site: SiteId;
  /** The stage of the cycle this page belongs to, when it belongs to one. */
  readonly stage?: StageId;
  /** The step id of lib/domain this page serves, when there is one. */
  readonly step?: string;
  /**
   * Path patterns (lib/sites/path-pattern.ts), matched against the path with the Rumah
   * Pendidikan prefix removed: `:name` stands for one segment, a trailing slash is ignored.
   */
  readonly paths: readonly string[];
  /** Any one of these, compared case- and space-insensitively, confirms the page. */
  readonly headings: readonly string[];
}

const PK = '/pengelolaan-kinerja';

export const PAGE_ADAPTERS: readonly PageAdapter[] = [
  { id: 'rgtk.landing', site: 'ruang-gtk', paths: [PK], headings: ['Pengelolaan Kinerja'] },
  { id: 'rgtk.data-diri', site: 'ruang-gtk', stage: 'perencanaan', step: 'data-diri', paths: [`${PK}/perencanaan/data-diri`], headings: ['Periksa Data Diri', 'Data Diri'] },
  { id: 'rgtk.tugas-pokok', site: 'ruang-gtk', stage: 'perencanaan', step: 'pelaksanaan-tugas-pokok', paths: [`${PK}/perencanaan/pelaksanaan-tugas-pokok`], headings: ['Pelaksanaan Tugas Pokok'] },
  { id: 'rgtk.praktik-kinerja', site: 'ruang-gtk', stage: 'perencanaan', step: 'praktik-kinerja', paths: [`${PK}/perencanaan/praktik-kinerja`, `${PK}/perencanaan/praktik-pembelajaran`], headings: ['Praktik Kinerja', 'Praktik Pembelajaran'] },
  { id: 'rgtk.pengembangan-kompetensi', site: 'ruang-gtk', stage: 'perencanaan', step: 'pengembangan-kompetensi', paths: [`${PK}/perencanaan/pengembangan-kompetensi`], headings: ['Pengembangan Kompetensi'] },
  { id: 'rgtk.tugas-tambahan', site: 'ruang-gtk', stage: 'perencanaan', step: 'tugas-tambahan', paths: [`${PK}/perencanaan/tugas-tambahan`], headings: ['Tugas Tambahan'] },
  { id: 'rgtk.perilaku-kerja', site: 'ruang-gtk', stage: 'perencanaan', step: 'perilaku-kerja', paths: [`${PK}/perencanaan/perilaku-kerja`], headings: ['Perilaku Kerja'] },
  { id: 'rgtk.rangkuman', site: 'ruang-gtk', stage: 'perencanaan', step: 'rangkuman', paths: [`${PK}/perencanaan/rangkuman`], headings: ['Rangkuman'] },
  { id: 'rgtk.pelaksanaan', site: 'ruang-gtk', stage: 'pelaksanaan', paths: [`${PK}/pelaksanaan`], headings: ['Pelaksanaan Kinerja'] },
  { id: 'rgtk.dokumen-persiapan', site: 'ruang-gtk', stage: 'pelaksanaan', step: 'dokumen-persiapan', paths: [`${PK}/pelaksanaan/dokumen-persiapan`], headings: ['Dokumen Persiapan'] },
  { id: 'rgtk.observasi', site: 'ruang-gtk', stage: 'pelaksanaan', step: 'observasi', paths: [`${PK}/pelaksanaan/observasi`], headings: ['Observasi Kinerja', 'Observasi'] },
  { id: 'rgtk.dokumen-tindak-lanjut', site: 'ruang-gtk', stage: 'pelaksanaan', step: 'dokumen-tindak-lanjut', paths: [`${PK}/pelaksanaan/dokumen-tindak-lanjut`], headings: ['Dokumen Tindak Lanjut'] },
  { id: 'rgtk.dokumen-refleksi', site: 'ruang-gtk', stage: 'pelaksanaan', step: 'dokumen-refleksi', paths: [`${PK}/pelaksanaan/dokumen-refleksi`], headings: ['Dokumen Refleksi'] },
  { id: 'rgtk.penilaian', site: 'ruang-gtk', stage: 'penilaian', paths: [`${PK}/penilaian`], headings: ['Penilaian Kinerja'] },

  { id: 'ekin.daftar-skp', site: 'ekinerja', stage: 'perencanaan', paths: ['/skp'], headings: ['Daftar SKP'] },
  { id: 'ekin.skp', site: 'ekinerja', stage: 'perencanaan', paths: ['/skp/:skp'], headings: ['Sasaran Kinerja Pegawai'] },
  { id: 'ekin.rencana-aksi', site: 'ekinerja', stage: 'pelaksanaan', paths: ['/skp/:skp/penilaian/:periode/rencana_aksi'], headings: ['Rencana Aksi'] },
  { id: 'ekin.eviden', site: 'ekinerja', stage: 'pelaksanaan', paths: ['/skp/:skp/penilaian/:periode/eviden'], headings: ['Bukti Dukung', 'Eviden'] },
  { id: 'ekin.kinerja-harian', site: 'ekinerja', stage: 'pelaksanaan', paths: ['/kinerja_harian'], headings: ['Kinerja Harian'] },
  { id: 'ekin.profil', site: 'ekinerja', paths: ['/profil'], headings: ['Profil'] },
];
