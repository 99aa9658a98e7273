import { SITE_PATHS } from '../../domain/site-paths';
import type { PageAdapter } from '../adapter';

/** e-Kinerja · the list of SKP ("Sinkron PMM" lives here). Fixtures: tests/fixtures/pages/ekin.daftar-skp/. */
export const ekinDaftarSkp: PageAdapter = {
  id: 'ekin.daftar-skp',
  site: 'ekinerja',
  stage: 'perencanaan',
  paths: [SITE_PATHS.ekin.daftarSkp],
  wording: [
    { phrases: ['Daftar SKP'] },
  ],
};
