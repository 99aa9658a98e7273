// Relative imports: the adapters are plain data that node scripts (scripts/bench-recognition.mjs) bundle too.
import { rgtkLanding } from './rgtk-landing';
import { rgtkDataDiri } from './rgtk-data-diri';
import { rgtkTugasPokok } from './rgtk-tugas-pokok';
import { rgtkPraktikKinerja } from './rgtk-praktik-kinerja';
import { rgtkPengembanganKompetensi } from './rgtk-pengembangan-kompetensi';
import { rgtkTugasTambahan } from './rgtk-tugas-tambahan';
import { rgtkPerilakuKerja } from './rgtk-perilaku-kerja';
import { rgtkRangkuman } from './rgtk-rangkuman';
import { rgtkPelaksanaan } from './rgtk-pelaksanaan';
import { rgtkDokumenPersiapan } from './rgtk-dokumen-persiapan';
import { rgtkObservasi } from './rgtk-observasi';
import { rgtkDokumenTindakLanjut } from './rgtk-dokumen-tindak-lanjut';
import { rgtkDokumenRefleksi } from './rgtk-dokumen-refleksi';
import { rgtkPenilaian } from './rgtk-penilaian';
import { ekinDaftarSkp } from './ekin-daftar-skp';
import { ekinSkp } from './ekin-skp';
import { ekinRencanaAksi } from './ekin-rencana-aksi';
import { ekinEviden } from './ekin-eviden';
import { ekinKinerjaHarian } from './ekin-kinerja-harian';
import { ekinProfil } from './ekin-profil';
import type { PageAdapter } from '../adapter';

/** Every page the product knows, one adapter per page (its fixtures in tests/fixtures/pages/<id>/). */
export const PAGE_ADAPTERS: readonly PageAdapter[] = [
  rgtkLanding,
  rgtkDataDiri,
  rgtkTugasPokok,
  rgtkPraktikKinerja,
  rgtkPengembanganKompetensi,
  rgtkTugasTambahan,
  rgtkPerilakuKerja,
  rgtkRangkuman,
  rgtkPelaksanaan,
  rgtkDokumenPersiapan,
  rgtkObservasi,
  rgtkDokumenTindakLanjut,
  rgtkDokumenRefleksi,
  rgtkPenilaian,
  ekinDaftarSkp,
  ekinSkp,
  ekinRencanaAksi,
  ekinEviden,
  ekinKinerjaHarian,
  ekinProfil,
];
