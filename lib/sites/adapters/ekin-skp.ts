import { SITE_PATHS } from '../../domain/site-paths';
import type { PageAdapter } from '../adapter';

/** e-Kinerja · one SKP: RHK, perilaku kerja, lampiran. Fixtures: tests/fixtures/pages/ekin.skp/. */
export const ekinSkp: PageAdapter = {
  id: 'ekin.skp',
  site: 'ekinerja',
  stage: 'perencanaan',
  paths: [SITE_PATHS.ekin.skp],
  wording: [
    { phrases: ['Sasaran Kinerja Pegawai', 'Detail SKP'] },
  ],
};
