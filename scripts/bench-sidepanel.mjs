#!/usr/bin/env node
/**
 * Side panel figures (issue 18), in the built extension on the demo sites:
 *  - pill click → side panel shows the checklist: from a real mouse click on the pill to the
 *    side panel's `pk-checklist` performance mark, in a fresh tab each time;
 *  - page change → side panel updated: from the site's own "Mulai" / back navigation (no reload)
 *    to the side panel's `pk-page` mark for the new URL.
 * Medians of 10. `npm run bench` imports `bench()`; `BENCH_ONLY=sidepanel npm run bench` or
 * `node scripts/bench-sidepanel.mjs` runs it alone (build first: npx wxt build).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium as pw } from 'playwright-core';
import { startSites, hostResolverRules } from './serve-sites.mjs';

const root = path.resolve(import.meta.dirname, '..');
const RUNS = 10;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const PLANNING = 'https://guru.kemdikbud.go.id/pengelolaan-kinerja';

/** The pill's centre, read through CDP's DOM (the pill is in a closed shadow root). */
async function pillCentre(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (let i = 0; i < 100; i++) {
      const { root: doc } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      const find = (n, test) => (test(n) ? n : [...(n.shadowRoots ?? []), ...(n.children ?? [])].map((c) => find(c, test)).find(Boolean) ?? null);
      const pill = find(doc, (n) => (n.attributes ?? []).some((a, j) => j % 2 === 1 && n.attributes[j - 1] === 'class' && a.split(' ').includes('pill')));
      if (pill) {
        try {
          const { model } = await cdp.send('DOM.getBoxModel', { nodeId: pill.nodeId });
          return { x: (model.border[0] + model.border[4]) / 2, y: (model.border[1] + model.border[5]) / 2 };
        } catch { /* not laid out yet */ }
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('no pill');
  } finally {
    await cdp.detach();
  }
}

/** The side panel's page over a fresh CDP connection (Playwright's own never lists it). */
async function sidePanel(profile, knownUrls = new Set()) {
  const port = fs.readFileSync(path.join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  for (let i = 0; i < 200; i++) {
    const cdp = await pw.connectOverCDP(`http://127.0.0.1:${port}`);
    const panel = cdp.contexts().flatMap((c) => c.pages()).find((p) => p.url().endsWith('/sidepanel.html') && !knownUrls.has(p));
    if (panel) return { panel, cdp };
    await cdp.close();
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('no side panel');
}

/** Epoch time of a performance mark in the side panel made after `after`, waiting for it (optionally one whose detail is `detail`). */
function markTime(panel, name, detail, after = 0) {
  return panel.evaluate(([n, d, since]) => new Promise((resolve) => {
    const look = () => {
      const hit = performance.getEntriesByName(n).find((e) => (d === undefined || e.detail === d) && performance.timeOrigin + e.startTime >= since);
      if (hit) resolve(performance.timeOrigin + hit.startTime);
      else setTimeout(look, 10);
    };
    look();
  }), [name, detail, after]);
}

export async function bench({ extensionDir = path.join(root, '.output', 'chrome-mv3'), chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } = {}) {
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) return [['side panel', 'n/a', 'build first: npx wxt build']];
  const sites = await startSites({});
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-bench-sp-'));
  const context = await pw.launchPersistentContext(profile, {
    executablePath: chromium, headless: true, viewport: { width: 1280, height: 800 },
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox', '--disable-gpu', '--disable-quic',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--host-resolver-rules=${hostResolverRules(sites)}`, '--ignore-certificate-errors', '--remote-debugging-port=0'],
  });
  try {
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker');
    await sw.evaluate(() => chrome.storage.local.set({ 'debug.now': '2026-01-10T09:00:00+07:00' }));
    // Pill click → checklist: a fresh tab (and so a fresh side panel) each time.
    const open = [];
    let last = null;
    for (let i = 0; i < RUNS + 1; i++) {
      const page = await context.newPage();
      await page.goto(PLANNING);
      const at = await pillCentre(page);
      const clicked = Date.now();
      await page.mouse.click(at.x, at.y);
      const { panel, cdp } = await sidePanel(profile);
      const shown = await markTime(panel, 'pk-checklist', undefined, clicked);
      if (i > 0) open.push(shown - clicked); // the first also starts the service worker: left out
      if (last) await last.cdp.close();
      last = { page, panel, cdp };
      if (i < RUNS) await page.close();
    }
    // Page change → side panel updated: the site's own navigation in the last tab, both ways.
    const { page, panel } = last;
    const moves = [];
    for (let i = 0; i < RUNS; i++) {
      const forward = i % 2 === 0;
      const started = Date.now();
      if (forward) await page.getByRole('button', { name: 'Mulai' }).click();
      else await page.goBack();
      const url = page.url();
      moves.push((await markTime(panel, 'pk-page', url, started)) - started);
    }
    await last.cdp.close();
    return [
      ['side panel: pill click → checklist shown', `${median(open).toFixed(0)} ms`, `median of ${open.length} (fresh tab each, planning page; min ${Math.min(...open).toFixed(0)}, max ${Math.max(...open).toFixed(0)})`],
      ['side panel: page change → updated', `${median(moves).toFixed(0)} ms`, `median of ${moves.length} in-app navigations (site's button / back; min ${Math.min(...moves).toFixed(0)}, max ${Math.max(...moves).toFixed(0)}); goal 300 ms`],
    ];
  } finally {
    await context.close();
    await sites.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await bench()) console.log(r.join(' | '));
}
