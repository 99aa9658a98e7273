import { SITE_PATHS } from '../../domain/site-paths';
import type { PageAdapter } from '../adapter';

/** Ruang GTK · Pelaksanaan: the reflection (Refleksi dan Evaluasi Tindak Lanjut from 2026). Fixtures: tests/fixtures/pages/rgtk.dokumen-refleksi/. */
export const rgtkDokumenRefleksi: PageAdapter = {
  id: 'rgtk.dokumen-refleksi',
  site: 'ruang-gtk',
  stage: 'pelaksanaan',
  step: 'dokumen-refleksi',
  paths: [SITE_PATHS.rgtk.dokumenRefleksi],
  wording: [
    { phrases: ['Dokumen Refleksi', 'Refleksi Tindak Lanjut'], toYear: 2025 },
    { phrases: ['Refleksi dan Evaluasi Tindak Lanjut'], fromYear: 2026 },
  ],
};
