import { SITE_PATHS } from '../../domain/site-paths';
import type { PageAdapter } from '../adapter';

/** Ruang GTK · Pelaksanaan: the follow-up plan (Rencana Tindak Lanjut from 2026). Fixtures: tests/fixtures/pages/rgtk.dokumen-tindak-lanjut/. */
export const rgtkDokumenTindakLanjut: PageAdapter = {
  id: 'rgtk.dokumen-tindak-lanjut',
  site: 'ruang-gtk',
  stage: 'pelaksanaan',
  step: 'dokumen-tindak-lanjut',
  paths: [SITE_PATHS.rgtk.dokumenTindakLanjut],
  wording: [
    { phrases: ['Dokumen Tindak Lanjut'], toYear: 2025 },
    { phrases: ['Rencana Tindak Lanjut'], fromYear: 2026 },
  ],
};
