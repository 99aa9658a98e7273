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
 * Plain node, no test runner: eleven checks in one browser, one after another (~20 s here).
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
/** What Firefox did with `sidebarAction.open()` after the pill's click (reported at the end). */
let sidebarAfterClick = null;
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

/**
 * The pill lives in a closed shadow root: the page cannot read it, and neither can this suite
 * through the page. What the pill says comes from the content script itself, asked from an extension
 * page the way the side panel asks it (`tabs.sendMessage`, lib/overlay/tab-requests.ts); that the
 * pill is really on the page is the host element, laid out in the viewport, whose root the page
 * cannot open.
 */
async function askContentScript(app, urlPrefix) {
  return app.evaluate(async (prefix) => {
    const [tab] = await browser.tabs.query({ url: `${prefix}*` });
    if (!tab) return { error: 'no tab' };
    try {
      return { tabId: tab.id, reply: await browser.tabs.sendMessage(tab.id, { pk: 'page' }) };
    } catch (e) {
      return { tabId: tab.id, error: String(e?.message ?? e) };
    }
  }, urlPrefix);
}

/** The side panel's heartbeat (ui-prefs.ts `ui.sidePanelAt`): pages loaded now listen for it at once. */
async function sidePanelBeat(app, at = Date.now()) {
  await openExtensionPage(app, 'app.html#/');
  await app.evaluate((t) => browser.storage.local.set({ 'ui.sidePanelAt': t }), at);
}

/** The pill's host on the page: present, its root closed to the page, and drawn inside the viewport. */
async function pillHost(page) {
  return waitFor('the pill on the page', () => page.evaluate(() => {
    const host = document.querySelector('pendamping-kinerja');
    if (!host || host.hidden) return null;
    const box = host.getBoundingClientRect();
    // The host holds a fixed region; its visible part is what the mouse can hit at the corner.
    const hit = document.elementFromPoint(innerWidth - 40, innerHeight - 30);
    if (box.width === 0 && box.height === 0 && hit !== host) return null;
    return { shadowRoot: host.shadowRoot === null ? 'closed' : 'open', hitIsHost: hit === host, box: { x: box.x, y: box.y, w: box.width, h: box.height } };
  }));
}

async function expectPageAnswer(app, urlPrefix, want) {
  return waitFor(`the content script of ${urlPrefix} to name ${want.pageId}`, async () => {
    const got = await askContentScript(app, urlPrefix);
    const page = got.reply?.page;
    if (page && page.pageId === want.pageId && page.site === want.site && (!('stage' in want) || page.stage === want.stage)) return got;
    throw new Error(JSON.stringify(got));
  });
}

check('the manifest declares nothing collected, keeps its id and asks Firefox 140+ (Android 142+)', async () => {
  const { manifest_version: mv, browser_specific_settings: { gecko, gecko_android: android } } = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const got = JSON.stringify({ mv, id: gecko.id, min: gecko.strict_min_version, data: gecko.data_collection_permissions, android: android?.strict_min_version });
  const want = JSON.stringify({ mv: process.env.FF_EXTENSION_DIR ? mv : 2, id: 'pendamping-kinerja@pendamping-kinerja.id', min: '140.0', data: { required: ['none'] }, android: '142.0' });
  if (got !== want) throw new Error(`manifest: ${got}, expected ${want}`);
  // The side panel as Firefox's sidebar, not opened by itself at install (Chrome's side panel does not either).
  const { sidebar_action: sidebar } = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  if (sidebar?.default_panel !== 'sidepanel.html' || sidebar.open_at_install !== false) throw new Error(`sidebar_action: ${JSON.stringify(sidebar)}`);
});

check('Ruang GTK: the pill is on the page (closed root) and the content script names the page', async ({ browser, app }) => {
  await sidePanelBeat(app);
  const page = await browser.newPage();
  await page.goto('https://guru.kemdikbud.go.id/pengelolaan-kinerja/perencanaan/data-diri');
  const host = await pillHost(page);
  if (host.shadowRoot !== 'closed') throw new Error(`the pill's root is ${host.shadowRoot} to the page`);
  await expectPageAnswer(app, 'https://guru.kemdikbud.go.id/pengelolaan-kinerja/perencanaan/data-diri', { site: 'ruang-gtk', pageId: 'rgtk.data-diri', stage: 'perencanaan' });
  await shot(page, 'firefox-ruang-gtk');
  await page.close();
});

check('e-Kinerja: the pill is on the page (closed root) and the content script names the page', async ({ browser, app }) => {
  await sidePanelBeat(app);
  const page = await browser.newPage();
  await page.goto('https://kinerja.bkn.go.id/skp/101/penilaian/202/eviden');
  const host = await pillHost(page);
  if (host.shadowRoot !== 'closed') throw new Error(`the pill's root is ${host.shadowRoot} to the page`);
  const { reply } = await expectPageAnswer(app, 'https://kinerja.bkn.go.id/skp/101/penilaian/202/eviden', { site: 'ekinerja', pageId: 'ekin.eviden' });
  if (reply.targets.linkFields !== true) throw new Error(`the Nama/Link pair was not found: ${JSON.stringify(reply.targets)}`);
  await page.close();
});

check('a real click on the pill: Firefox refuses its sidebar, so the side panel opens in a window bound to the tab and shows its page; a page script\'s click does nothing', async ({ browser, app }) => {
  // No side panel beat: the page does not listen until its pill is clicked (ui-prefs.ts).
  await sidePanelBeat(app, 0);
  const url = 'https://guru.kemdikbud.go.id/pengelolaan-kinerja/pelaksanaan/dokumen-persiapan';
  const page = await browser.newPage();
  await page.goto(url);
  await pillHost(page);
  const before = await askContentScript(app, url);
  if (before.reply) throw new Error(`the page answered before its pill was clicked: ${JSON.stringify(before.reply)}`);
  // A page script's click is not trusted and does nothing.
  await page.evaluate(() => document.querySelector('pendamping-kinerja')?.click());
  const untrusted = await askContentScript(app, url);
  if (untrusted.reply) throw new Error('an untrusted click made the page listen');
  const sidebarOpen = () => app.evaluate(() => browser.sidebarAction.isOpen({}));
  if (await sidebarOpen()) throw new Error('the sidebar was open before the pill was clicked');
  const clickedAt = Date.now();
  // A real mouse click on the pill (bottom right corner by default).
  await page.bringToFront();
  // The page sees only the host: the pill is where the host answers elementFromPoint; click the middle of that area.
  const at = await page.evaluate(() => {
    const host = document.querySelector('pendamping-kinerja');
    const hits = [];
    for (let x = innerWidth - 4; x > innerWidth - 480; x -= 4) {
      for (let y = innerHeight - 4; y > innerHeight - 200; y -= 4) if (document.elementFromPoint(x, y) === host) hits.push({ x, y });
    }
    if (!hits.length) return null;
    const xs = hits.map((h) => h.x), ys = hits.map((h) => h.y);
    return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  });
  if (!at) throw new Error('the pill is not under the mouse anywhere in the corner');
  await page.mouse.click(at.x, at.y);
  await expectPageAnswer(app, url, { site: 'ruang-gtk', pageId: 'rgtk.dokumen-persiapan', stage: 'pelaksanaan' });
  // Firefox refuses sidebarAction.open() here: the click reaches the background as a content
  // script's message, not as a user action of an extension page. The background then opens the
  // same side panel page in a window of its own, bound to this tab (lib/overlay/side-panel.ts).
  const win = await waitFor('the side panel window bound to the tab', () => app.evaluate(async (tabId) => {
    const all = await browser.windows.getAll({ populate: true });
    const w = all.find((x) => x.tabs?.some((t) => t.url?.endsWith(`/sidepanel.html?tab=${tabId}`)));
    return w ? { id: w.id, type: w.type } : null;
  }, before.tabId));
  if (win.type !== 'popup') throw new Error(`side panel window is ${win.type}`);
  sidebarAfterClick = await sidebarOpen();
  // The side panel page runs there (its heartbeat) and shows this tab's page.
  await waitFor('the side panel\'s heartbeat', () => app.evaluate((t) => browser.storage.local.get('ui.sidePanelAt').then((r) => r['ui.sidePanelAt'] >= t), clickedAt));
  // BiDi does not list that window's page; the app reads it as the extension's own view.
  await waitFor('the side panel window to name the page', () => app.evaluate((windowId) => {
    const [view] = browser.extension.getViews({ windowId });
    const text = view?.document.querySelector('[data-testid="overlay-page"] h1')?.textContent ?? null;
    if (text === 'Pelaksanaan · Dokumen Persiapan') return true;
    throw new Error(`side panel window shows ${JSON.stringify(text)}`);
  }, win.id));
  await app.evaluate((id) => browser.windows.remove(id), win.id);
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

check('the sidebar page (as a tab) shows the checklist of the running stage', async ({ browser }) => {
  // Same profile and date as the popup check above: Perencanaan, 11 days left.
  const tab = await browser.newPage();
  await openExtensionPage(tab, 'sidepanel.html');
  await expectText(tab, '#ov-cl', /Perencanaan/);
  await expectText(tab, '[data-testid="overlay-countdown"]', /11 hari/);
  const boxes = await tab.evaluate(() => document.querySelectorAll('[data-testid="overlay-checklist"] input[type="checkbox"]').length);
  if (boxes < 3) throw new Error(`${boxes} checklist items`);
  await shot(tab, 'firefox-sidebar-as-tab');
  await tab.close();
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
console.log(`  (after the pill's real click, Firefox's sidebar was ${sidebarAfterClick === null ? 'not checked' : sidebarAfterClick ? 'open' : 'NOT opened (sidebarAction.open refused; the side panel window opened instead)'})`);
console.log(`\nFirefox (${FIREFOX}): ${passed} passed, ${failed} failed in ${(timings.totalMs / 1000).toFixed(1)} s ` +
  `(launch ${timings.launchMs} ms, install ${timings.installMs} ms)`);
if (process.env.FF_JSON) fs.writeFileSync(process.env.FF_JSON, JSON.stringify({ passed, failed, results, timings }, null, 2));
process.exit(failed > 0 ? 1 : 0);
