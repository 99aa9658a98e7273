import { SITE_PATHS } from '../../domain/site-paths';
import type { PageAdapter } from '../adapter';

/** Ruang GTK · Pelaksanaan: the observation cycle overview. Fixtures: tests/fixtures/pages/rgtk.pelaksanaan/. */
export const rgtkPelaksanaan: PageAdapter = {
  id: 'rgtk.pelaksanaan',
  site: 'ruang-gtk',
  stage: 'pelaksanaan',
  paths: [SITE_PATHS.rgtk.pelaksanaan],
  wording: [
    { phrases: ['Pelaksanaan Kinerja'] },
    { phrases: ['Siklus Peningkatan Kinerja'], fromYear: 2026 },
  ],
};
