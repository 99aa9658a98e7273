import { defineMessages } from './define';

/**
 * The privacy page (app `#/privasi`), which the store listings link to (docs/store). Every line
 * must stay true of the code: what lib/db and storage.local hold, and that nothing is sent.
 */
export const privacyMessages = defineMessages(
  {
    'privacy.title': 'Privasi',
    'privacy.intro': 'Pendamping Kinerja bekerja seluruhnya di perangkat Anda. Tidak ada akun, tidak ada server, tidak ada yang dikirim ke internet.',
    'stored.heading': 'Apa yang disimpan',
    'stored.profile': 'Profil yang Anda isi di Pengaturan: peran, nama, sekolah, jenjang jabatan, tahun dan periode, zona waktu, bahasa.',
    'stored.checklist': 'Centang daftar periksa Anda, tanggal kalender yang Anda ubah atau impor, dan pengingat yang sudah ditampilkan.',
    'stored.evidence': 'Bukti kinerja yang Anda tambahkan: berkas (beserta nama, tanggal, tahap, label dan sidik isinya untuk mengenali berkas ganda) dan tautan.',
    'stored.writing': 'Tulisan Anda: rencana, dokumen persiapan, tindak lanjut, refleksi dan catatan harian, beserta versi-versi sebelumnya.',
    'stored.skp': 'Riwayat angka kredit dan PAK awal yang Anda isi, serta template isian e-Kinerja (bawaan, buatan Anda, atau yang Anda impor).',
    'stored.prefs': 'Pilihan tampilan panel: bahasa, pojok kiri atau kanan, terbuka atau tertutup.',
    'where.heading': 'Di mana disimpan',
    'where.local': 'Di browser ini, di perangkat ini: dalam penyimpanan milik ekstensi (IndexedDB dan storage.local). Situs lain, termasuk situs pemerintah, tidak dapat membacanya.',
    'where.remove': 'Menghapus ekstensi dari browser menghapus semua data ini. Data tidak ikut pindah ke perangkat atau browser lain.',
    'never.heading': 'Yang tidak pernah dikirim',
    'never.nothing': 'Ekstensi ini tidak mengirim apa pun ke mana pun: tidak ada permintaan jaringan, tidak ada analitik, tidak ada iklan, tidak ada kode dari luar.',
    'never.files': 'Berkas bukti Anda tidak pernah diunggah oleh ekstensi. Berkas hanya masuk ke kolom unggah situs bila Anda sendiri menekan tombol lampirkan, dan situs baru menerimanya bila Anda menekan tombol kirimnya.',
    'sites.heading': 'Di Ruang GTK dan e-Kinerja',
    'sites.read': 'Di halaman kedua situs itu, ekstensi membaca alamat halaman dan judulnya untuk mengenali langkah yang sedang Anda kerjakan. Ekstensi mengisi kolom atau melampirkan berkas hanya saat Anda menekan tombolnya.',
    'sites.never': 'Ekstensi tidak pernah menekan tombol simpan atau kirim untuk Anda.',
    'contact': 'Ada pertanyaan tentang privasi? Tanyakan lewat halaman ekstensi ini di toko ekstensi.',
  },
  {
    'privacy.title': 'Privacy',
    'privacy.intro': 'Pendamping Kinerja works entirely on your device. There is no account, no server, and nothing is sent to the internet.',
    'stored.heading': 'What is stored',
    'stored.profile': 'The profile you fill in under Settings: role, name, school, career level, year and period, time zone, language.',
    'stored.checklist': 'Your checklist ticks, the calendar dates you changed or imported, and the reminders already shown.',
    'stored.evidence': 'The evidence you add: files (with their name, date, stage, tags and a fingerprint of their content to spot duplicates) and links.',
    'stored.writing': 'Your writing: the plan, preparation, follow-up and reflection documents and daily notes, with their earlier versions.',
    'stored.skp': 'The angka kredit history and starting PAK you enter, and your e-Kinerja fill templates (built in, your own, or imported).',
    'stored.prefs': 'How the panel looks: language, left or right corner, open or closed.',
    'where.heading': 'Where it is stored',
    'where.local': 'In this browser, on this device: in the extension\'s own storage (IndexedDB and storage.local). Other sites, government sites included, cannot read it.',
    'where.remove': 'Removing the extension from the browser deletes all of this data. It does not move to another device or browser.',
    'never.heading': 'What is never sent',
    'never.nothing': 'This extension sends nothing anywhere: no network requests, no analytics, no ads, no code from outside.',
    'never.files': 'Your evidence files are never uploaded by the extension. A file goes into a site\'s upload field only when you press attach yourself, and the site receives it only when you press its own submit button.',
    'sites.heading': 'On Ruang GTK and e-Kinerja',
    'sites.read': 'On those two sites the extension reads the page address and its heading, to recognise the step you are working on. It fills a field or attaches a file only when you press its button.',
    'sites.never': 'The extension never presses a save or submit button for you.',
    'contact': 'A question about privacy? Ask through this extension\'s page in the extension store.',
  },
);
