import { SITE_PATHS } from '../../domain/site-paths';
import type { PageAdapter } from '../adapter';

/** Ruang GTK · Perencanaan: the personal-data check before step 1. Fixtures: tests/fixtures/pages/rgtk.data-diri/. */
export const rgtkDataDiri: PageAdapter = {
  id: 'rgtk.data-diri',
  site: 'ruang-gtk',
  stage: 'perencanaan',
  step: 'data-diri',
  paths: [SITE_PATHS.rgtk.dataDiri],
  wording: [
    { phrases: ['Periksa Data Diri', 'Data Diri'] },
    { phrases: ['Cek Data Diri'], fromYear: 2026 },
  ],
};
