/**
 * The documented paths of the pages the product knows (domain.md §10), in one place: the steps'
 * `place` (regimes/steps.ts) and the page adapters (lib/sites/adapters) both take them from here,
 * so a page that moves is edited once. Ruang GTK paths are relative to the site's base (`/` on
 * guru.*, `/ruang/gtk` on rumah.pendidikan.go.id); e-Kinerja's `:name` segments stand for the
 * 32-hex ids the live site puts in its paths (lib/sites/path-pattern.ts).
 */
const PK = '/pengelolaan-kinerja';

export const SITE_PATHS = {
  rgtk: {
    landing: PK,
    dataDiri: `${PK}/perencanaan/data-diri`,
    tugasPokok: `${PK}/perencanaan/pelaksanaan-tugas-pokok`,
    praktikKinerja: `${PK}/perencanaan/praktik-kinerja`,
    /** The 2024 (PMM) name of the same step. */
    praktikPembelajaran: `${PK}/perencanaan/praktik-pembelajaran`,
    pengembanganKompetensi: `${PK}/perencanaan/pengembangan-kompetensi`,
    tugasTambahan: `${PK}/perencanaan/tugas-tambahan`,
    perilakuKerja: `${PK}/perencanaan/perilaku-kerja`,
    rangkuman: `${PK}/perencanaan/rangkuman`,
    pelaksanaan: `${PK}/pelaksanaan`,
    dokumenPersiapan: `${PK}/pelaksanaan/dokumen-persiapan`,
    observasi: `${PK}/pelaksanaan/observasi`,
    dokumenTindakLanjut: `${PK}/pelaksanaan/dokumen-tindak-lanjut`,
    dokumenRefleksi: `${PK}/pelaksanaan/dokumen-refleksi`,
    penilaian: `${PK}/penilaian`,
  },
  ekin: {
    daftarSkp: '/skp',
    skp: '/skp/:skp',
    rencanaAksi: '/skp/:skp/penilaian/:periode/rencana_aksi',
    eviden: '/skp/:skp/penilaian/:periode/eviden',
    kinerjaHarian: '/kinerja_harian',
    profil: '/profil',
  },
} as const;
