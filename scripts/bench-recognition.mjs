#!/usr/bin/env node
/**
 * Page recognition figures, as rows `| name | value | note |`: the pure work the content script
 * does at every look (lib/sites/recognise.ts over one site's adapters), on the headings of saved
 * pages (tests/fixtures/pages), in microseconds. The DOM read (one querySelectorAll) is in the
 * host rows of `npm run bench`. `BENCH_ONLY=recognition npm run bench` runs this alone;
 * `node scripts/bench-recognition.mjs` prints the rows.
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

async function loadPure() {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pk-bench-rec-')), 'pure.mjs');
  await build({
    stdin: {
      contents: `export { recognisePage, locateSite } from '@/lib/sites/recognise';
export { PAGE_ADAPTERS } from '@/lib/sites/pages';`,
      resolveDir: root, loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'esm', outfile: out, alias: { '@': root }, logLevel: 'silent',
    tsconfig: path.join(root, 'tsconfig.json'),
  });
  return import(pathToFileURL(out).href);
}

/** The headings the content script reads on three saved pages (as lib/page/headings.ts would). */
const SNAPSHOTS = [
  ['e-Kinerja eviden, 2026 markup (known path, 6 headings)', {
    host: 'kinerja.bkn.go.id', path: '/skp/7c9e6679742540de944be07fc1f90ae7/penilaian/2026-3f2504e04f8941d39a0c0305e82c3301/eviden',
    headings: ['Periode Penilaian : PENILAIAN TRIWULAN I01 Jan 2026 – 31 Mar 2026', 'Periode Penilaian : PENILAIAN TRIWULAN I', '01 Jan 2026 – 31 Mar 2026', 'Eviden dan Realisasi', 'Unggah Bukti', 'Eviden Tersimpan'],
  }],
  ['Ruang GTK Perilaku Kerja, classic (known path, 8 headings)', {
    host: 'guru.kemdikbud.go.id', path: '/pengelolaan-kinerja/perencanaan/perilaku-kerja',
    headings: ['Perilaku Kerja', 'Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif'],
  }],
  ['Ruang GTK unknown path (text alone, all 14 adapters scored)', {
    host: 'guru.kemendikdasmen.go.id', path: '/pk-baru/refleksi',
    headings: ['Refleksi dan Evaluasi Tindak Lanjut', 'Pertanyaan 1', 'Pertanyaan 2', 'Pertanyaan 3', 'Pertanyaan 4'],
  }],
];

export async function bench() {
  const m = await loadPure();
  const rows = [];
  for (const [name, snapshot] of SNAPSHOTS) {
    const site = m.locateSite(snapshot.host, snapshot.path).site;
    const adapters = m.PAGE_ADAPTERS.filter((a) => a.site === site);
    const once = () => m.recognisePage(snapshot, adapters);
    const r = once();
    for (let i = 0; i < 2000; i++) once(); // warm (the content script runs it cold; see the host rows)
    const xs = [];
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      for (let j = 0; j < 50; j++) once();
      xs.push(((performance.now() - t) / 50) * 1000);
    }
    rows.push([`recognition of one page (pure): ${name}`, `${median(xs).toFixed(1)} µs`,
      `median of 200 × 50 calls, warm, node ${process.version}; → ${r.kind === 'page' ? `${r.page.id} by ${r.by}` : r.kind}`]);
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await bench()) console.log(`| ${r.join(' | ')} |`);
}
