import { SITE_PATHS } from '../../domain/site-paths';
import type { PageAdapter } from '../adapter';

/** e-Kinerja · the daily log ("Tambah Progress Harian"). Fixtures: tests/fixtures/pages/ekin.kinerja-harian/. */
export const ekinKinerjaHarian: PageAdapter = {
  id: 'ekin.kinerja-harian',
  site: 'ekinerja',
  stage: 'pelaksanaan',
  paths: [SITE_PATHS.ekin.kinerjaHarian],
  wording: [
    { phrases: ['Kinerja Harian', 'Progress Harian'] },
  ],
};
