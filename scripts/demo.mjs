#!/usr/bin/env node
/**
 * `npm run demo`: installs (when needed), builds the extension, serves the demo copies of
 * Ruang GTK and e-Kinerja under their real host names, and opens Chromium with the extension
 * loaded on them. Without a display it runs headless, saves screenshots of what a teacher
 * would see, and says how to load the extension by hand.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const EXT = path.join(root, '.output', 'chrome-mv3');
const sh = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) { console.error(`Gagal / failed: ${cmd} ${args.join(' ')}`); process.exit(1); }
};

const lock = path.join(root, 'package-lock.json');
const installed = path.join(root, 'node_modules', '.package-lock.json');
if (!fs.existsSync(installed) || fs.statSync(installed).mtimeMs < fs.statSync(lock).mtimeMs) sh('npm', ['ci', '--no-audit', '--no-fund']);
sh(path.join(root, 'node_modules', '.bin', 'wxt'), ['build']);

const { chromium } = await import('playwright-core');
const { startSites, hostResolverRules } = await import('./serve-sites.mjs');
const browserPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && fs.existsSync(p));
const headless = process.argv.includes('--headless') || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

const sites = await startSites({ httpPort: Number(process.env.HTTP_PORT ?? 0), httpsPort: Number(process.env.HTTPS_PORT ?? 0) });
const rules = hostResolverRules(sites);
console.log(`\nSitus demo berjalan / demo sites running: http ${sites.httpPort}, https ${sites.httpsPort}`);
console.log(`Ekstensi siap / extension built: ${EXT}`);

if (!browserPath) {
  console.log('\nChromium tidak ditemukan. Pasang: sudo apt-get install -y chromium, lalu jalankan lagi.');
  console.log('Chromium not found. Install it (sudo apt-get install -y chromium) and run again.');
  console.log(`Or open chrome://extensions in your own Chrome, turn on Developer mode, "Load unpacked" → ${EXT},`);
  console.log(`and start Chrome with --host-resolver-rules="${rules}" --ignore-certificate-errors to reach the demo sites.`);
  process.on('SIGINT', () => sites.close().then(() => process.exit(0)));
  await new Promise(() => {});
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pendamping-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: browserPath,
  headless,
  viewport: headless ? { width: 1280, height: 800 } : null,
  args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-first-run', '--disable-sync',
    '--disable-background-networking', '--disable-component-update', '--disable-quic',
    `--host-resolver-rules=${rules}`, '--ignore-certificate-errors', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
});
let [sw] = context.serviceWorkers();
sw ??= await context.waitForEvent('serviceworker');
const extensionId = new URL(sw.url()).host;
const urls = [
  'https://guru.kemdikbud.go.id/pengelolaan-kinerja/perencanaan/praktik-kinerja',
  'https://kinerja.bkn.go.id/skp/101',
  `chrome-extension://${extensionId}/app.html#/`,
];

if (!headless) {
  const [first] = context.pages();
  await (first ?? (await context.newPage())).goto(urls[0]);
  for (const url of urls.slice(1)) await (await context.newPage()).goto(url);
  console.log('\nChromium terbuka dengan Pendamping Kinerja. Tutup jendelanya untuk berhenti.');
  console.log('Chromium is open with Pendamping Kinerja. Close its window to stop.');
  await new Promise((resolve) => context.on('close', resolve));
} else {
  const out = path.join(root, 'demo-screenshots');
  fs.mkdirSync(out, { recursive: true });
  const shots = [
    ['ruang-gtk-praktik-kinerja', urls[0]],
    ['ruang-gtk-komunitas', 'https://guru.kemdikbud.go.id/komunitas'],
    ['ekinerja-skp', urls[1]],
    ['app-beranda', urls[2]],
    ['app-pengaturan', `chrome-extension://${extensionId}/app.html#/pengaturan`],
    ['popup', `chrome-extension://${extensionId}/popup.html`],
  ];
  for (const [name, url] of shots) {
    const page = await context.newPage();
    if (name === 'popup') await page.setViewportSize({ width: 360, height: 420 });
    await page.goto(url);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(out, `${name}.png`) });
    await page.close();
  }
  await context.close();
  console.log(`\nTidak ada layar: berjalan tanpa jendela. Tangkapan layar ada di ${out}/`);
  console.log(`No display: ran headless. Screenshots are in ${out}/`);
  console.log('\nUntuk mencoba sendiri / to try it yourself:');
  console.log(`  1. chrome://extensions → Developer mode → "Load unpacked" → ${EXT}`);
  console.log(`  2. start Chrome with --host-resolver-rules="${rules}" --ignore-certificate-errors`);
  console.log('  3. open https://guru.kemdikbud.go.id/pengelolaan-kinerja or https://kinerja.bkn.go.id/skp');
  console.log('The demo sites keep running until Ctrl-C. / Situs demo tetap berjalan sampai Ctrl-C.');
  process.on('SIGINT', () => sites.close().then(() => process.exit(0)));
  if (process.argv.includes('--once')) { await sites.close(); process.exit(0); }
  await new Promise(() => {});
}
await sites.close();
