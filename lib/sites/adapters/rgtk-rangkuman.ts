import { SITE_PATHS } from '../../domain/site-paths';
import type { PageAdapter } from '../adapter';

/** Ruang GTK · Perencanaan: the summary, with "Ajukan". Fixtures: tests/fixtures/pages/rgtk.rangkuman/. */
export const rgtkRangkuman: PageAdapter = {
  id: 'rgtk.rangkuman',
  site: 'ruang-gtk',
  stage: 'perencanaan',
  step: 'rangkuman',
  paths: [SITE_PATHS.rgtk.rangkuman],
  wording: [
    { phrases: ['Rangkuman'] },
    { phrases: ['Ringkasan Perencanaan'], fromYear: 2026 },
  ],
};
