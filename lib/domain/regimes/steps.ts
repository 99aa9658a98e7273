/**
 * Step catalogue shared by the yearly regimes. A step is the same activity whatever the dates;
 * the year files choose which steps apply and in which sub-window they run.
 */
import type { Actor, Place, ProductKind, Site, Step } from '../schema';
import { SOURCES, type Source } from '../sources';
import { SITE_PATHS } from '../site-paths';

export const ACTOR = {
  guru: { who: 'guru', as: 'pegawai' },
  ksPegawai: { who: 'kepala-sekolah', as: 'pegawai' },
  ksPpk: { who: 'kepala-sekolah', as: 'ppk' },
  pengawas: { who: 'pengawas', as: 'tim-kinerja' },
  kadis: { who: 'kepala-dinas', as: 'ppk' },
  operator: { who: 'operator', as: 'operator' },
  sistem: { who: 'sistem', as: 'sistem' },
} as const satisfies Record<string, Actor>;

type Opts = {
  siteLabel?: string;
  window?: string;
  optional?: boolean;
  place?: Place;
  note?: string;
  certainty?: Step['certainty'];
};

function step(
  id: string,
  label: string,
  actor: Actor,
  produces: [ProductKind, string],
  sources: Source[],
  opts: Opts = {},
): Step {
  const { certainty, ...rest } = opts;
  return { id, label, actor, produces: { kind: produces[0], name: produces[1] }, sources, certainty: certainty ?? 'confirmed', ...rest };
}

const at = (site: Site, path: string): Place => ({ site, path });
const P = SITE_PATHS.rgtk;
const S = SOURCES;

/** Site and path prefix: PMM in 2024, Ruang GTK from 2025 (the demo site keeps the same paths). */
export type Flavour = { site: Extract<Site, 'pmm' | 'ruang-gtk'>; year: number };

// ------------------------------------------------------------------ perencanaan

export function dataDiri(f: Flavour, actor: Actor, opts: Opts = {}): Step {
  return f.year === 2024
    ? step('data-diri', 'Periksa data diri', actor, ['data', 'Data diri dinyatakan benar ("Data Sudah Selesai")'], [S.katadata2024, S.kompasianaAurelia], {
        siteLabel: 'Mulai Perencanaan Kinerja', place: at(f.site, P.dataDiri), ...opts,
      })
    : step('data-diri', 'Periksa data diri', actor, ['data', 'Data diri dinyatakan sesuai'], [S.caraMengisiPerencanaan], {
        siteLabel: 'Data sudah sesuai',
        place: at(f.site, P.dataDiri),
        note: 'Nama, satuan pendidikan dan NIP diperbaiki lewat operator Dapodik; "Edit" di sini hanya sekali dan tidak mengubah Dapodik.',
        ...opts,
      });
}

export function pelaksanaanTugasPokok(f: Flavour, actor: Actor, opts: Opts = {}): Step {
  const ks = actor.who === 'kepala-sekolah';
  return step(
    'pelaksanaan-tugas-pokok',
    ks ? 'Pelaksanaan tugas di satuan pendidikan' : 'Pahami pelaksanaan tugas pokok',
    actor,
    ['dokumen', ks ? 'Dokumen akuntabilitas ditunjukkan kepada atasan (tidak diunggah)' : 'Tugas pokok dipahami; dokumen akuntabilitas dikonfirmasi kepala sekolah'],
    ks ? [S.twibbonews] : [S.tentangPerencanaanGuru, S.mediabagi2025],
    { siteLabel: 'Pelaksanaan Tugas Pokok', place: at(f.site, P.tugasPokok), ...opts },
  );
}

export function praktikKinerja(f: Flavour, actor: Actor, opts: Opts = {}): Step {
  const ks = actor.who === 'kepala-sekolah';
  const siteLabel = f.year === 2024 && !ks ? 'Praktik Pembelajaran' : 'Praktik Kinerja';
  return step(
    'praktik-kinerja',
    ks ? 'Pilih 1 dari 8 indikator praktik kinerja kepala sekolah' : 'Pilih 1 dari 8 sub-indikator praktik kinerja',
    actor,
    ['dokumen', 'Indikator praktik kinerja yang disepakati'],
    ks ? [S.gusndol2025, S.kompasianaNovi] : [S.tentangPerencanaanGuru, S.katadata2024],
    { siteLabel, place: at(f.site, P.praktikKinerja), ...opts },
  );
}

export function pengembanganKompetensi(f: Flavour, actor: Actor, opts: Opts = {}): Step {
  return f.year === 2024
    ? step('pengembangan-kompetensi', 'Pilih RHK pengembangan kompetensi (32–128 poin per semester)', actor, ['dokumen', 'Daftar RHK pengembangan kompetensi'], [S.rincianRhk], {
        siteLabel: 'Pengembangan Kompetensi', place: at(f.site, P.pengembanganKompetensi), ...opts,
      })
    : step('pengembangan-kompetensi', 'Rencanakan pengembangan kompetensi berbasis refleksi (tanpa poin)', actor, ['dokumen', 'Rencana pengembangan kompetensi'], [S.mediabagi2025, S.gusndol2025], {
        siteLabel: 'Pengembangan Kompetensi', place: at(f.site, P.pengembanganKompetensi), ...opts,
      });
}

export function tugasTambahan(actor: Actor, opts: Opts = {}): Step {
  return step('tugas-tambahan', 'Tugas tambahan (opsional, dengan SK atau Surat Tugas)', actor, ['dokumen', 'Tugas tambahan dengan SK/Surat Tugas'], [S.tugasTambahan], {
    siteLabel: 'Tugas Tambahan', optional: true, ...opts,
  });
}

export function perilakuKerja(f: Flavour, actor: Actor, opts: Opts = {}): Step {
  return step('perilaku-kerja', 'Perilaku kerja (nilai BerAKHLAK)', actor, ['dokumen', 'Ekspektasi perilaku kerja'], [S.kompasianaAurelia, S.tentangPerencanaanGuru], {
    siteLabel: 'Perilaku Kerja', place: at(f.site, P.perilakuKerja), ...opts,
  });
}

export function rangkuman(f: Flavour, actor: Actor, opts: Opts = {}): Step {
  return step('rangkuman', 'Periksa rangkuman lalu ajukan', actor, ['dokumen', 'Rencana kinerja diajukan ("Ajukan")'], [S.katadata2024, S.tentangPerencanaanGuru], {
    siteLabel: 'Rangkuman', place: at(f.site, P.rangkuman), ...opts,
  });
}

export function persetujuanRencana(f: Flavour, approver: Actor, opts: Opts = {}): Step {
  const byKs = approver.who === 'kepala-sekolah';
  return step(
    'persetujuan-rencana',
    byKs ? 'Kepala sekolah memeriksa dan menyetujui rencana' : 'Kepala Dinas (dibantu pengawas) menyetujui rencana',
    approver,
    ['persetujuan', 'Rencana kinerja disetujui atau diminta perbaikan'],
    byKs ? [S.panduanKs2023] : [S.panduanKs2024],
    { siteLabel: byKs ? 'Periksa' : undefined, place: at(f.site, P.landing), ...opts },
  );
}

export function kesepakatanRencana(f: Flavour, actor: Actor): Step {
  return step('kesepakatan-rencana', 'Sepakati kembali rencana yang disetujui', actor, ['persetujuan', 'Rencana disepakati; tahap pelaksanaan terbuka'], [S.kompasianaNuning], {
    place: at(f.site, P.landing),
  });
}

export function periksaRencanaGuru(f: Flavour, opts: Opts = {}): Step {
  return step('periksa-rencana-guru', 'Periksa dan setujui rencana kinerja guru', ACTOR.ksPpk, ['persetujuan', 'Rencana guru berstatus disetujui'], [S.panduanKs2023], {
    siteLabel: 'Periksa', place: at(f.site, P.landing), ...opts,
  });
}

export function praPerencanaan(opts: Opts = {}): Step {
  return step('pra-perencanaan', 'Pra-perencanaan: operator memperbarui data unor dan pegawai, menetapkan Tim Kinerja', ACTOR.operator, ['data', 'Data unor, pegawai dan Tim Kinerja mutakhir'], [S.babeindonesia], opts);
}

// ------------------------------------------------------------------ pelaksanaan

export function dokumenPersiapan(f: Flavour, actor: Actor, opts: Opts = {}): Step {
  return step('dokumen-persiapan', 'Diskusi persiapan: isi Dokumen Persiapan', actor, ['dokumen', 'Dokumen Persiapan (target perilaku, upaya mempelajari, jadwal observasi)'], [S.rumahTahapPelaksanaan, S.txrxnovi], {
    siteLabel: 'Dokumen Persiapan', place: at(f.site, P.dokumenPersiapan), ...opts,
  });
}

export function observasi(f: Flavour, observer: Actor, opts: Opts = {}): Step {
  return step('observasi', 'Observasi kinerja (baseline, bukan untuk penilaian)', observer, ['observasi', 'Rubrik observasi terisi'], [S.rumahTahapPelaksanaan, S.sdncikerut], {
    siteLabel: 'Observasi', place: at(f.site, P.observasi), ...opts,
  });
}

export function ratingTindakLanjut(f: Flavour, rater: Actor, opts: Opts = {}): Step {
  return step('rating-tindak-lanjut', 'Atasan mengisi dokumen rating tindak lanjut', rater, ['penilaian', 'Rating observasi dan rekomendasi'], [S.rumahTindakLanjut], {
    place: at(f.site, P.dokumenTindakLanjut), ...opts,
  });
}

export function dokumenTindakLanjut(f: Flavour, actor: Actor, opts: Opts = {}): Step {
  return step('dokumen-tindak-lanjut', 'Diskusi tindak lanjut: isi Dokumen Tindak Lanjut', actor, ['dokumen', 'Dokumen Tindak Lanjut (tantangan, Sesi Pilihan Belajar)'], [S.rumahTindakLanjut], {
    siteLabel: 'Dokumen Tindak Lanjut', place: at(f.site, P.dokumenTindakLanjut), ...opts,
  });
}

export function upayaTindakLanjut(f: Flavour, actor: Actor, opts: Opts = {}): Step {
  return step('upaya-tindak-lanjut', 'Upaya tindak lanjut: praktikkan perbaikan, atasan memantau', actor, ['tindakan', 'Praktik perbaikan di kelas atau sekolah'], [S.rumahTahapPelaksanaan], {
    place: at(f.site, P.pelaksanaan), ...opts,
  });
}

export function dokumenRefleksi(f: Flavour, actor: Actor, opts: Opts = {}): Step {
  return step('dokumen-refleksi', 'Refleksi tindak lanjut: isi Dokumen Refleksi (4 pertanyaan)', actor, ['dokumen', 'Dokumen Refleksi'], [S.rumahTahapPelaksanaan, S.refleksiPertanyaan], {
    siteLabel: 'Dokumen Refleksi', place: at(f.site, P.dokumenRefleksi), ...opts,
  });
}

export function unggahBuktiDukung(f: Flavour, actor: Actor, opts: Opts = {}): Step {
  const ks = actor.who === 'kepala-sekolah';
  return step(
    'unggah-bukti-dukung',
    ks ? 'Unggah KOSP dan rangkuman kehadiran guru (PDF, maks. 10 MB)' : 'Unggah bukti dukung pengembangan kompetensi dan SK tugas tambahan (PDF, maks. 10 MB)',
    actor,
    ['dokumen', 'Bukti dukung berstatus "Sudah Dikumpulkan"'],
    ks ? [S.kompasianaNuning, S.predikatTidakDariBukti] : [S.setapak2024, S.klikfisika],
    { siteLabel: 'Kumpulkan', place: at(f.site, P.pelaksanaan), ...opts },
  );
}

export function penilaianTengahPeriode(f: Flavour, opts: Opts = {}): Step {
  return step('penilaian-tengah-periode', 'Penilaian tengah periode oleh kepala sekolah', ACTOR.ksPpk, ['penilaian', 'Penilaian tengah periode'], [S.kompasianaIsur], {
    place: at(f.site, P.landing), ...opts,
  });
}

export function observasiGuru(f: Flavour, opts: Opts = {}): Step {
  return step('observasi-guru', 'Observasi kelas guru dan isi rubrik observasi', ACTOR.ksPpk, ['observasi', 'Rubrik observasi guru terisi'], [S.rumahTahapPelaksanaan], {
    place: at(f.site, P.observasi), ...opts,
  });
}

// ------------------------------------------------------------------ penilaian

export function predikatOrganisasi(f: Flavour): Step {
  return step('predikat-organisasi', 'Kepala Dinas menetapkan Predikat Kinerja Organisasi sekolah', ACTOR.kadis, ['predikat', 'Predikat Kinerja Organisasi'], [S.pusatInfoPredikat, S.tirto2025], {
    place: at(f.site, P.penilaian),
  });
}

export function penilaianAtasan(f: Flavour): Step {
  return step('penilaian-atasan', 'Kepala sekolah menilai praktik kinerja dan perilaku kerja', ACTOR.ksPpk, ['penilaian', 'Rating hasil kerja dan rating perilaku kerja'], [S.tirto2025], {
    place: at(f.site, P.penilaian),
  });
}

export function predikatKinerja(f: Flavour): Step {
  return step('predikat-kinerja', 'Predikat kinerja terisi otomatis dari kedua rating', ACTOR.sistem, ['predikat', 'Predikat kinerja guru'], [S.tirto2025], {
    place: at(f.site, P.penilaian),
  });
}

export function penilaianGuru(f: Flavour): Step {
  return step('penilaian-guru', 'Nilai praktik kinerja dan perilaku kerja setiap guru', ACTOR.ksPpk, ['penilaian', 'Rating hasil kerja dan perilaku kerja guru'], [S.tirto2025, S.pusatInfoPredikat], {
    place: at(f.site, P.penilaian),
  });
}

export function predikatGuru(f: Flavour): Step {
  return step('predikat-guru', 'Tetapkan predikat guru dalam batas pola distribusi', ACTOR.ksPpk, ['predikat', 'Predikat kinerja guru'], [S.pusatInfoPredikat, S.naikpangkat], {
    place: at(f.site, P.penilaian),
  });
}

export function penilaianTimKinerja(f: Flavour): Step {
  return step('penilaian-tim-kinerja', 'Pengawas menilai dan mengirim rekomendasi ke Kepala Dinas', ACTOR.pengawas, ['penilaian', 'Rekomendasi penilaian praktik kinerja, pengembangan kompetensi dan perilaku kerja'], [S.kompasianaNovi, S.panduanKs2024], {
    place: at(f.site, P.penilaian),
  });
}

export function penetapanPredikatKs(f: Flavour): Step {
  return step('penetapan-predikat', 'Kepala Dinas menetapkan predikat kepala sekolah', ACTOR.kadis, ['predikat', 'Predikat kinerja kepala sekolah'], [S.panduanKs2024, S.kompasianaNovi], {
    place: at(f.site, P.penilaian),
  });
}

export function sinkronEkinerja(mode: 'sinkron-manual' | 'sinkron-setelah-penilaian' | 'otomatis', actor: Actor): Step {
  if (mode === 'otomatis')
    return step('sinkron-ekinerja', 'Data penilaian tersalur otomatis ke e-Kinerja', ACTOR.sistem, ['sinkronisasi', 'Evaluasi SKP di e-Kinerja'], [S.sdnarjasaIntegrasi], {
      place: at('ekinerja', SITE_PATHS.ekin.daftarSkp),
    });
  if (mode === 'sinkron-setelah-penilaian')
    return step('sinkron-ekinerja', 'Pastikan penilaian tersinkron ke e-Kinerja (evaluasi SKP resmi)', actor, ['sinkronisasi', 'Evaluasi SKP di e-Kinerja'], [S.swarapendidikan], {
      place: at('ekinerja', SITE_PATHS.ekin.daftarSkp), certainty: 'single-source', note: 'Hanya satu sumber (K3S Sawangan, akhir 2025) menyebut sinkron masih perlu.',
    });
  return step('sinkron-ekinerja', 'Tekan "Sinkron PMM" di e-Kinerja', actor, ['sinkronisasi', 'Penilaian PMM masuk ke e-Kinerja'], [S.seputarasn, S.mediabagiSinkron, S.jamilsaiful], {
    siteLabel: 'Sinkron PMM', place: at('ekinerja', SITE_PATHS.ekin.daftarSkp),
  });
}
