import { SITE_PATHS } from '../../domain/site-paths';
import type { PageAdapter } from '../adapter';

/** e-Kinerja · the action plan of one assessment period. Fixtures: tests/fixtures/pages/ekin.rencana-aksi/. */
export const ekinRencanaAksi: PageAdapter = {
  id: 'ekin.rencana-aksi',
  site: 'ekinerja',
  stage: 'pelaksanaan',
  paths: [SITE_PATHS.ekin.rencanaAksi],
  wording: [
    { phrases: ['Rencana Aksi'] },
  ],
};
