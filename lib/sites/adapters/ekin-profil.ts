import { SITE_PATHS } from '../../domain/site-paths';
import type { PageAdapter } from '../adapter';

/** e-Kinerja · the profile. Fixtures: tests/fixtures/pages/ekin.profil/. */
export const ekinProfil: PageAdapter = {
  id: 'ekin.profil',
  site: 'ekinerja',
  paths: [SITE_PATHS.ekin.profil],
  wording: [
    { phrases: ['Profil', 'Profil Pegawai'] },
  ],
};
