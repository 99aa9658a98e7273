import { SITE_PATHS } from '../../domain/site-paths';
import type { PageAdapter } from '../adapter';

/** PMM · Perencanaan: additional duties (2024 only; no longer a step from 2025). Fixtures: tests/fixtures/pages/rgtk.tugas-tambahan/. */
export const rgtkTugasTambahan: PageAdapter = {
  id: 'rgtk.tugas-tambahan',
  site: 'ruang-gtk',
  stage: 'perencanaan',
  step: 'tugas-tambahan',
  paths: [SITE_PATHS.rgtk.tugasTambahan],
  wording: [
    { phrases: ['Tugas Tambahan'], toYear: 2024 },
  ],
};
