#!/usr/bin/env node
/**
 * Auto-fill figure, as a row `| name | value | note |`: detect (collect + match + preview) and fill
 * a 60-field form, median of 20 runs, in node over happy-dom (the DOM the unit tests use).
 * `npm run bench` imports `bench()`; `BENCH_ONLY=autofill npm run bench` or
 * `node scripts/bench-autofill.mjs` runs it alone (no build or browser needed).
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';

const root = path.resolve(import.meta.dirname, '..');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const FIELDS = 60;
const RUNS = 20;

async function loadAutofill() {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pk-bench-af-')), 'autofill.mjs');
  await build({
    stdin: {
      contents: `export { collectForm } from '@/lib/autofill/collect';
export { matchFields } from '@/lib/autofill/match';
export { buildPreview } from '@/lib/autofill/preview';
export { fillForm } from '@/lib/autofill/insert';`,
      resolveDir: root, loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'esm', outfile: out, alias: { '@': root }, logLevel: 'silent',
    tsconfig: path.join(root, 'tsconfig.json'),
  });
  return import(pathToFileURL(out).href);
}

const WORDS = ['Uraian', 'Target', 'Realisasi', 'Catatan', 'Satuan', 'Tanggal'];
/** 10 sections of 6 fields: text, textarea, select, date picker, time picker, text; labels in 4 positions. */
function formHtml() {
  const parts = [];
  for (let s = 0; s < FIELDS / 6; s++) {
    parts.push(`<h6>Bagian ${s + 1}</h6>`);
    for (let f = 0; f < 6; f++) {
      const n = s * 6 + f + 1;
      const label = `${WORDS[f]} nomor ${n}`;
      const control = [
        `<input id="f${n}" name="f${n}" class="form-control">`,
        `<textarea name="f${n}" class="form-control"></textarea>`,
        `<select name="f${n}" class="form-select"><option value="">Pilih</option><option value="1">Dokumen</option><option value="2">Kegiatan</option><option value="3">Laporan</option></select>`,
        `<div class="mx-datepicker"><input name="date" class="mx-input" placeholder="DD-MM-YYYY"></div>`,
        `<div class="mx-datepicker"><input name="date" class="mx-input" placeholder="HH:mm"></div>`,
        `<input name="f${n}" class="form-control">`,
      ][f];
      const wrapped = f === 0 ? `<label for="f${n}">${label}</label>${control}`
        : f === 1 ? `<label>${label.toUpperCase()}${control}</label>`
          : f === 5 ? `<div class="row"><div class="col-3">${label}</div><div class="col-9">${control}</div></div>`
            : `<label>${label}</label>${control}`;
      parts.push(`<div class="form-group">${wrapped}</div>`);
    }
  }
  return `<div class="modal fade" style="display:none"><div class="modal-body"><button class="btn btn-primary">OK</button></div></div>
<div class="modal fade show" style="display:block"><div class="modal-dialog"><div class="modal-content"><div class="modal-header"><h5 class="modal-title">Formulir 60 isian</h5></div><div class="modal-body">${parts.join('')}</div></div></div></div>`;
}

function vocabulary() {
  const fields = [];
  for (let n = 1; n <= FIELDS; n++) fields.push({ key: `isian-${n}`, labels: [`${WORDS[(n - 1) % 6]} nomor ${n}`], names: [`f${n}`], expected: true });
  return { kind: 'eviden', titles: ['Formulir 60 isian'], fields, fixtures: [] };
}

function values() {
  const v = {};
  for (let n = 1; n <= FIELDS; n++) {
    const f = (n - 1) % 6;
    v[`isian-${n}`] = f === 2 ? 'Kegiatan' : f === 3 ? '{tanggal}' : f === 4 ? '07:30' : `Isian ${n} bulan {bulan} {tahun}`;
  }
  return v;
}

export async function bench() {
  const m = await loadAutofill();
  const vocab = vocabulary();
  const vals = values();
  const times = [];
  const cpu = [];
  const phases = { collect: [], match: [], fill: [] };
  let filled = 0;
  for (let run = 0; run < RUNS + 2; run++) {
    const window = new Window({ url: 'https://kinerja.bkn.go.id/skp' });
    window.document.body.innerHTML = formHtml();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const form = m.collectForm(window.document);
    const t1 = performance.now();
    const match = m.matchFields(form.fields, vocab);
    const preview = m.buildPreview(form.fields, match, vals, { date: '2026-12-07' });
    const t2 = performance.now();
    const { outcomes } = await m.fillForm(form, preview.instructions);
    const t3 = performance.now();
    const c = process.cpuUsage(c0);
    if (run >= 2) { // two warm-up runs (JIT)
      times.push(t3 - t0);
      cpu.push((c.user + c.system) / 1000);
      phases.collect.push(t1 - t0); phases.match.push(t2 - t1); phases.fill.push(t3 - t2);
    }
    filled = outcomes.filter((o) => o.ok).length;
    await window.happyDOM.close();
  }
  if (filled !== FIELDS) throw new Error(`bench-autofill: only ${filled} of ${FIELDS} fields filled`);
  const f = (xs) => median(xs).toFixed(1);
  return [[
    `auto-fill detect+fill, ${FIELDS}-field form`, `${f(cpu)} ms CPU / ${f(times)} ms wall`,
    `collect + match + preview + fill (text, textarea, select, date, time; 4 label positions), node + happy-dom, median of ${RUNS}; `
      + `wall by step: collect ${f(phases.collect)}, match+preview ${f(phases.match)}, fill ${f(phases.fill)} ms; all ${filled} filled`,
  ]];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await bench()) console.log(`| ${r.join(' | ')} |`);
}
