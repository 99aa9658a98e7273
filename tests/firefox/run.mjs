#!/usr/bin/env node
/**
 * The Firefox end-to-end suite: the built Firefox extension (.output/firefox-mv2) in a real,
 * headless Firefox (Debian's firefox-esr), driven over WebDriver BiDi by puppeteer-core, over the
 * demo sites under their real host names. How the browser is set up, and what does not run in
 * Firefox, is in tests/firefox/README.md.
 *
 *   node tests/firefox/run.mjs            (after `npx wxt build -b firefox`)
 *   FIREFOX_PATH=/path/to/firefox  FF_JSON=out.json  (counts for scripts/test-all.mjs)
 *
 * Plain node, no test runner: nine checks in one browser, one after another (~20 s here).
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { startSites, DEMO_HOSTS } from '../../scripts/serve-sites.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = process.env.FF_EXTENSION_DIR ?? path.join(ROOT, '.output', 'firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
/** Firefox gives each add-on a random moz-extension UUID per profile; this pref fixes it for the test profile. */
const UUID = '0b7e2a3c-1d4f-4e5a-9b6c-7d8e9f0a1b2c';
const EXT = `moz-extension://${UUID}`;
const WAIT = 10_000;

/**
 * Firefox has no --host-resolver-rules. network.dns.localDomains maps a name to 127.0.0.1 but keeps
 * port 443, which the demo server cannot take (root only, and shared by parallel runs). So Firefox
 * sends https for the demo hosts through this loopback proxy, which tunnels each CONNECT to the demo
 * server's random https port and refuses every other host: nothing leaves the machine.
 */
function startTunnel(httpsPort) {
  const server = http.createServer((_req, res) => { res.writeHead(403).end(); });
  server.on('connect', (req, client, head) => {
    const [host, port] = String(req.url).split(':');
    if (!DEMO_HOSTS.includes(host) || port !== '443') { client.end('HTTP/1.1 403 Forbidden\r\n\r\n'); return; }
    const upstream = net.connect(httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---- a very small runner: named checks, one after another, counts at the end ----
const checks = [];
const check = (name, fn) => checks.push({ name, fn });

async function waitFor(what, fn, timeout = WAIT) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try { last = await fn(); if (last) return last; } catch (e) { last = e; }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Text of an element, piercing the overlay's open shadow root when the selector starts with the host tag. */
const textOf = (page, selector) => page.evaluate((sel) => {
  const [host, inner] = sel.split(' >>> ');
  const el = inner ? document.querySelector(host)?.shadowRoot?.querySelector(inner) : document.querySelector(sel);
  return el?.textContent?.trim() ?? null;
}, selector);

async function expectText(page, selector, expected) {
  await waitFor(`"${expected}" in ${selector}`, async () => {
    const text = await textOf(page, selector);
    if (expected instanceof RegExp ? expected.test(text ?? '') : text === expected) return true;
    throw new Error(`text is ${JSON.stringify(text)}`);
  });
}

/**
 * Opens an extension page. BiDi refuses moz-extension: URLs unless Firefox runs with
 * -remote-allow-system-access; with it the navigation happens, but puppeteer's goto does not see it
 * finish (the page moves to the extension process), so the command is sent as is and the test waits
 * for the page's own content instead.
 */
async function openExtensionPage(page, route) {
  await page.mainFrame().browsingContext.navigate(`${EXT}/${route}`, 'complete');
  await waitFor(`${route} to load`, () => page.evaluate(() => document.readyState === 'complete' && location.href).then((href) => href?.startsWith('moz-extension:')));
}

/** PK_SCREENSHOTS=dir saves what the checks saw, to look at. */
const shot = (page, name) => process.env.PK_SCREENSHOTS ? page.screenshot({ path: path.join(process.env.PK_SCREENSHOTS, `${name}.png`) }) : undefined;

const overlayLabel = 'pendamping-kinerja >>> [data-testid="pk-page-label"]';

check('the manifest declares nothing collected, keeps its id and asks Firefox 140+ (Android 142+)', async () => {
  const { manifest_version: mv, browser_specific_settings: { gecko, gecko_android: android } } = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const got = JSON.stringify({ mv, id: gecko.id, min: gecko.strict_min_version, data: gecko.data_collection_permissions, android: android?.strict_min_version });
  const want = JSON.stringify({ mv: process.env.FF_EXTENSION_DIR ? mv : 2, id: 'pendamping-kinerja@pendamping-kinerja.id', min: '140.0', data: { required: ['none'] }, android: '142.0' });
  if (got !== want) throw new Error(`manifest: ${got}, expected ${want}`);
});

check('Ruang GTK: the overlay pill appears and names the page', async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto('https://guru.kemdikbud.go.id/pengelolaan-kinerja');
  await expectText(page, overlayLabel, 'Pengelolaan Kinerja');
  const state = await page.evaluate(() => document.querySelector('pendamping-kinerja')?.shadowRoot?.querySelector('.pk')?.getAttribute('data-state'));
  if (state !== 'recognised') throw new Error(`overlay state is ${state}`);
  await shot(page, 'firefox-ruang-gtk');
  await page.close();
});

check('e-Kinerja: the overlay pill appears and names the page', async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto('https://kinerja.bkn.go.id/skp/101/penilaian/202/eviden');
  await expectText(page, overlayLabel, 'e-Kinerja · Bukti Dukung');
  await page.close();
});

check('the app opens at #/, #/bukti and #/privasi', async ({ app }) => {
  await openExtensionPage(app, 'app.html#/');
  await expectText(app, 'h1', 'Beranda');
  await openExtensionPage(app, 'app.html#/bukti');
  await expectText(app, 'h1', /Bukti Kinerja/);
  await openExtensionPage(app, 'app.html#/privasi');
  await expectText(app, 'h1', 'Privasi');
});

check('a file stored in the app is listed after a reload', async ({ app, tmp }) => {
  await openExtensionPage(app, 'app.html#/bukti');
  await expectText(app, 'h1', /Bukti Kinerja/);
  const file = path.join(tmp, 'rpp-firefox.pdf');
  fs.writeFileSync(file, `%PDF-1.4\n% Pendamping Kinerja Firefox e2e\n${'x'.repeat(20_000)}\n%%EOF\n`);
  const input = await app.waitForSelector('[data-testid="ev-file-input"]');
  await input.uploadFile(file);
  await waitFor('the upload to be saved', () => app.evaluate(() => document.querySelector('[data-testid="ev-uploads"] li[data-name="rpp-firefox.pdf"]')?.getAttribute('data-status') === 'saved'));
  await app.evaluate(() => { window.beforeReload = true; });
  await app.mainFrame().browsingContext.reload({ wait: 'complete' }); // puppeteer's reload() waits like goto (see above)
  await waitFor('a new document', () => app.evaluate(() => document.readyState === 'complete' && !window.beforeReload));
  await expectText(app, 'h1', /Bukti Kinerja/);
  await waitFor('the stored file in the list', () => app.evaluate(() => [...document.querySelectorAll('[data-testid="ev-item"]')].some((li) => li.textContent?.includes('rpp-firefox'))));
});

check('the popup (as a tab) shows the stage after a profile is saved', async ({ app }) => {
  await openExtensionPage(app, 'app.html#/pengaturan');
  // The clock hook (lib/clock.ts): "today" is 10 January 2026, inside 2026's planning window.
  await app.evaluate(() => browser.storage.local.set({ 'debug.now': '2026-01-10T09:00:00+07:00' }));
  const form = '[data-testid="settings-form"]';
  await app.waitForSelector(`${form} [name="name"]`);
  await app.type(`${form} [name="name"]`, 'Sri Wahyuni');
  await app.type(`${form} [name="school"]`, 'SMP Negeri 3 Sukamaju');
  await app.select(`${form} [name="year"]`, '2026');
  await app.click(`${form} button[type="submit"]`);
  await expectText(app, '[data-testid="settings-status"]', 'Pengaturan tersimpan.');

  const popup = await app.browser().newPage();
  await openExtensionPage(popup, 'popup.html');
  await expectText(popup, '[data-testid="popup-name"]', 'Sri Wahyuni');
  await expectText(popup, '[data-testid="popup-stage"]', 'Perencanaan');
  await expectText(popup, '[data-testid="popup-countdown"]', /Tinggal 11 hari lagi/);
  await shot(popup, 'firefox-popup');
  await popup.close();
});

check('the toolbar badge shows the days left (browserAction in MV2)', async ({ app }) => {
  await waitFor('badge "11"', () => app.evaluate(() => (browser.browserAction ?? browser.action).getBadgeText({})).then((text) => text === '11' || Promise.reject(new Error(`badge is "${text}"`))));
});

check('the background has scheduled its alarms (next reminder, new day)', async ({ app }) => {
  const names = await waitFor('alarms', async () => {
    const alarms = await app.evaluate(() => browser.alarms.getAll());
    const found = alarms.map((a) => a.name).sort();
    return found.includes('pk-hari-baru') && found.includes('pk-pengingat') ? found : null;
  });
  const when = await app.evaluate(() => browser.alarms.get('pk-pengingat').then((a) => a?.scheduledTime ?? 0));
  if (!(when > Date.now())) throw new Error(`pk-pengingat is not in the future: ${when}`);
  return names;
});

check('due reminders become a notification (the missed ones as one summary)', async ({ app }) => {
  // One day before a planning window closes (21 January 2026), after 07.00 WIB: reminders are due,
  // and the ones missed since the 10th come as one summary. Headless Firefox keeps a notification
  // listed only with its own alert windows (pref alerts.useSystemBackend = false, set below).
  await app.evaluate(() => browser.storage.local.set({ 'debug.now': '2026-01-20T08:00:00+07:00' }));
  const shown = await waitFor('a pk| notification', async () => {
    const all = await app.evaluate(() => browser.notifications.getAll());
    return Object.entries(all).find(([id]) => id.startsWith('pk|')) ?? null;
  });
  const [id, options] = shown;
  if (!/pengingat terlewat/.test(options.title ?? '')) throw new Error(`${id}: title is "${options.title}"`);
  if (options.buttons) throw new Error(`${id} has buttons in Firefox`);
});

// ---- run ----
const started = Date.now();
if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`no build at ${EXTENSION_DIR}: run npx wxt build -b firefox`);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-firefox-'));
const sites = await startSites({});
const tunnel = await startTunnel(sites.httpsPort);
const proxyPort = tunnel.address().port;
// A hung browser must not hang CI: the whole suite gets two minutes, then fails.
const watchdog = setTimeout(() => {
  console.log('\nFirefox suite: no end after 120 s, stopping');
  if (process.env.FF_JSON) fs.writeFileSync(process.env.FF_JSON, JSON.stringify({ passed: 0, failed: 1, results: [], timings: { totalMs: 120_000 } }));
  process.exit(1);
}, 120_000);
watchdog.unref();
const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: FIREFOX,
  headless: true,
  userDataDir: path.join(tmp, 'profile'),
  // Self-signed demo certificate: accepted for this WebDriver session only (no profile change).
  acceptInsecureCerts: true,
  // Lets BiDi navigate a tab to moz-extension: pages (the app and the popup as tabs).
  args: ['-remote-allow-system-access'],
  extraPrefsFirefox: {
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'alerts.useSystemBackend': false,
  },
});
const timings = { launchMs: Date.now() - started };
let passed = 0;
let failed = 0;
const results = [];
try {
  const t = Date.now();
  const id = await browser.installExtension(EXTENSION_DIR);
  timings.installMs = Date.now() - t;
  if (id !== ADDON_ID) throw new Error(`installed ${id}, expected ${ADDON_ID}`);
  const app = await browser.newPage();
  for (const { name, fn } of checks) {
    const t0 = Date.now();
    try {
      await fn({ browser, app, tmp });
      passed += 1;
      results.push({ name, ok: true, ms: Date.now() - t0 });
      console.log(`  ✓ ${name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed += 1;
      results.push({ name, ok: false, ms: Date.now() - t0, error: String(e?.message ?? e) });
      console.log(`  ✗ ${name} (${Date.now() - t0} ms)\n    ${String(e?.message ?? e).split('\n')[0]}`);
    }
  }
} finally {
  await browser.close().catch(() => {});
  tunnel.close();
  await sites.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
timings.totalMs = Date.now() - started;
console.log(`\nFirefox (${FIREFOX}): ${passed} passed, ${failed} failed in ${(timings.totalMs / 1000).toFixed(1)} s ` +
  `(launch ${timings.launchMs} ms, install ${timings.installMs} ms)`);
if (process.env.FF_JSON) fs.writeFileSync(process.env.FF_JSON, JSON.stringify({ passed, failed, results, timings }, null, 2));
process.exit(failed > 0 ? 1 : 0);
