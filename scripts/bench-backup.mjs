#!/usr/bin/env node
/**
 * Backup bench (`BENCH_ONLY=backup npm run bench`, or `node scripts/bench-backup.mjs` alone):
 *  - backup and restore throughput for BENCH_BACKUP_MB (default 500) MB of evidence, compared with
 *    reading the same Blobs raw from IndexedDB in the same run; the zip goes to a real file
 *    (the origin-private file system, through the same FileSystemWritableFileStream a picked file gives);
 *  - peak JS heap above the baseline during that backup (CDP Runtime.getHeapUsage, sampled);
 *  - restoring 10,000 evidence items (metadata, search keys, 1 KB bodies) compared with a raw
 *    Dexie bulkPut of the same rows into an empty database in the same run.
 *
 * As in bench-evidence.mjs, the real modules (lib/backup, lib/db, lib/evidence) are bundled with
 * esbuild and evaluated in the built extension's own app page; nothing is added to the build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium as pw } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const MB_TOTAL = Number(process.env.BENCH_BACKUP_MB ?? 500);

async function bundle() {
  const entry = `
    import './lib/zod-config';
    import { PendampingDB } from '@/lib/db/database';
    import { writeBackup } from '@/lib/backup/write';
    import { checkBackup } from '@/lib/backup/read';
    import { restoreBackup } from '@/lib/backup/restore';
    import { keysOf } from '@/lib/db/evidence-keys';
    import { searchWords, periodForDate } from '@/lib/evidence/model';
    function makeItem(i, size, media = 'video') {
      const year = 2024 + (i % 3);
      const date = year + '-' + String((i % 12) + 1).padStart(2, '0') + '-' + String((i % 28) + 1).padStart(2, '0');
      const words8 = ['modul', 'refleksi', 'observasi', 'sertifikat', 'foto', 'laporan', 'rapat', 'pelatihan'];
      const title = words8[i % 8] + ' ' + words8[(i * 7) % 8] + ' ' + i;
      const name = 'bukti-' + i + (media === 'video' ? '.mp4' : '.pdf');
      const tags = ['t' + (i % 20)];
      const at = new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString();
      return { id: 'ev-bench-' + String(i).padStart(6, '0'), kind: 'file', media, title, description: '', activityDate: date, year,
        periodId: periodForDate(date), stage: 'pelaksanaan', step: 'observasi', indicator: null, tags,
        file: { name, type: media === 'video' ? 'video/mp4' : 'application/pdf', size }, link: null, contentHash: '', hasThumb: false,
        words: searchWords([title, name, ...tags]), createdAt: at, updatedAt: at };
    }
    globalThis.__pkBench = { PendampingDB, writeBackup, checkBackup, restoreBackup, keysOf, makeItem };`;
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true, format: 'iife', write: false, platform: 'browser', target: 'chrome120',
    alias: { '@': root }, tsconfigRaw: '{}', logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const rate = (mb, ms) => `${(mb / (ms / 1000)).toFixed(0)} MB/s`;

export async function bench({ extensionDir = path.join(root, '.output', 'chrome-mv3'), chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } = {}) {
  const code = await bundle();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-bench-bk-'));
  const context = await pw.launchPersistentContext(profile, {
    executablePath: chromium, headless: true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox', '--disable-gpu',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'],
  });
  const rows = [];
  try {
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker');
    const id = new URL(sw.url()).host;
    const page = await context.newPage();
    page.setDefaultTimeout(0);
    await page.goto(`chrome-extension://${id}/app.html#/`);
    await page.evaluate(code);

    // 1. MB_TOTAL MB of evidence as 25 files (20 MB each at 500), written raw.
    const files = 25;
    const fileSize = Math.floor((MB_TOTAL * 1024 * 1024) / files);
    await page.evaluate(async ({ files, fileSize }) => {
      const { PendampingDB, keysOf, makeItem } = globalThis.__pkBench;
      const db = new PendampingDB('pk-bench-backup');
      globalThis.__db = db;
      const chunk = new Uint8Array(1024 * 1024);
      for (let i = 0; i < chunk.length; i += 64) chunk[i] = (i / 64) & 0xff;
      for (let i = 0; i < files; i++) {
        const parts = [];
        for (let left = fileSize; left > 0; left -= chunk.length) parts.push(left >= chunk.length ? chunk : chunk.subarray(0, left));
        parts.push(new Uint8Array([i]));
        const blob = new Blob(parts, { type: 'video/mp4' });
        const item = makeItem(i, blob.size);
        await db.transaction('rw', db.evidence, db.evidenceKeys, db.evidenceBodies, async () => {
          await db.evidence.put(item); await db.evidenceKeys.put(keysOf(item)); await db.evidenceBodies.put({ id: item.id, blob });
        });
      }
    }, { files, fileSize });

    // Raw read of the same Blobs, the floor for any backup.
    const rawMs = await page.evaluate(async () => {
      const db = globalThis.__db;
      const t0 = performance.now();
      let n = 0;
      for (const { blob } of await db.evidenceBodies.toArray()) {
        const r = blob.stream().getReader();
        for (;;) { const { done, value } = await r.read(); if (done) break; n += value.byteLength; }
      }
      globalThis.__rawBytes = n;
      return performance.now() - t0;
    });

    // Backup into a real file, sampling the heap.
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    let peak = before;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, (await cdp.send('Runtime.getHeapUsage')).usedSize);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const backupMs = await page.evaluate(async () => {
      const { writeBackup } = globalThis.__pkBench;
      const dir = await navigator.storage.getDirectory();
      const handle = await dir.getFileHandle('bench-backup.zip', { create: true });
      const writable = await handle.createWritable();
      const t0 = performance.now();
      await writeBackup(globalThis.__db, writable, { scope: { kind: 'all' }, withoutVideos: false, appVersion: 'bench' });
      return performance.now() - t0;
    });
    sampling = false;
    await sampler;

    // Check + restore of that file into an empty database.
    const restore = await page.evaluate(async () => {
      const { PendampingDB, checkBackup, restoreBackup } = globalThis.__pkBench;
      const dir = await navigator.storage.getDirectory();
      const file = await (await dir.getFileHandle('bench-backup.zip')).getFile();
      const target = new PendampingDB('pk-bench-restore');
      const t0 = performance.now();
      const checked = await checkBackup(file, { estimate: async () => ({}) });
      const t1 = performance.now();
      await restoreBackup(target, checked, 'replace');
      const t2 = performance.now();
      const size = file.size;
      target.close(); await target.delete();
      await globalThis.__db.delete();
      await dir.removeEntry('bench-backup.zip');
      return { checkMs: t1 - t0, writeMs: t2 - t1, size };
    });
    const mb = MB_TOTAL;
    rows.push([`backup: read ${mb} MB of evidence Blobs raw from IndexedDB`, secs(rawMs), rate(mb, rawMs)]);
    rows.push([`backup: write a ${mb} MB backup (zip to a file, SHA-256 per body)`, secs(backupMs), `${rate(mb, backupMs)}; raw/backup ${(rawMs / backupMs).toFixed(2)}`]);
    rows.push([`backup: restore it (check every body, then one transaction)`, secs(restore.checkMs + restore.writeMs),
      `${rate(mb, restore.checkMs + restore.writeMs)} (check ${secs(restore.checkMs)}, write ${secs(restore.writeMs)}); raw/restore ${(rawMs / (restore.checkMs + restore.writeMs)).toFixed(2)}`]);
    rows.push(['backup: JS heap above baseline (peak) during that backup', `${((peak - before) / 1024 / 1024).toFixed(1)} MB`, '< 64 MB']);

    // 2. 10,000 items with 1 KB bodies: restore vs raw bulkPut of the same rows.
    const many = await page.evaluate(async () => {
      const { PendampingDB, writeBackup, checkBackup, restoreBackup, keysOf, makeItem } = globalThis.__pkBench;
      const n = 10_000;
      const items = Array.from({ length: n }, (_, i) => makeItem(i, 1024, 'pdf'));
      const bodies = items.map((it, i) => ({ id: it.id, blob: new Blob([new Uint8Array(1024).fill(i & 0xff)], { type: 'application/pdf' }) }));
      const source = new PendampingDB('pk-bench-many');
      await source.transaction('rw', source.evidence, source.evidenceKeys, source.evidenceBodies, async () => {
        await source.evidence.bulkPut(items); await source.evidenceKeys.bulkPut(items.map(keysOf)); await source.evidenceBodies.bulkPut(bodies);
      });
      const dir = await navigator.storage.getDirectory();
      const handle = await dir.getFileHandle('bench-many.zip', { create: true });
      await writeBackup(source, await handle.createWritable(), { scope: { kind: 'all' }, withoutVideos: false, appVersion: 'bench' });
      const file = await handle.getFile();

      // Raw: the same rows (items, their search keys, bodies) bulkPut into an empty database.
      const raw = new PendampingDB('pk-bench-many-raw');
      const r0 = performance.now();
      await raw.transaction('rw', raw.evidence, raw.evidenceKeys, raw.evidenceBodies, async () => {
        await raw.evidence.bulkPut(items); await raw.evidenceKeys.bulkPut(items.map(keysOf)); await raw.evidenceBodies.bulkPut(bodies);
      });
      const rawMs = performance.now() - r0;

      const target = new PendampingDB('pk-bench-many-restore');
      const t0 = performance.now();
      const checked = await checkBackup(file, { estimate: async () => ({}) });
      const t1 = performance.now();
      await restoreBackup(target, checked, 'replace');
      const t2 = performance.now();
      const count = await target.evidenceKeys.count();
      for (const db of [source, raw, target]) { db.close(); await db.delete(); }
      await dir.removeEntry('bench-many.zip');
      return { rawMs, checkMs: t1 - t0, writeMs: t2 - t1, count, size: file.size };
    });
    rows.push(['backup: restore 10,000 items (1 KB bodies): check the file', secs(many.checkMs), `zip ${(many.size / 1024 / 1024).toFixed(1)} MB`]);
    rows.push(['backup: … then write them (one transaction, search keys in bulk)', secs(many.writeMs), `${many.count} key rows`]);
    rows.push(['backup: raw bulkPut of the same rows', secs(many.rawMs),
      `raw/restore-write ${(many.rawMs / many.writeMs).toFixed(2)}, raw/(check+write) ${(many.rawMs / (many.checkMs + many.writeMs)).toFixed(2)} (goal ≥ 0.5)`]);
  } finally {
    await context.close();
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log('| measure | value | note |');
  console.log('|---|---|---|');
  for (const r of await bench()) console.log(`| ${r.join(' | ')} |`);
}
