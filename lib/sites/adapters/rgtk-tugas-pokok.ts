import { SITE_PATHS } from '../../domain/site-paths';
import type { PageAdapter } from '../adapter';

/** Ruang GTK · Perencanaan step 1 (from 2025). Fixtures: tests/fixtures/pages/rgtk.tugas-pokok/. */
export const rgtkTugasPokok: PageAdapter = {
  id: 'rgtk.tugas-pokok',
  site: 'ruang-gtk',
  stage: 'perencanaan',
  step: 'pelaksanaan-tugas-pokok',
  paths: [SITE_PATHS.rgtk.tugasPokok],
  wording: [
    { phrases: ['Pelaksanaan Tugas Pokok', 'Tugas Pokok'], fromYear: 2025 },
  ],
};
