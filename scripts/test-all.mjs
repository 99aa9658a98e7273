#!/usr/bin/env node
/**
 * `npm test`: type-check, unit tests (vitest), build, end-to-end tests (Playwright in Chromium),
 * then the Firefox build: `web-ext lint` (0 errors counts as one check) and tests/firefox (firefox-esr).
 * Ends with one plain line `N passed, N failed` summing every suite (CI reads it), and exits
 * non-zero when anything failed or could not run.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const tmp = path.join(root, 'tests', '.tmp');
fs.mkdirSync(tmp, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args, env = {}) => {
  console.log(`\n$ ${path.basename(cmd)} ${args.join(' ')}`);
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
};
const readJson = (file) => { try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return null; } };
const started = Date.now();
let passed = 0;
let failed = 0;
const problems = [];

// 1. Type-check counts as one check: a type error fails the run like a failing test.
if (run(bin('tsc'), ['--noEmit']) === 0) passed += 1;
else { failed += 1; problems.push('type-check gagal / type-check failed'); }

// 2. Unit tests.
const vitestJson = path.join(tmp, 'vitest.json');
fs.rmSync(vitestJson, { force: true });
const vitestStatus = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]);
const vitest = readJson(vitestJson);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  if (vitest.numTotalTests === 0) { failed += 1; problems.push('vitest ran no test'); }
}
if (!vitest || (vitestStatus !== 0 && vitest.numFailedTests === 0)) { failed += 1; problems.push('vitest did not finish'); }

// 3. End-to-end tests need the built extension and Chromium.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  failed += 1;
  problems.push(`Chromium tidak ditemukan di ${chromium}. Pasang dengan: sudo apt-get install -y chromium (atau set CHROMIUM_PATH).\n` +
    `Chromium not found at ${chromium}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
} else if (run(bin('wxt'), ['build']) !== 0) {
  failed += 1;
  problems.push('build gagal / build failed');
} else {
  const pwJson = path.join(tmp, 'playwright.json');
  fs.rmSync(pwJson, { force: true });
  const pwStatus = run(bin('playwright'), ['test'], { PW_JSON: pwJson });
  const pw = readJson(pwJson);
  if (pw?.stats) {
    passed += pw.stats.expected + pw.stats.flaky;
    if (pw.stats.flaky > 0) problems.push(`${pw.stats.flaky} e2e test(s) passed only on the retry (flaky) / lulus hanya pada percobaan ulang`);
    failed += pw.stats.unexpected;
    if (pw.stats.expected + pw.stats.unexpected + pw.stats.flaky === 0) { failed += 1; problems.push('playwright ran no test'); }
  }
  if (!pw?.stats || (pwStatus !== 0 && pw.stats.unexpected === 0)) { failed += 1; problems.push('playwright did not finish'); }
}

// 4. Firefox: the MV2 build, web-ext lint (errors fail it; warnings are explained in the README),
// and the Firefox suite (tests/firefox/run.mjs, puppeteer-core over WebDriver BiDi).
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!fs.existsSync(firefox)) {
  failed += 1;
  problems.push(`Firefox tidak ditemukan di ${firefox}. Pasang dengan: sudo apt-get install -y firefox-esr (atau set FIREFOX_PATH).\n` +
    `Firefox not found at ${firefox}. Install it with: sudo apt-get install -y firefox-esr (or set FIREFOX_PATH).`);
} else if (run(bin('wxt'), ['build', '-b', 'firefox', '--mv2']) !== 0) {
  failed += 1;
  problems.push('build Firefox gagal / Firefox build failed');
} else {
  const lintJson = path.join(tmp, 'web-ext-lint.json');
  console.log('\n$ web-ext lint -s .output/firefox-mv2');
  const lintRun = spawnSync(bin('web-ext'), ['lint', '-s', '.output/firefox-mv2', '-o', 'json'], { cwd: root, encoding: 'utf8' });
  fs.writeFileSync(lintJson, lintRun.stdout ?? '');
  const lint = readJson(lintJson);
  if (lint?.summary) {
    console.log(`web-ext lint: ${lint.summary.errors} errors, ${lint.summary.warnings} warnings, ${lint.summary.notices} notices`);
    for (const m of [...lint.errors, ...lint.warnings]) console.log(`  ${m.code} ${m.file ?? ''} ${m.message}`);
  }
  if (lint?.summary?.errors === 0) passed += 1;
  else { failed += 1; problems.push('web-ext lint: errors or no result (see above)'); }

  const ffJson = path.join(tmp, 'firefox.json');
  fs.rmSync(ffJson, { force: true });
  const ffStatus = run(process.execPath, ['tests/firefox/run.mjs'], { FF_JSON: ffJson });
  const ff = readJson(ffJson);
  if (ff) {
    passed += ff.passed;
    failed += ff.failed;
    if (ff.passed + ff.failed === 0) { failed += 1; problems.push('Firefox suite ran no test'); }
  }
  if (!ff || (ffStatus !== 0 && ff.failed === 0)) { failed += 1; problems.push('Firefox suite did not finish'); }
}

console.log(`\nWaktu / time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
for (const p of problems) console.log(`! ${p}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
