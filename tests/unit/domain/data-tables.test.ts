import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  AK_THRESHOLDS, JenjangSchema, KOEFISIEN_TAHUNAN, OrganisationPredikatSchema, DISTRIBUTION_RULES, PREDIKAT_MATRIX, PREDIKAT_PERCENT,
  PredikatSchema, RatingSchema, REGIME_2024, REGIME_2025, REGIME_2026, ROLES, SITE_LABELS, PRINCIPAL_OBSERVATION_FIELDS,
  UBAH_PRAKTIK_KINERJA_2025, OBSERVATION_CYCLE,
} from '@/lib/domain';

describe('numeric tables validate against their schemas', () => {
  it('predikat matrix, percentages, coefficients, thresholds, distribution rules', () => {
    z.record(RatingSchema, z.record(RatingSchema, PredikatSchema)).parse(PREDIKAT_MATRIX);
    z.record(PredikatSchema, z.number().positive()).parse(PREDIKAT_PERCENT);
    z.record(JenjangSchema, z.number().positive()).parse(KOEFISIEN_TAHUNAN);
    z.record(JenjangSchema, z.object({ pangkat: z.number().positive(), jenjang: z.number().positive().optional() })).parse(AK_THRESHOLDS);
    expect(Object.keys(DISTRIBUTION_RULES).sort()).toEqual([...OrganisationPredikatSchema.options].sort());
  });
});

describe('steps of every track, in order (a renamed or lost step fails here)', () => {
  const ids = (r: typeof REGIME_2024) => Object.fromEntries(ROLES.map((role) => [role, r.tracks[role].map((s) => `${s.id}: ${s.steps.map((x) => x.id).join(', ')}`)]));
  it('2024', () => {
    expect(ids(REGIME_2024)).toEqual({
      guru: [
        'perencanaan: data-diri, praktik-kinerja, pengembangan-kompetensi, tugas-tambahan, perilaku-kerja, rangkuman, persetujuan-rencana, kesepakatan-rencana',
        'pelaksanaan: dokumen-persiapan, observasi, rating-tindak-lanjut, dokumen-tindak-lanjut, penilaian-tengah-periode, upaya-tindak-lanjut, dokumen-refleksi, unggah-bukti-dukung',
        'penilaian: predikat-organisasi, penilaian-atasan, predikat-kinerja, sinkron-ekinerja',
      ],
      'kepala-sekolah': [
        'perencanaan: data-diri, praktik-kinerja, pengembangan-kompetensi, perilaku-kerja, rangkuman, persetujuan-rencana, periksa-rencana-guru',
        'pelaksanaan: dokumen-persiapan, observasi, observasi-guru, rating-tindak-lanjut, dokumen-tindak-lanjut, penilaian-tengah-periode, upaya-tindak-lanjut, dokumen-refleksi, unggah-bukti-dukung',
        'penilaian: predikat-organisasi, penilaian-guru, predikat-guru, penilaian-tim-kinerja, penetapan-predikat, sinkron-ekinerja',
      ],
    });
  });
  it('2025', () => {
    expect(ids(REGIME_2025)).toEqual({
      guru: [
        'perencanaan: data-diri, pelaksanaan-tugas-pokok, praktik-kinerja, pengembangan-kompetensi, perilaku-kerja, rangkuman, persetujuan-rencana',
        'pelaksanaan: dokumen-persiapan, observasi, rating-tindak-lanjut, dokumen-tindak-lanjut, upaya-tindak-lanjut, dokumen-refleksi',
        'penilaian: predikat-organisasi, penilaian-atasan, predikat-kinerja, sinkron-ekinerja',
      ],
      'kepala-sekolah': [
        'perencanaan: data-diri, pelaksanaan-tugas-pokok, praktik-kinerja, pengembangan-kompetensi, perilaku-kerja, rangkuman, persetujuan-rencana, periksa-rencana-guru',
        'pelaksanaan: dokumen-persiapan, observasi, observasi-guru, rating-tindak-lanjut, dokumen-tindak-lanjut, upaya-tindak-lanjut, dokumen-refleksi',
        'penilaian: predikat-organisasi, penilaian-guru, predikat-guru, penilaian-tim-kinerja, penetapan-predikat, sinkron-ekinerja',
      ],
    });
  });
  it('2026 planning', () => {
    expect(ids(REGIME_2026).guru![0]).toBe('perencanaan: pra-perencanaan, data-diri, praktik-kinerja, susun-kegiatan, rangkuman, persetujuan-rencana');
    expect(ids(REGIME_2026)['kepala-sekolah']![0]).toBe('perencanaan: pra-perencanaan, data-diri, praktik-kinerja, rangkuman, persetujuan-rencana, periksa-rencana-guru');
  });
  it('2024 Period I pelaksanaan runs 1 Feb – 30 Jun; who acts in principal approval', () => {
    expect(REGIME_2024.windows.find((w) => w.id === '2024-1/pelaksanaan/kepala-sekolah')).toMatchObject({ start: '2024-02-01', end: '2024-06-30' });
    expect(REGIME_2024.tracks['kepala-sekolah'][0]!.steps.find((s) => s.id === 'persetujuan-rencana')!.actor).toEqual({ who: 'kepala-dinas', as: 'ppk' });
    expect(REGIME_2025.tracks['kepala-sekolah'][2]!.steps.find((s) => s.id === 'penilaian-tim-kinerja')!.actor).toEqual({ who: 'pengawas', as: 'tim-kinerja' });
  });
});

describe('other confirmed lists', () => {
  it('site labels (every label once)', () => {
    expect(SITE_LABELS.map((l) => `${l.site}:${l.key}=${l.label}`)).toEqual([
      'ruang-gtk:menu-pengelolaan-kinerja=Pengelolaan Kinerja', 'pmm:praktik-kinerja=Praktik Pembelajaran', 'ruang-gtk:praktik-kinerja=Praktik Kinerja',
      'pmm:mulai-perencanaan=Mulai Perencanaan Kinerja', 'pmm:data-sesuai=Data Sudah Selesai', 'ruang-gtk:data-sesuai=Data sudah sesuai',
      'ruang-gtk:menu-guru-pegawai=Sebagai Pegawai', 'ruang-gtk:menu-ks-atasan=Kepala Sekolah sebagai Atasan', 'ruang-gtk:mulai=Mulai', 'ruang-gtk:edit=Edit',
      'ruang-gtk:ajukan=Ajukan', 'ruang-gtk:periksa=Periksa', 'ruang-gtk:cek=Cek', 'ruang-gtk:status-perlu-disetujui=Perlu disetujui', 'ruang-gtk:kumpulkan=Kumpulkan',
      'pmm:unggah=Unggah', 'pmm:unggah-dokumen=Unggah Dokumen', 'pmm:ambil-bukti-karya=Ambil dari Bukti Karya', 'pmm:status-sudah-dikumpulkan=Sudah Dikumpulkan',
      'ruang-gtk:isi-dokumen=Isi Dokumen', 'ruang-gtk:lanjut=Lanjut', 'ruang-gtk:tujuan-dokumen=Apa itu tujuan dokumen ini?', 'ruang-gtk:sesi-pilihan-belajar=Sesi Pilihan Belajar',
      'ruang-gtk:cek-rubrik-observasi=Cek rubrik observasi', 'ruang-gtk:ganti-periode=ganti periode', 'ruang-gtk:ubah-praktik-kinerja=Ubah Praktik Kinerja',
      'ruang-gtk:bantuan=Butuh Bantuan', 'ruang-gtk:dokumen-persiapan=Dokumen Persiapan', 'ruang-gtk:dokumen-tindak-lanjut=Dokumen Tindak Lanjut',
      'ruang-gtk:dokumen-refleksi=Dokumen Refleksi', 'ekinerja:daftar-skp=Daftar SKP', 'ekinerja:tambah-rhk=Tambah RHK', 'ekinerja:sinkron-pmm=Sinkron PMM',
      'ekinerja:matriks-peran-hasil=Matriks Peran Hasil', 'ekinerja:rencana-aksi=Rencana Aksi', 'ekinerja:nama-bukti-dukung=Nama Bukti Dukung',
      'ekinerja:link-bukti-dukung=Link Bukti Dukung', 'ekinerja:bukti-dukung=Bukti Dukung', 'ekinerja:realisasi=Realisasi', 'ekinerja:sumber-data=Sumber Data',
      'ekinerja:tambah-progress-harian=Tambah Progress Harian', 'ekinerja:tanggal-kegiatan=TANGGAL KEGIATAN', 'ekinerja:jam-mulai-kegiatan=JAM MULAI KEGIATAN',
      'ekinerja:jam-selesai-kegiatan=JAM SELESAI KEGIATAN', 'ekinerja:kegiatan-harian=KEGIATAN HARIAN', 'ekinerja:satuan=Satuan',
    ]);
  });
  it('observation: principal fields, Ubah Praktik Kinerja rules, Dokumen Persiapan asks', () => {
    expect(PRINCIPAL_OBSERVATION_FIELDS).toEqual(['Tanggal', 'Lokasi', 'Nama kegiatan', 'Keterangan (opsional)']);
    expect(UBAH_PRAKTIK_KINERJA_2025.rules).toHaveLength(4);
    expect(OBSERVATION_CYCLE[0]!.asks).toHaveLength(4);
  });
});
