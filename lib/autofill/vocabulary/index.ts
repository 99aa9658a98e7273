/**
 * Label vocabularies of the e-Kinerja forms (live site, February 2026, ../shared/domain.md §10, and
 * the older guide wording). Each lists the fixtures it was tested on; a page adapter can take its
 * form's entry as it is.
 */
import { BERAKHLAK } from '@/lib/domain/berakhlak';
import type { FormKind } from '../forms';
import type { FormVocabulary } from './types';

export type { FormVocabulary, VocabularyField } from './types';

const ASPECTS = [['kuantitas', 'Kuantitas'], ['kualitas', 'Kualitas'], ['waktu', 'Waktu']] as const;

export const RHK_VOCABULARY: FormVocabulary = {
  kind: 'rhk',
  titles: ['Tambah RHK', 'Rencana Hasil Kerja'],
  fields: [
    { key: 'rhk-atasan', labels: ['Rencana Hasil Kerja Atasan yang Diintervensi', 'RHK Atasan', 'RHK Atasan yang Diintervensi'], names: ['rhk_atasan', 'rhk_atasan_id'], expected: false },
    { key: 'rhk', labels: ['Rencana Hasil Kerja', 'RHK'], names: ['rhk', 'rencana_hasil_kerja'], expected: true },
    { key: 'jenis-rhk', labels: ['Jenis RHK', 'Jenis'], names: ['jenis_rhk'], expected: false },
    ...ASPECTS.flatMap(([id, name]) => [
      { key: `iki-${id}`, labels: ['Indikator Kinerja Individu', 'IKI', `Indikator ${name}`], names: [`iki_${id}`], section: id, expected: true },
      { key: `target-${id}`, labels: ['Target', `Target ${name}`], names: [`target_${id}`], section: id, expected: true },
    ]),
  ],
  fixtures: ['rhk-modal.html', 'rhk-no-headings.html'],
};

export const PERILAKU_VOCABULARY: FormVocabulary = {
  kind: 'perilaku',
  titles: ['Perilaku Kerja', 'Ekspektasi Khusus Pimpinan'],
  fields: BERAKHLAK.map((v) => ({
    key: `ekspektasi-${v.id}`,
    labels: [v.name, `Ekspektasi ${v.name}`, `Ekspektasi Khusus Pimpinan ${v.name}`],
    names: [`ekspektasi_${v.id.replace(/-/g, '_')}`],
    expected: true,
  })),
  fixtures: ['perilaku-card.html'],
};

export const LAMPIRAN_VOCABULARY: FormVocabulary = {
  kind: 'lampiran',
  titles: ['Lampiran SKP', 'Lampiran'],
  fields: [
    { key: 'dukungan-sumber-daya', labels: ['Dukungan Sumber Daya'], names: ['dukungan_sumber_daya', 'sumber_daya'], expected: true },
    { key: 'skema-pertanggungjawaban', labels: ['Skema Pertanggungjawaban', 'Skema Pertanggung Jawaban'], names: ['skema_pertanggungjawaban', 'skema'], expected: true },
    { key: 'konsekuensi', labels: ['Konsekuensi'], names: ['konsekuensi'], expected: true },
  ],
  fixtures: ['lampiran-modal.html', 'lampiran-uppercase-wrapped.html'],
};

export const RENCANA_AKSI_VOCABULARY: FormVocabulary = {
  kind: 'rencana-aksi',
  titles: ['Rencana Aksi', 'Tambah Rencana Aksi'],
  fields: [
    { key: 'rencana-aksi', labels: ['Rencana Aksi', 'Deskripsi', 'Deskripsi Rencana Aksi'], names: ['deskripsi'], expected: true },
    { key: 'target', labels: ['Target', 'Target Rencana Aksi'], names: ['target'], expected: true },
    // The demo page's inline form asks for the unit beside the target (not expected: the live modal may not).
    { key: 'satuan', labels: ['Satuan', 'Satuan Target'], names: ['satuan'], expected: false },
  ],
  fixtures: ['rencana-aksi-modal.html', 'rencana-aksi-sibling-labels.html'],
};

export const EVIDEN_VOCABULARY: FormVocabulary = {
  kind: 'eviden',
  titles: ['Bukti Dukung', 'Eviden', 'Realisasi'],
  fields: [
    { key: 'nama-bukti', labels: ['Nama Eviden', 'Nama Bukti Dukung', 'Nama Bukti'], names: ['eviden', 'nama_bukti'], expected: true },
    { key: 'link-bukti', labels: ['Bukti Eviden', 'Link Bukti Dukung', 'Link Eviden', 'Tautan Bukti Dukung'], names: ['bukti_eviden', 'link_bukti'], expected: true },
    { key: 'realisasi', labels: ['Realisasi', 'Realisasi berdasarkan bukti dukung'], names: ['realisasi'], expected: true },
    { key: 'sumber-data', labels: ['Sumber Data'], names: ['sumber_data'], expected: false },
  ],
  fixtures: ['eviden-modal.html', 'eviden-reordered.html', 'eviden-renamed.html'],
};

export const PROGRESS_HARIAN_VOCABULARY: FormVocabulary = {
  kind: 'progress-harian',
  titles: ['Tambah Progress Harian', 'Progress Harian', 'Kinerja Harian'],
  fields: [
    { key: 'rencana-aksi', labels: ['Rencana Aksi'], expected: true },
    { key: 'tanggal', labels: ['Tanggal Kegiatan', 'Tanggal'], expected: true },
    { key: 'jam-mulai', labels: ['Jam Mulai Kegiatan', 'Jam Mulai'], expected: true },
    { key: 'jam-selesai', labels: ['Jam Selesai Kegiatan', 'Jam Selesai'], expected: true },
    { key: 'kegiatan', labels: ['Kegiatan Harian', 'Kegiatan', 'Uraian Kegiatan'], names: ['kegiatan'], expected: true },
    { key: 'realisasi', labels: ['Realisasi'], names: ['realisasi_activity', 'realisasi'], expected: true },
    { key: 'satuan', labels: ['Satuan'], names: ['satuan'], expected: false },
    { key: 'bukti-dukung', labels: ['Bukti Dukung', 'Link Bukti Dukung', 'Bukti Dukung Link ke file Google Drive Dropbox etc'], names: ['bukti_eviden'], expected: true },
  ],
  fixtures: ['progress-harian-modal.html', 'progress-harian-hidden-modal.html', 'progress-harian-missing.html'],
};

export const FORM_VOCABULARIES: Readonly<Record<FormKind, FormVocabulary>> = {
  rhk: RHK_VOCABULARY,
  perilaku: PERILAKU_VOCABULARY,
  lampiran: LAMPIRAN_VOCABULARY,
  'rencana-aksi': RENCANA_AKSI_VOCABULARY,
  eviden: EVIDEN_VOCABULARY,
  'progress-harian': PROGRESS_HARIAN_VOCABULARY,
};

/** The template keys a form kind knows, in form order. */
export function keysOf(kind: FormKind): readonly string[] {
  return FORM_VOCABULARIES[kind].fields.map((f) => f.key);
}
