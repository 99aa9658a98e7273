import { SITE_PATHS } from '../../domain/site-paths';
import type { PageAdapter } from '../adapter';

/** Ruang GTK · Pelaksanaan: the observation itself. Fixtures: tests/fixtures/pages/rgtk.observasi/. */
export const rgtkObservasi: PageAdapter = {
  id: 'rgtk.observasi',
  site: 'ruang-gtk',
  stage: 'pelaksanaan',
  step: 'observasi',
  paths: [SITE_PATHS.rgtk.observasi],
  wording: [
    { phrases: ['Observasi Kinerja', 'Observasi'] },
    { phrases: ['Observasi Praktik Kinerja', 'Isi Hasil Observasi'], fromYear: 2026 },
  ],
};
