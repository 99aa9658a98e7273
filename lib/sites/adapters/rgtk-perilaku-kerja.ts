import { SITE_PATHS } from '../../domain/site-paths';
import type { PageAdapter } from '../adapter';

/** Ruang GTK · Perencanaan: the BerAKHLAK values. Fixtures: tests/fixtures/pages/rgtk.perilaku-kerja/. */
export const rgtkPerilakuKerja: PageAdapter = {
  id: 'rgtk.perilaku-kerja',
  site: 'ruang-gtk',
  stage: 'perencanaan',
  step: 'perilaku-kerja',
  paths: [SITE_PATHS.rgtk.perilakuKerja],
  wording: [
    { phrases: ['Perilaku Kerja'] },
  ],
};
