import { SITE_PATHS } from '../../domain/site-paths';
import type { PageAdapter } from '../adapter';

/** Ruang GTK · Perencanaan: competence development. Fixtures: tests/fixtures/pages/rgtk.pengembangan-kompetensi/. */
export const rgtkPengembanganKompetensi: PageAdapter = {
  id: 'rgtk.pengembangan-kompetensi',
  site: 'ruang-gtk',
  stage: 'perencanaan',
  step: 'pengembangan-kompetensi',
  paths: [SITE_PATHS.rgtk.pengembanganKompetensi],
  wording: [
    { phrases: ['Pengembangan Kompetensi'] },
  ],
};
