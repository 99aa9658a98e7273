#!/usr/bin/env node
/**
 * What any extension costs a page, and what ours adds (`BENCH_ONLY=baseline npm run bench`).
 *
 * Chromium charges every extension's content script for setting up extension scripting on the
 * page (the isolated world, its DOM wrappers and bindings), whatever the script does. So beside
 * ours this loads a baseline extension, generated here into a temp dir, whose content script runs
 * on the same match patterns at the same run_at and does nothing but one querySelectorAll of the
 * headings (the least an overlay that reads the page could do). Three browsers (ours, baseline,
 * none), loads interleaved one by one per page, the order rotating each round. Rows per page:
 *  - ours − baseline: the content script's main-thread CPU time from a trace, paired load by load
 *    (our calls minus the baseline's in the same round); the part of the cost that is ours to cut;
 *  - the same with our pill's first rendering frame counted on our side;
 *  - page load with ÷ without, for both extensions, medians over the same rounds.
 * The trace and page measures are bench.mjs's own, passed in (`tools`), so both read alike.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium as pw } from 'playwright-core';

/** Our headings selector, as the content script uses it (lib/overlay/content-host.ts). */
const HEADINGS = 'h1, h2, [role="heading"][aria-level="1"], [role="heading"][aria-level="2"]';

/** Writes the baseline extension next to ours: same matches and run_at, one querySelectorAll. */
export function writeBaselineExtension(extensionDir) {
  const ours = JSON.parse(fs.readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-baseline-ext-'));
  const manifest = {
    manifest_version: 3, name: 'Baseline (bench only)', version: '1.0.0',
    host_permissions: ours.host_permissions ?? [],
    content_scripts: (ours.content_scripts ?? []).map((c) => ({ matches: c.matches, run_at: c.run_at, js: ['baseline.js'] })),
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(path.join(dir, 'baseline.js'), `document.querySelectorAll(${JSON.stringify(HEADINGS)});\n`);
  return dir;
}

async function launch(chromium, sites, hostResolverRules, extensionDir) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-bench-base-'));
  const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--host-resolver-rules=${hostResolverRules(sites)}`, '--ignore-certificate-errors'];
  if (extensionDir) args.unshift(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await pw.launchPersistentContext(profile, { executablePath: chromium, headless: true, args, viewport: { width: 1280, height: 800 } });
  // Our install opens the welcome tab (lib/first-run): let it come, then close it so it does not share the cores.
  if (extensionDir) {
    await new Promise((r) => setTimeout(r, 1500));
    for (const p of context.pages()) if (p.url().includes('app.html')) await p.close();
  }
  return context;
}

/** Rows for scripts/bench.mjs; `tools` are its measures (measureLoad, median, spread, ms). */
export async function bench({ extensionDir, chromium, sites, hostResolverRules, pages, loads, tools }) {
  const { measureLoad, median, spread, ms } = tools;
  const baselineDir = writeBaselineExtension(extensionDir);
  const browsers = {
    ours: await launch(chromium, sites, hostResolverRules, extensionDir),
    baseline: await launch(chromium, sites, hostResolverRules, baselineDir),
    none: await launch(chromium, sites, hostResolverRules, null),
  };
  const rows = [];
  try {
    for (const url of pages) {
      const name = new URL(url).host + new URL(url).pathname;
      const got = { ours: [], baseline: [], none: [] };
      const traced = { ours: [], baseline: [] };
      for (const b of Object.values(browsers)) await measureLoad(b, url); // warm the HTTP and code caches
      const order = ['ours', 'baseline', 'none'];
      for (let i = 0; i < loads; i++) {
        const round = order.slice(i % 3).concat(order.slice(0, i % 3));
        for (const who of round) got[who].push(await measureLoad(browsers[who], url));
        const tracedRound = i % 2 ? ['baseline', 'ours'] : ['ours', 'baseline'];
        for (const who of tracedRound) traced[who].push(await measureLoad(browsers[who], url, true));
      }
      const script = traced.ours.map((t, i) => t.extMs - traced.baseline[i].extMs);
      const withFrame = traced.ours.map((t, i) => t.extMs + t.frameMs - traced.baseline[i].extMs);
      const loadOf = (who) => median(got[who].map((x) => x.load));
      const [lo, lb, ln] = [loadOf('ours'), loadOf('baseline'), loadOf('none')];
      rows.push([`ours − baseline extension, main-thread ${name}`, spread(script),
        `trace CPU time of the content script's calls, ours minus the baseline's, paired load by load in a fresh tab, median of ${loads} `
        + `(ours ${ms(median(traced.ours.map((t) => t.extMs)))}, baseline ${ms(median(traced.baseline.map((t) => t.extMs)))}): `
        + `${median(script) <= 2 ? 'within' : 'OVER'} the 2 ms budget`]);
      rows.push([`ours + pill's frame − baseline, main-thread ${name}`, spread(withFrame),
        `the same with the first rendering frame after our pill is drawn counted on our side, median of ${loads}`]);
      rows.push([`load with ÷ without, ours vs baseline ${name}`, `ours ${(lo / ln).toFixed(2)}×, baseline ${(lb / ln).toFixed(2)}×`,
        `page load (loadEventEnd) medians of ${loads}: ours ${ms(lo)}, baseline ${ms(lb)}, none ${ms(ln)}; ${got.ours.every((x) => x.overlay) ? 'overlay shown' : 'OVERLAY MISSING'}`]);
    }
  } finally {
    for (const b of Object.values(browsers)) await b.close();
    fs.rmSync(baselineDir, { recursive: true, force: true });
  }
  return rows;
}
