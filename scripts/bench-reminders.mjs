#!/usr/bin/env node
/**
 * Reminder and checklist figures, as rows `| name | value | note |`:
 *  - the time to compute a full year's reminder schedule (pure code, node, median of many runs);
 *  (the side panel's timings are in bench-sidepanel.mjs).
 * `npm run bench` imports `bench()`; `node scripts/bench-reminders.mjs` prints the rows alone
 * (run `npx wxt build` first; the demo sites come from scripts/serve-sites.mjs).
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/** Bundles the pure modules for node (the `@/` alias, TypeScript) into a temporary file and imports it. */
async function loadPure() {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pk-bench-rem-')), 'pure.mjs');
  await build({
    stdin: {
      contents: `export { calendarFor, todayIn } from '@/lib/domain';
export { buildSchedule, planAt, yearsAround } from '@/lib/reminders/schedule';
export { DEFAULT_REMINDER_SETTINGS } from '@/lib/reminders/settings';
export { checklistView } from '@/lib/checklist/view';`,
      resolveDir: root, loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'esm', outfile: out, alias: { '@': root }, logLevel: 'silent',
    tsconfig: path.join(root, 'tsconfig.json'),
  });
  return import(pathToFileURL(out).href);
}

async function pureRows() {
  const m = await loadPure();
  const now = new Date('2026-06-15T09:00:00+07:00');
  const once = () => {
    const calendars = m.yearsAround('2026-06-15').map((y) => m.calendarFor(y, [])).filter(Boolean);
    const schedule = m.buildSchedule({ calendars, role: 'guru', zone: 'WITA', settings: m.DEFAULT_REMINDER_SETTINGS });
    m.planAt(schedule, now, new Set(), 'WITA', m.DEFAULT_REMINDER_SETTINGS.quiet);
    return schedule.length;
  };
  const yearOnly = () => m.buildSchedule({ calendars: [m.calendarFor(2026, [])], role: 'kepala-sekolah', zone: 'WIB', settings: m.DEFAULT_REMINDER_SETTINGS }).length;
  for (let i = 0; i < 50; i++) { once(); yearOnly(); }
  const time = (fn, runs) => { const xs = []; for (let i = 0; i < runs; i++) { const t = performance.now(); fn(); xs.push(performance.now() - t); } return median(xs); };
  const count = yearOnly();
  const view = () => m.checklistView({ role: 'guru', year: 2026, periodId: '2026', locale: 'id', today: '2026-06-15', overrides: [], progress: {} });
  return [
    ['reminders: schedule of one year (pure)', `${time(yearOnly, 500).toFixed(3)} ms`, `median of 500; 2026, kepala sekolah, ${count} reminders`],
    ['reminders: schedule 3 years + plan (pure)', `${time(once, 500).toFixed(3)} ms`, `median of 500; 2025–2027, guru, WITA; ${once()} reminders`],
    ['checklist: view of a year (pure)', `${time(view, 500).toFixed(3)} ms`, 'median of 500; 3 stages with words and status'],
  ];
}

export async function bench({ extensionDir = path.join(root, '.output', 'chrome-mv3'), chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } = {}) {
  // The side panel's timings are in bench-sidepanel.mjs.
  return pureRows();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await bench()) console.log(`| ${r.join(' | ')} |`);
}
