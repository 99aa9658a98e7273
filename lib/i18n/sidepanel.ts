import { defineMessages } from './define';

/** The side panel's own strings (the rest comes from the app's, planner's and evidence catalogues). */
export const sidePanelMessages = defineMessages(
  {
    'side.loading': 'Membaca halaman…',
    'side.otherTitle': 'Buka Ruang GTK atau e-Kinerja',
    'side.otherBody': 'Panel ini membantu di halaman Pengelolaan Kinerja (Ruang GTK) dan SKP (e-Kinerja BKN). Buka salah satunya di tab ini.',
    'side.waitingTitle': 'Halaman belum terbaca',
    'side.waitingBody': 'Pendamping Kinerja belum bisa membaca halaman di tab ini. Muat ulang halaman itu, lalu coba lagi.',
    'side.retry': 'Coba lagi',
    'side.assumeGuru': 'Anggap Anda guru; ubah di Pengaturan.',
    'side.openSettings': 'Buka Pengaturan',
    'side.why': 'Mengapa: {why}',
    'side.changedTitle': 'Halaman ini tampaknya berubah',
    'side.changedBody': 'Yang tidak terlihat: {missing}. Situs mungkin sudah diperbarui. Tidak ada yang diisi atau dilampirkan sebelum Anda memeriksa dan menyetujui setiap kolom.',
  },
  {
    'side.loading': 'Reading the page…',
    'side.otherTitle': 'Open Ruang GTK or e-Kinerja',
    'side.otherBody': 'This panel helps on the Pengelolaan Kinerja pages (Ruang GTK) and SKP (e-Kinerja BKN). Open one of them in this tab.',
    'side.waitingTitle': 'Page not read yet',
    'side.waitingBody': 'Pendamping Kinerja could not read the page in this tab yet. Reload that page, then try again.',
    'side.retry': 'Try again',
    'side.assumeGuru': 'Assuming you are a teacher (guru); change it in Settings.',
    'side.openSettings': 'Open Settings',
    'side.why': 'Why: {why}',
    'side.changedTitle': 'This page seems to have changed',
    'side.changedBody': 'Not seen: {missing}. The site may have been updated. Nothing is filled in or attached until you have checked and approved each field.',
  },
);
