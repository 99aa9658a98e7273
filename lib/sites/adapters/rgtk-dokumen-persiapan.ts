import { SITE_PATHS } from '../../domain/site-paths';
import type { PageAdapter } from '../adapter';

/** Ruang GTK · Pelaksanaan: preparation (Diskusi Persiapan from 2026), with the PDF upload. Fixtures: tests/fixtures/pages/rgtk.dokumen-persiapan/. */
export const rgtkDokumenPersiapan: PageAdapter = {
  id: 'rgtk.dokumen-persiapan',
  site: 'ruang-gtk',
  stage: 'pelaksanaan',
  step: 'dokumen-persiapan',
  paths: [SITE_PATHS.rgtk.dokumenPersiapan],
  wording: [
    { phrases: ['Dokumen Persiapan'], toYear: 2025 },
    { phrases: ['Diskusi Persiapan'], fromYear: 2026 },
  ],
  fields: [
    { key: 'upload', labels: ['Unggah Dokumen', 'Modul Ajar'], reach: ['inline'] },
  ],
};
