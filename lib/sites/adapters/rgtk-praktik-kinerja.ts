import { SITE_PATHS } from '../../domain/site-paths';
import type { PageAdapter } from '../adapter';

/** Ruang GTK · Perencanaan: the one indicator agreed (Praktik Pembelajaran in 2024). Fixtures: tests/fixtures/pages/rgtk.praktik-kinerja/. */
export const rgtkPraktikKinerja: PageAdapter = {
  id: 'rgtk.praktik-kinerja',
  site: 'ruang-gtk',
  stage: 'perencanaan',
  step: 'praktik-kinerja',
  paths: [SITE_PATHS.rgtk.praktikKinerja, SITE_PATHS.rgtk.praktikPembelajaran],
  wording: [
    { phrases: ['Praktik Pembelajaran'], toYear: 2024 },
    { phrases: ['Praktik Kinerja'], fromYear: 2025 },
    { phrases: ['Pilih Indikator Rapor'], fromYear: 2026 },
  ],
};
