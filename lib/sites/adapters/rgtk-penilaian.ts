import { SITE_PATHS } from '../../domain/site-paths';
import type { PageAdapter } from '../adapter';

/** Ruang GTK · Penilaian: ratings and predikat. Fixtures: tests/fixtures/pages/rgtk.penilaian/. */
export const rgtkPenilaian: PageAdapter = {
  id: 'rgtk.penilaian',
  site: 'ruang-gtk',
  stage: 'penilaian',
  paths: [SITE_PATHS.rgtk.penilaian],
  wording: [
    { phrases: ['Penilaian Kinerja', 'Hasil Penilaian Kinerja'] },
  ],
};
