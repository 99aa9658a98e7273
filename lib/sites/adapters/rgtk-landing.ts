import { SITE_PATHS } from '../../domain/site-paths';
import type { PageAdapter } from '../adapter';

/** Ruang GTK · the Pengelolaan Kinerja home (stage tracker, role tabs). Fixtures: tests/fixtures/pages/rgtk.landing/. */
export const rgtkLanding: PageAdapter = {
  id: 'rgtk.landing',
  site: 'ruang-gtk',
  paths: [SITE_PATHS.rgtk.landing],
  wording: [
    { phrases: ['Pengelolaan Kinerja'] },
  ],
};
