import { SITE_PATHS } from '../../domain/site-paths';
import type { PageAdapter } from '../adapter';

/** e-Kinerja · evidence of one period: inline cards per RHK, or (2026) a table whose row buttons open a modal. Fixtures: tests/fixtures/pages/ekin.eviden/. */
export const ekinEviden: PageAdapter = {
  id: 'ekin.eviden',
  site: 'ekinerja',
  stage: 'pelaksanaan',
  paths: [SITE_PATHS.ekin.eviden],
  wording: [
    { phrases: ['Bukti Dukung', 'Eviden'] },
    { phrases: ['Eviden dan Realisasi'], fromYear: 2026 },
  ],
  fields: [
    { key: 'nama-bukti', labels: ['Nama Bukti Dukung', 'Nama Eviden'], names: ['eviden'], reach: ['inline', 'modal'] },
    { key: 'link-bukti', labels: ['Link Bukti Dukung', 'Bukti Eviden', 'Link Eviden'], names: ['bukti_eviden'], reach: ['inline', 'modal'] },
    { key: 'realisasi', labels: ['Realisasi'], names: ['realisasi'], reach: ['inline', 'modal'] },
    { key: 'upload', labels: ['Unggah Bukti'], reach: ['inline'] },
  ],
};
