import { z } from 'zod';

/**
 * How sure we are of a fact (legend of domain.md):
 * confirmed = official source or two independent sources; single-source = one secondary source;
 * uncertain = sources disagree or the value is inferred. The UI shows "belum pasti" for the last two.
 */
export const CertaintySchema = z.enum(['confirmed', 'single-source', 'uncertain']);
export type Certainty = z.infer<typeof CertaintySchema>;

export const SourceSchema = z.object({
  title: z.string().min(1),
  url: z.string().min(1).optional(),
  certainty: CertaintySchema,
});
export type Source = z.infer<typeof SourceSchema>;

export const CERTAINTY_LABEL: Readonly<Record<Certainty, string>> = {
  confirmed: 'Terkonfirmasi',
  'single-source': 'Satu sumber (belum pasti)',
  uncertain: 'Belum pasti',
};

/** True when the UI must put "belum pasti" next to the fact. */
export function isUncertain(certainty: Certainty): boolean {
  return certainty !== 'confirmed';
}

const c = (title: string, url?: string): Source => ({ title, ...(url ? { url } : {}), certainty: 'confirmed' });
const s = (title: string, url?: string): Source => ({ title, ...(url ? { url } : {}), certainty: 'single-source' });
const u = (title: string, url?: string): Source => ({ title, ...(url ? { url } : {}), certainty: 'uncertain' });

/**
 * Every source cited by the domain data, keyed by a short id. The certainty is that of the fact
 * domain.md cites the source for; a fact still carries its own certainty.
 */
export const SOURCES = {
  panduanGuru2023: c('Panduan Pengelolaan Kinerja untuk Guru (Des 2023)', 'https://www.scribd.com/document/697586493'),
  panduanKs2023: c('Panduan Teknis Fitur Pengelolaan Kinerja untuk Kepala Sekolah (Des 2023)', 'https://www.scribd.com/document/697828020'),
  panduanKs2024: c('Panduan Teknis Pengelolaan Kinerja Kepala Sekolah (Jan 2024)', 'https://www.scribd.com/document/726076016'),
  se0559: c('SE Dirjen GTK 0559/B.B1/GT.02.00/2024 (perpanjangan perencanaan sampai 31 Maret 2024), via delik.tv', 'https://delik.tv/2024/02/09'),
  metropolitan2024: c('metropolitan.id: perencanaan kinerja 1–31 Januari 2024', 'https://metropolitan.id'),
  kompasianaIsur: c('Kompasiana isursuryati3843: perencanaan Januari/Juli, penilaian April/Oktober dan Juni/Desember', 'https://www.kompasiana.com/isursuryati3843'),
  kompasianaNuning: c('Kompasiana nuningsapta1219: persetujuan dan kesepakatan rencana, bukti KS', 'https://www.kompasiana.com/nuningsapta1219'),
  sewaktu2024: c('sewaktu.com: observasi Februari–Mei 2024', 'https://sewaktu.com'),
  portalsulut: c('portalsulut.pikiran-rakyat.com pr-858160527', 'https://portalsulut.pikiran-rakyat.com'),
  katadata2024: c('katadata.co.id: cara mengisi perencanaan kinerja PMM', 'https://katadata.co.id/65a651db9db5e'),
  kompasianaAurelia: c('Kompasiana aureliapatriciafernandez5816: langkah perencanaan PMM 2024', 'https://www.kompasiana.com/aureliapatriciafernandez5816'),
  rincianRhk: c('123dok: Rincian RHK dan bukti dukung (Perdirjen GTK 7607/B.B1/HK.03/2023)', 'https://123dok.com/document/11763136'),
  tugasTambahan: c('Pusat Informasi Guru: Tentang Tugas Tambahan', 'https://pusatinformasi.guru.kemdikbud.go.id/hc/en-us/articles/26299452064409-Tentang-Tugas-Tambahan'),
  setapak2024: c('setapakrainumbei.blogspot.com: unggah bukti dukung (PDF)', 'https://setapakrainumbei.blogspot.com/2024/01/penting-batas-sampai-31-januari-ini.html'),
  klikfisika: c('klikfisikasma.blogspot.com 2024/01 (unggahan ≤10 MB)', 'https://klikfisikasma.blogspot.com/2024/01'),
  predikatTidakDariBukti: c('anyflip kmoih/qyih "PTT PENGKIN KEPSEK"', 'https://anyflip.com/kmoih/qyih'),
  pusatInfoPredikat: c('Pusat Informasi Guru: Tentang Penetapan Predikat Kinerja Guru oleh Kepala Sekolah', 'https://pusatinformasi.guru.kemdikbud.go.id/hc/en-us/articles/33041299207449-Tentang-Penetapan-Predikat-Kinerja-Guru-oleh-Kepala-Sekolah'),
  tirto2025: c('tirto.id: Pengelolaan Kinerja 2025 (Mendikdasmen, 10 Des 2024)', 'https://tirto.id/hd5X'),
  mediabagi2025: c('mediabagi.com: tahapan pengisian perencanaan kinerja guru 2025', 'https://mediabagi.com/tahapan-pengisian-perencanaan-kinerja-guru-tahun-2025/'),
  tentangPerencanaanGuru: c('Pusat Informasi: Tentang Perencanaan Kinerja Guru', 'https://pusatinformasi.ult.kemendikdasmen.go.id/hc/id/articles/40450680960409-Tentang-Perencanaan-Kinerja-Guru'),
  caraMengisiPerencanaan: c('Pusat Informasi: Cara Mengisi Perencanaan Kinerja untuk Guru', 'https://pusatinformasi.ult.kemendikdasmen.go.id/hc/id/articles/40450716460441-Cara-Mengisi-Perencanaan-Kinerja-Untuk-Guru'),
  mannaberbagi2025: c('mannaberbagi.my.id 2025/02: periode Januari–Desember 2025', 'https://mannaberbagi.my.id/2025/02'),
  kabajuolai: c('kabajuolai.blogspot.com: 4 tahapan Pengelolaan Kinerja 2025', 'https://kabajuolai.blogspot.com/2024/12/4-tahapan-pengelolaan-kinerja-tahun.html'),
  gusndol2025: c('gusndol.com: tahapan lengkap merencanakan kinerja kepala sekolah 2025', 'https://gusndol.com/2025/01/29/'),
  blogpendidikan2024: c('blogpendidikan.net 2024/12: linimasa per triwulan 2025', 'https://blogpendidikan.net/2024/12'),
  siaranPers14119: c('Kemendikdasmen siaran pers 14119: penilaian dan penetapan predikat 2025 (13 Nov 2025)', 'https://kemendikdasmen.go.id/siaran-pers/14119'),
  kepalasekolahUbah: c('kepalasekolah.id: cara ubah praktik kinerja kepala sekolah 2025', 'https://kepalasekolah.id/cara-ubah-praktik-kinerja-kepala-sekolah-di-tahun-2025'),
  twibbonews: c('twibbonews.com: variabel Pengelolaan Kinerja kepala sekolah 2025', 'https://twibbonews.com/variabel-pengelolaan-kinerja-kepala-sekolah-terbaru-2025'),
  kep271: c('Kepmendikdasmen 271/O/2025 (ringkasan farazka.com)', 'https://farazka.com'),
  smk10semarang: c('smk10semarang.sch.id: sosialisasi Pengelolaan Kinerja 2026 (29 Des 2025)', 'https://smk10semarang.sch.id/?p=16530'),
  babeindonesia: c('babeindonesia.com 6511714: pra-perencanaan 2026', 'https://babeindonesia.com/6511714'),
  sdnarjasa: s('sdnarjasa1.sch.id 2026/01: target SKP 31 Januari 2026 (1–7, 8–21, 22–31 Januari)', 'https://sdnarjasa1.sch.id/2026/01'),
  pakagus: s('pakagus.com: langkah perencanaan 2026 dan klaim akun terkunci', 'https://pakagus.com'),
  pakkar: c('pakkar.net: catatan kepala sekolah dalam rating kinerja guru', 'https://pakkar.net/catatan-kepala-sekolah-dalam-rating-kinerja-guru/'),
  blogpendidikan8: c('blogpendidikan.net: 8 sub-indikator dalam praktik kinerja', 'https://blogpendidikan.net/2024/08/8-sub-indikator-dalam-praktik-kinerja.html'),
  slideshareFokus: c('slideshare 267305981: catatan di setiap indikator fokus perilaku', 'https://www.slideshare.net/267305981'),
  aleepenaku: s('aleepenaku.com: 8 indikator perilaku', 'https://aleepenaku.com/2024/02/download-file-8-indikator-perilaku.html'),
  kumparanKeteraturan: s('kumparan: 3 indikator keteraturan suasana kelas (8 Mei 2025)', 'https://kumparan.com'),
  rubrikKode: s('Kode publik id 56741323309 (salinan rubrik PMM, kata "pembelajaran mendalam")'),
  scribdFokus: c('scribd 705373857: perilaku dianjurkan dan dihindari', 'https://www.scribd.com/document/705373857'),
  scribdKs: c('scribd 731916649: target perilaku dan bukti kepala sekolah', 'https://www.scribd.com/document/731916649'),
  potretmatematika: c('potretmatematika.xyz: indikator kinerja kepala sekolah', 'https://potretmatematika.xyz'),
  kompasianaNovi: c('Kompasiana novinurulkhotimah 665b280f34777c1bee238b32', 'https://www.kompasiana.com/novinurulkhotimah/665b280f34777c1bee238b32'),
  kompasianaSuardi: u('Kompasiana suardi7085: D1 mencakup manajemen kelas, metode pembelajaran, dukungan psikologis', 'https://www.kompasiana.com/suardi7085'),
  rumahTahapPelaksanaan: c('Rumah Pendidikan: rangkaian tahap pelaksanaan kinerja bagi guru', 'https://rumah.pendidikan.go.id/artikel/rangkaian-tahap-pelaksanaan-kinerja-bagi-guru'),
  rumahTindakLanjut: c('Rumah Pendidikan: panduan mengisi dokumen tindak lanjut', 'https://rumah.pendidikan.go.id/artikel/panduan-cara-mengisi-dokumen-tindak-lanjut-pada-tahap-pelaksanaan-kinerja-guru-di-ruang-gtk'),
  sdncikerut: c('sdncikerut.sch.id: aktivitas interaktif dan observasi (baseline)', 'https://sdncikerut.sch.id/aktivitas-interaktif-dan-observasi-e-kinerja'),
  txrxnovi: c('txrxnovi.com 2025/02: pelaksanaan kinerja Ruang GTK', 'https://txrxnovi.com/2025/02/pelaksanaan-kinerja-ruang-gtk.html'),
  refleksiPertanyaan: c('indsmedia.com 2024/03 dan kumparan 30 Mei 2024: 4 pertanyaan refleksi', 'https://indsmedia.com/2024/03'),
  kppdJabar: c('sukabumikab.kppd-jabar.org 2024/05/18: moda observasi kepala sekolah', 'https://sukabumikab.kppd-jabar.org/2024/05/18'),
  kompasianaSuryanal: s('Kompasiana suryanalraniri3229: obrolan pra-observasi sekitar 15 menit', 'https://www.kompasiana.com/suryanalraniri3229'),
  materiDay1: c('fliphtml5 ejxps/ytna "Materi day 1 Kebijakan Pengelolaan Kinerja Era Belajar Digital" hlm. 14', 'https://fliphtml5.com/ejxps/ytna'),
  timurkasuari: c('timurkasuari.com 2024/12/09: aspek penilaian praktik kinerja', 'https://timurkasuari.com/2024/12/09'),
  gurubelajar: c('gurubelajar.com/?p=885: tanpa unggah bukti dukung sejak 2025', 'https://gurubelajar.com/?p=885'),
  naikpangkat: c('naikpangkat.com: SE MenPANRB, 3 tahap evaluasi kinerja (pola distribusi)', 'https://naikpangkat.com'),
  lampiranPermenpan6: c('Lampiran PermenPANRB 6/2022 (scribd 672154356 / jdih.menpan.go.id)', 'https://jdih.menpan.go.id'),
  seputarasn: c('seputarasn.com: sinkron PMM ke e-Kinerja', 'https://seputarasn.com'),
  mediabagiSinkron: c('mediabagi.com: jenis-jenis pesan error sinkron', 'https://mediabagi.com'),
  jamilsaiful: c('jamilsaifulmenulis.blogspot.com 2024/12: daftar sinkron akhir 2024', 'https://jamilsaifulmenulis.blogspot.com/2024/12'),
  swarapendidikan: s('swarapendidikan.co.id: sinkron ke e-Kinerja setelah penilaian (akhir 2025)', 'https://swarapendidikan.co.id'),
  sdnarjasaIntegrasi: c('sdnarjasa1.sch.id 2026/01 dan smk10semarang.sch.id: integrasi otomatis Ruang GTK – e-Kinerja', 'https://sdnarjasa1.sch.id/2026/01'),
  skp2022: c('scribd 628718579: SKP 2022 guru/kepala sekolah Kendari', 'https://www.scribd.com/document/628718579'),
  kodeSkp: c('Kode publik SKP (id 67115578935, 29151024254, 19166649871, 37843842457, 12097955780, 29585190861, 30033669231, 38916796850)'),
  bukuEkinerja2022: c('Buku Petunjuk e-Kinerja 2022 (pdfcoffee; scribd 622099649 / 611966352)', 'https://pdfcoffee.com'),
  userscriptEkin: c('Greasyfork 538140 "Ekin SKP Bulanan Automaton" (kode id 17033788156)', 'https://greasyfork.org/scripts/538140'),
  kinerjaHarianKode: c('Kode publik id 66727046116 dan ibnunaufal/rekap-kinerja-chrome-extension popup.js'),
  kodeCatatanDesain: s('Kode publik id 65758109689 (catatan desain sekunder)'),
  kodePredikat: c('Matriks predikat di lima repositori publik (id 32146747282, 6610752375, 9304628192, 42417533127, 65983608912)'),
  setapak2026: c('setapakrainumbei 2026/01: tingkat predikat menurut Kepmendikdasmen 271/O/2025', 'https://setapakrainumbei.blogspot.com/2026/01'),
  bknSlides: c('Slide BKN Direktorat Jabatan ASN (scribd 694983391, 667706939, 695385622)', 'https://www.scribd.com/document/694983391'),
  scribd707496387: c('scribd 707496387: konversi predikat ke angka kredit', 'https://www.scribd.com/document/707496387'),
  kompasianaErni: c('Kompasiana erniwardhani1: persentase dan jenjang guru', 'https://www.kompasiana.com/erniwardhani1'),
  catatanKp2024: c('scribd 700492581: Catatan Kenaikan Pangkat 2024', 'https://www.scribd.com/document/700492581'),
  driversimple: c('driversimple.net: Ahli Pertama 12,5; maks 18,75', 'https://driversimple.net'),
  fliphtmlPerBkn: c('fliphtml5 ffcwr/kblm PerBKN 3/2023 hlm. 25', 'https://fliphtml5.com/ffcwr/kblm'),
  penyesuaianAk: c('BKN: Penyesuaian AK Konvensional ke Integrasi (scribd 712964724)', 'https://www.scribd.com/document/712964724'),
  widarma: c('slideshare WidarmaAtmaja: kebijakan teknis PerBKN 3/2023', 'https://www.slideshare.net/WidarmaAtmaja'),
  merdekabelajar: c('merdekabelajar.id ebook 131 (ringkasan PerBKN 3/2023)', 'https://merdekabelajar.id'),
  berakhlakSe20: c('SE MenPANRB 20/2021 (bkpsdm.tasikmalayakab.go.id/?p=2166; trie.my.id; scribd 578361735)', 'https://bkpsdm.tasikmalayakab.go.id/?p=2166'),
  panduanLogin: c('Pusat Informasi: Panduan Login ke Ruang GTK', 'https://pusatinformasi.rumahpendidikan.kemendikdasmen.go.id/hc/id/articles/46358244972697-Panduan-Login-ke-Ruang-GTK'),
  inferensi: u('Perkiraan tim Pendamping Kinerja dari pola tahun sebelumnya (belum ada sumber resmi)'),
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;
