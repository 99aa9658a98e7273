#!/usr/bin/env node
// Local demo sites for Pendamping Kinerja (test/demo material, not product code).
//
// Serves static imitations of Ruang GTK and e-Kinerja BKN by the request's Host header, over http and https.
// Chromium reaches them under the real host names with --host-resolver-rules (see hostResolverRules()).
//
//   node scripts/serve-sites.mjs [--http-port N] [--https-port N] [--host 127.0.0.1]
//
// No dependencies: node:http, node:https, node:fs only.

import http from 'node:http';
import https from 'node:https';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Folder holding the demo sites. */
export const SITES_DIR = path.join(REPO_ROOT, 'tests', 'fixtures', 'sites');
/** Self-signed test certificate (SAN: the four demo hosts). Browsers must run with --ignore-certificate-errors. */
export const CERT_PATH = path.join(REPO_ROOT, 'tests', 'fixtures', 'certs', 'cert.pem');
export const KEY_PATH = path.join(REPO_ROOT, 'tests', 'fixtures', 'certs', 'key.pem');

/** The real host names the demo sites answer to. */
export const DEMO_HOSTS = Object.freeze([
  'kinerja.bkn.go.id',
  'guru.kemdikbud.go.id',
  'guru.kemendikdasmen.go.id',
  'rumah.pendidikan.go.id',
]);

/** Path prefix under which Ruang GTK is mounted on rumah.pendidikan.go.id. */
export const RUANG_GTK_BASE_PATH = '/ruang/gtk';

/** Handy start URLs (https; they need the host-resolver rules). */
export const DEMO_URLS = Object.freeze({
  ruangGtk: 'https://guru.kemdikbud.go.id/pengelolaan-kinerja',
  ruangGtkBaru: 'https://guru.kemendikdasmen.go.id/pengelolaan-kinerja',
  rumahPendidikan: 'https://rumah.pendidikan.go.id/ruang/gtk/pengelolaan-kinerja',
  ekinerja: 'https://kinerja.bkn.go.id/skp',
  ekinerjaHarian: 'https://kinerja.bkn.go.id/kinerja_harian',
});

const SITE_DIRS = {
  ekinerja: path.join(SITES_DIR, 'ekinerja'),
  'ruang-gtk': path.join(SITES_DIR, 'ruang-gtk'),
  index: SITES_DIR,
};

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.json': 'application/json; charset=utf-8',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

/**
 * Which demo site answers a Host header value.
 * @param {string | undefined} hostHeader e.g. "kinerja.bkn.go.id:8443"
 * @returns {{ site: 'ekinerja' | 'ruang-gtk' | 'index', dir: string, basePath: string }}
 */
export function siteForHost(hostHeader) {
  const host = stripPort(String(hostHeader ?? '')).toLowerCase();
  switch (host) {
    case 'kinerja.bkn.go.id':
      return { site: 'ekinerja', dir: SITE_DIRS.ekinerja, basePath: '' };
    case 'guru.kemdikbud.go.id':
    case 'guru.kemendikdasmen.go.id':
      return { site: 'ruang-gtk', dir: SITE_DIRS['ruang-gtk'], basePath: '' };
    case 'rumah.pendidikan.go.id':
      return { site: 'ruang-gtk', dir: SITE_DIRS['ruang-gtk'], basePath: RUANG_GTK_BASE_PATH };
    default:
      return { site: 'index', dir: SITE_DIRS.index, basePath: '' };
  }
}

function stripPort(host) {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1); // [::1]:8080
  const i = host.lastIndexOf(':');
  return i === -1 ? host : host.slice(0, i);
}

/**
 * Chromium --host-resolver-rules value mapping all demo hosts to this server.
 * The ":443" rule of each host comes first (first match wins), then the plain rule for http.
 */
export function hostResolverRules({ httpPort, httpsPort }) {
  if (!httpPort || !httpsPort) throw new Error('hostResolverRules: httpPort and httpsPort are required');
  return DEMO_HOSTS.flatMap((h) => [`MAP ${h}:443 127.0.0.1:${httpsPort}`, `MAP ${h} 127.0.0.1:${httpPort}`]).join(', ');
}

/** Chromium args that make the demo hosts resolve to this server (add your own headless/extension args). */
export function chromiumArgs(ports) {
  return [`--host-resolver-rules=${hostResolverRules(ports)}`, '--ignore-certificate-errors', '--disable-quic'];
}

async function isFile(p) {
  try {
    return (await fsp.stat(p)).isFile();
  } catch {
    return false;
  }
}

function send(req, res, status, body, type = 'text/plain; charset=utf-8', extra = {}) {
  const buf = Buffer.isBuffer(body) ? body : Buffer.from(String(body));
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': buf.length,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  res.end(req.method === 'HEAD' ? undefined : buf);
}

async function sendFile(req, res, file, siteName, basePath = '') {
  const ext = path.extname(file).toLowerCase();
  const type = CONTENT_TYPES[ext] ?? 'application/octet-stream';
  let body = await fsp.readFile(file);
  if (basePath && ext === '.html') {
    // Like a Next.js basePath build: root-relative asset URLs in the HTML get the mount prefix.
    body = Buffer.from(body.toString('utf8').replace(/\b(href|src)="\/(?!\/)/g, `$1="${basePath}/`));
  }
  send(req, res, 200, body, type, { 'X-Demo-Site': siteName });
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(req, res, 405, 'Metode tidak didukung', undefined, { Allow: 'GET, HEAD' });
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://demo.invalid').pathname);
  } catch {
    return send(req, res, 400, 'Permintaan tidak valid');
  }
  if (pathname.includes('\0')) return send(req, res, 400, 'Permintaan tidak valid');

  const { site, dir, basePath } = siteForHost(req.headers.host);

  if (basePath) {
    if (pathname === '/' || pathname === '') {
      res.writeHead(302, { Location: basePath, 'Cache-Control': 'no-store', 'Content-Length': 0 });
      return res.end();
    }
    if (pathname !== basePath && !pathname.startsWith(basePath + '/')) {
      return send(req, res, 404, `404 Tidak ditemukan (situs demo hanya memuat ${basePath})`);
    }
    pathname = pathname.slice(basePath.length) || '/';
  }

  const index = path.join(dir, 'index.html');

  // The index site (any other host) is just one page: never expose the rest of tests/fixtures/sites.
  if (site === 'index') {
    if (path.extname(pathname) === '' || pathname === '/index.html') return sendFile(req, res, index, site);
    return send(req, res, 404, '404 Tidak ditemukan');
  }

  const file = path.resolve(dir, '.' + path.posix.normalize('/' + pathname));
  if (file !== dir && !file.startsWith(dir + path.sep)) return send(req, res, 404, '404 Tidak ditemukan');

  if (await isFile(file)) return sendFile(req, res, file, site, basePath);
  // SPA fallback: extension-less paths that are not files get the app shell.
  if (path.extname(pathname) === '') return sendFile(req, res, index, site, basePath);
  return send(req, res, 404, '404 Tidak ditemukan');
}

function listener(req, res) {
  handle(req, res).catch((err) => {
    if (!res.headersSent) send(req, res, 500, 'Kesalahan server demo: ' + (err?.message ?? err));
    else res.destroy();
  });
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address().port);
    });
  });
}

function closeServer(server) {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections?.();
  });
}

/**
 * Start the http and https demo servers.
 * @param {{ host?: string, httpPort?: number, httpsPort?: number }} [opts]
 * @returns {Promise<{ httpPort: number, httpsPort: number, close: () => Promise<void> }>}
 */
export async function startSites({ host = '127.0.0.1', httpPort = 0, httpsPort = 0 } = {}) {
  const [cert, key] = await Promise.all([fsp.readFile(CERT_PATH), fsp.readFile(KEY_PATH)]);
  const httpServer = http.createServer(listener);
  const httpsServer = https.createServer({ cert, key }, listener);
  let actualHttp;
  let actualHttps;
  try {
    actualHttp = await listen(httpServer, httpPort, host);
    actualHttps = await listen(httpsServer, httpsPort, host);
  } catch (err) {
    await Promise.all([closeServer(httpServer), closeServer(httpsServer)]);
    throw err;
  }
  let closed;
  return {
    httpPort: actualHttp,
    httpsPort: actualHttps,
    close: () => (closed ??= Promise.all([closeServer(httpServer), closeServer(httpsServer)]).then(() => {})),
  };
}

// ---------------------------------------------------------------- CLI
function parseArgs(argv) {
  const out = { httpPort: 0, httpsPort: 0, host: '127.0.0.1' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--http-port') out.httpPort = Number(value());
    else if (flag === '--https-port') out.httpsPort = Number(value());
    else if (flag === '--host') out.host = value();
    else if (flag === '-h' || flag === '--help') out.help = true;
    else throw new Error(`Argumen tidak dikenal: ${argv[i]}`);
  }
  for (const k of ['httpPort', 'httpsPort']) {
    if (!Number.isInteger(out[k]) || out[k] < 0 || out[k] > 65535) throw new Error(`Port tidak valid: ${k}`);
  }
  return out;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log('Pakai: node scripts/serve-sites.mjs [--http-port N] [--https-port N] [--host 127.0.0.1]');
    return;
  }
  const sites = await startSites(args);
  const rules = hostResolverRules(sites);
  console.log(`Situs demo berjalan (host ${args.host}):`);
  console.log(`  http  : ${sites.httpPort}`);
  console.log(`  https : ${sites.httpsPort}`);
  console.log('');
  console.log('--host-resolver-rules:');
  console.log(`  ${rules}`);
  console.log('');
  console.log('Contoh Chromium:');
  console.log(`  chromium --user-data-dir=$(mktemp -d) --ignore-certificate-errors --disable-quic --host-resolver-rules="${rules}" ${DEMO_URLS.ruangGtk}`);
  console.log('');
  console.log('Contoh URL (dengan aturan di atas):');
  for (const u of Object.values(DEMO_URLS)) console.log(`  ${u}`);
  console.log(`  https://kinerja.bkn.go.id/skp/101`);
  console.log(`  https://kinerja.bkn.go.id/skp/101/penilaian/202/eviden`);
  console.log('Tanpa aturan host (indeks saja):');
  console.log(`  http://${args.host}:${sites.httpPort}/`);
  console.log('');
  console.log('Tekan Ctrl-C untuk berhenti.');
  const stop = async () => {
    await sites.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function invokedDirectly() {
  try {
    return Boolean(process.argv[1]) && fs.realpathSync(path.resolve(process.argv[1])) === fs.realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
if (invokedDirectly()) {
  main().catch((err) => {
    console.error(err?.message ?? err);
    process.exit(1);
  });
}
