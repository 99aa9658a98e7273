#!/usr/bin/env node
/**
 * Saves the demo sites' pages, in both markups, as static HTML fixtures for the adapters' unit
 * tests: tests/fixtures/pages/<adapter id>/<markup>-<variant>.html (scripts removed, the URL and
 * markup in a first-line comment). Run after changing a demo page: `node scripts/save-page-fixtures.mjs`.
 * Hand-written fixtures (pages the demo sites do not have) are left alone: only files this script
 * lists are written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startSites, chromiumArgs } from './serve-sites.mjs';

const root = path.resolve(import.meta.dirname, '..');
const OUT = path.join(root, 'tests', 'fixtures', 'pages');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const GURU = 'https://guru.kemdikbud.go.id';
const BARU = 'https://guru.kemendikdasmen.go.id';
const RUMAH = 'https://rumah.pendidikan.go.id/ruang/gtk';
const EKIN = 'https://kinerja.bkn.go.id';
const HEX_SKP = '7c9e6679742540de944be07fc1f90ae7';
const HEX_PEN = '2026-3f2504e04f8941d39a0c0305e82c3301';

const PK = '/pengelolaan-kinerja';
/** Ruang GTK: adapter id → path. Hosts, trailing slashes and query strings vary per page. */
const RGTK = [
  ['rgtk.landing', PK],
  ['rgtk.data-diri', `${PK}/perencanaan/data-diri`],
  ['rgtk.tugas-pokok', `${PK}/perencanaan/pelaksanaan-tugas-pokok`],
  ['rgtk.praktik-kinerja', `${PK}/perencanaan/praktik-kinerja`],
  ['rgtk.pengembangan-kompetensi', `${PK}/perencanaan/pengembangan-kompetensi`],
  ['rgtk.perilaku-kerja', `${PK}/perencanaan/perilaku-kerja`],
  ['rgtk.rangkuman', `${PK}/perencanaan/rangkuman`],
  ['rgtk.pelaksanaan', `${PK}/pelaksanaan`],
  ['rgtk.dokumen-persiapan', `${PK}/pelaksanaan/dokumen-persiapan`],
  ['rgtk.observasi', `${PK}/pelaksanaan/observasi`],
  ['rgtk.dokumen-tindak-lanjut', `${PK}/pelaksanaan/dokumen-tindak-lanjut`],
  ['rgtk.dokumen-refleksi', `${PK}/pelaksanaan/dokumen-refleksi`],
  ['rgtk.penilaian', `${PK}/penilaian`],
];
const HOSTS = [['kemdikbud', GURU], ['kemendikdasmen', BARU], ['rumah', RUMAH]];

const jobs = [];
RGTK.forEach(([id, p], i) => {
  const [kName, kHost] = HOSTS[i % 3];
  const [nName, nHost] = HOSTS[(i + 1) % 3];
  const slash = i % 4 === 1 ? '/' : '';
  const query = i % 3 === 2 ? '?periode=2026&utm_source=beranda' : '';
  jobs.push({ id, markup: 'klasik', name: `klasik-${kName}${slash ? '-slash' : ''}${query ? '-query' : ''}`, url: `${kHost}${p}${slash}${query || '?tampilan=klasik'}` });
  jobs.push({ id, markup: '2026', name: `2026-${nName}${i % 4 === 3 ? '-slash' : ''}`, url: `${nHost}${p}${i % 4 === 3 ? '/' : ''}?tampilan=2026` });
});
const EK = [
  ['ekin.daftar-skp', '/skp', '/skp'],
  ['ekin.skp', '/skp/101', `/skp/${HEX_SKP}`],
  ['ekin.rencana-aksi', '/skp/101/penilaian/202/rencana_aksi', `/skp/${HEX_SKP}/penilaian/${HEX_PEN}/rencana_aksi`],
  ['ekin.eviden', '/skp/101/penilaian/202/eviden', `/skp/${HEX_SKP}/penilaian/${HEX_PEN}/eviden`],
  ['ekin.kinerja-harian', '/kinerja_harian', '/kinerja_harian'],
  ['ekin.profil', '/profil', '/profil'],
];
EK.forEach(([id, classic, hex], i) => {
  jobs.push({ id, markup: 'klasik', name: `klasik${i === 0 ? '-slash' : ''}`, url: `${EKIN}${classic}${i === 0 ? '/' : ''}?tampilan=klasik` });
  jobs.push({ id, markup: '2026', name: '2026', url: `${EKIN}${hex}?tampilan=2026` });
});
// The eviden modal opened from a row (2026), and the inline form focused in the second card (classic).
jobs.push({ id: 'ekin.eviden', markup: '2026', name: '2026-modal-terbuka', url: `${EKIN}/skp/${HEX_SKP}/penilaian/${HEX_PEN}/eviden?tampilan=2026`,
  act: async (page) => { await page.locator('tr[data-rhk-id="2"] [data-action=bukti]').click(); await page.locator('#modal-eviden.show').waitFor(); } });
jobs.push({ id: 'ekin.kinerja-harian', markup: '2026', name: '2026-modal-progress', url: `${EKIN}/kinerja_harian?tampilan=2026`,
  act: async (page) => { await page.getByRole('button', { name: /Tambah Progress Harian/ }).click(); await page.locator('#modal-progress-harian').waitFor(); } });
// Pages no adapter may claim: the sites' 404 pages (one at a path shaped like a known one), an unknown page.
for (const [markup, q] of [['klasik', '?tampilan=klasik'], ['2026', '?tampilan=2026']]) {
  jobs.push({ id: '_unknown', markup, name: `rgtk-komunitas-${markup}`, url: `${GURU}/komunitas${q}` });
  jobs.push({ id: '_unknown', markup, name: `rgtk-404-${markup}`, url: `${BARU}${PK}/perencanaan/langkah-baru${q}` });
  jobs.push({ id: '_unknown', markup, name: `ekin-404-${markup}`, url: `${EKIN}/skp/101/penilaian/999/eviden${q}` });
  jobs.push({ id: '_unknown', markup, name: `ekin-dashboard-${markup}`, url: `${EKIN}/dashboard${q}` });
}

const sites = await startSites({});
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', ...chromiumArgs(sites)] });
try {
  for (const job of jobs) {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    await page.goto(job.url);
    // Both SPAs show a spinner/skeleton for ~150 ms; the page is drawn when it is gone.
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    await page.waitForTimeout(50);
    await job.act?.(page);
    const html = await page.evaluate(() => {
      const doc = document.documentElement.cloneNode(true);
      for (const s of doc.querySelectorAll('script, link[rel="stylesheet"], style')) s.remove();
      return `<!DOCTYPE html>\n${doc.outerHTML}`;
    });
    const dir = path.join(OUT, job.id);
    fs.mkdirSync(dir, { recursive: true });
    const header = `<!-- fixture url="${job.url}" markup="${job.markup}" source="demo site, saved by scripts/save-page-fixtures.mjs" -->\n`;
    fs.writeFileSync(path.join(dir, `${job.name}.html`), header + html);
    await context.close();
  }
} finally {
  await browser.close();
  await sites.close();
}
console.log(`${jobs.length} fixtures written to ${path.relative(root, OUT)}`);
