#!/usr/bin/env node
// Screenshots of the checklist/calendar/reminder surfaces for three "today" dates (dev tool, not product code).
//   npx wxt build && node scripts/screens-reminders.mjs [outDir]
// Uses the clock hook `debug.now` (lib/clock.ts) and the demo sites (scripts/serve-sites.mjs).
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSites, hostResolverRules } from './serve-sites.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const EXT = path.join(ROOT, '.output/chrome-mv3');
const OUT = path.resolve(process.argv[2] ?? path.join(ROOT, 'test-results/screens'));
const DATES = { januari: '2026-01-10T09:00:00+07:00', juni: '2026-06-15T09:00:00+07:00', november: '2026-11-16T09:00:00+07:00' };

export async function launch(sites) {
  return chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'pk-shots-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 860 },
    args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', `--host-resolver-rules=${hostResolverRules(sites)}`, '--ignore-certificate-errors'],
  });
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const sites = await startSites({});
  const context = await launch(sites);
  try {
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker');
    const id = new URL(sw.url()).host;
    // "today" first: the clock never runs backwards in real life, so a profile saved in the real present would
    // leave the January reminders logged as past.
    await sw.evaluate((v) => chrome.storage.local.set({ 'debug.now': v }), DATES.januari);
    const app = await context.newPage();
    await app.goto(`chrome-extension://${id}/app.html#/pengaturan`);
    await app.getByLabel('Nama lengkap').fill('Sri Wahyuni');
    await app.getByLabel('Satuan pendidikan (sekolah)').fill('SMP Negeri 3 Sukamaju');
    await app.getByLabel('Tahun yang sedang dikerjakan').selectOption('2026');
    await app.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await app.getByText('Pengaturan tersimpan.').waitFor();
    for (const [name, iso] of Object.entries(DATES)) {
      await sw.evaluate((v) => chrome.storage.local.set({ 'debug.now': v }), iso);
      await app.goto(`chrome-extension://${id}/app.html#/kalender`);
      await app.getByText('Garis waktu 2026').waitFor();
      await app.waitForTimeout(300);
      await app.screenshot({ path: path.join(OUT, `${name}-kalender.png`), fullPage: true });
      await app.goto(`chrome-extension://${id}/app.html#/`);
      await app.getByTestId('stage-overview').waitFor();
      await app.waitForTimeout(300);
      await app.screenshot({ path: path.join(OUT, `${name}-beranda.png`), fullPage: true });
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 360, height: 620 });
      await popup.goto(`chrome-extension://${id}/popup.html`);
      await popup.getByTestId('popup-checklist').waitFor();
      await popup.waitForTimeout(200);
      await popup.screenshot({ path: path.join(OUT, `${name}-popup.png`), fullPage: true });
      await popup.close();
      const page = await context.newPage();
      await page.goto('https://guru.kemdikbud.go.id/pengelolaan-kinerja/perencanaan/praktik-kinerja');
      // The pill (closed shadow root, drawn once the page settles) with the stage and days left;
      // the side panel itself is shot by tests/e2e (it needs a second CDP connection).
      await page.waitForFunction(() => document.querySelector('pendamping-kinerja') !== null);
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(OUT, `${name}-pill.png`) });
      await page.close();
      const badge = await sw.evaluate(() => chrome.action.getBadgeText({}));
      console.log(`${name}: badge "${badge}"`);
    }
  } finally {
    await context.close();
    await sites.close();
  }
  console.log(`screenshots in ${OUT}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
