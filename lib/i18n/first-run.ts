import { defineMessages } from './define';

/** The welcome page, and the line every view shows while no profile is saved. */
export const firstRunMessages = defineMessages(
  {
    'assumed': 'Anggap Anda guru; ubah di Pengaturan.',
    'assumed.link': 'Pengaturan',
    'welcome.title': 'Selamat datang',
    'welcome.intro': 'Dua pertanyaan saja, supaya tahapan dan tenggat yang ditampilkan sesuai untuk Anda. Sisanya bisa diisi nanti di Pengaturan.',
    'welcome.role': 'Anda bekerja sebagai',
    'welcome.zone': 'Zona waktu tempat Anda bekerja',
    'welcome.zoneHint': 'Tenggat dihitung per tanggal di zona ini.',
    'welcome.guess': 'sesuai jam perangkat ini',
    'welcome.saved': 'Tersimpan: {role}, {zone}.',
    'welcome.notSaved': 'Belum dipilih; sementara dianggap guru, WIB.',
    'welcome.next': 'Lihat tahapan tahun ini',
    'welcome.more': 'Isi nama dan sekolah di Pengaturan',
    'welcome.sites': 'Saat Anda membuka Ruang GTK atau e-Kinerja, panel Pendamping Kinerja muncul di pojok bawah halaman. Semua data tetap di perangkat ini.',
  },
  {
    'assumed': 'Assuming you are a teacher; change this in Settings.',
    'assumed.link': 'Settings',
    'welcome.title': 'Welcome',
    'welcome.intro': 'Just two questions, so the stages and deadlines shown fit you. The rest can wait for Settings.',
    'welcome.role': 'You work as',
    'welcome.zone': 'The time zone you work in',
    'welcome.zoneHint': 'Deadlines are counted by the date in this zone.',
    'welcome.guess': 'matches this device’s clock',
    'welcome.saved': 'Saved: {role}, {zone}.',
    'welcome.notSaved': 'Not chosen yet; for now a teacher in WIB is assumed.',
    'welcome.next': 'See this year’s stages',
    'welcome.more': 'Fill in name and school in Settings',
    'welcome.sites': 'When you open Ruang GTK or e-Kinerja, the Pendamping Kinerja panel appears in a bottom corner of the page. All data stays on this device.',
  },
);
export type FirstRunMessageKey = keyof typeof firstRunMessages.id;
