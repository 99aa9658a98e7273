import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SHOTS = process.env.PK_SCREENSHOTS ?? path.resolve(import.meta.dirname, '../../test-results/screens');
fs.mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

const MB = 1024 * 1024;

/**
 * A real, playable WebM recorded in the page (a canvas through MediaRecorder, about a second),
 * then grown to `size` with an EBML Void element, which every WebM reader skips. So the test
 * carries a 50 MB video without a 50 MB file in the repository.
 */
async function playableVideo(app: Page, size: number): Promise<Buffer> {
  const b64 = await app.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 160; canvas.height = 120;
    const g = canvas.getContext('2d')!;
    const stream = canvas.captureStream(15);
    const recorder = new MediaRecorder(stream, { mimeType: 'video/webm' });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (e) => chunks.push(e.data);
    const stopped = new Promise((r) => { recorder.onstop = r; });
    recorder.start();
    for (let f = 0; f < 20; f++) {
      g.fillStyle = `hsl(${f * 18}, 70%, 50%)`; g.fillRect(0, 0, 160, 120);
      await new Promise((r) => setTimeout(r, 50));
    }
    recorder.stop();
    await stopped;
    const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  });
  const webm = Buffer.from(b64, 'base64');
  const padding = size - webm.length - 9;
  const head = Buffer.alloc(9);
  head[0] = 0xec; // EBML Void
  head[1] = 0x01; // 8-byte size
  head.writeUIntBE(padding, 3, 6);
  const fill = Buffer.alloc(padding);
  for (let i = 0; i < padding; i += 4096) fill.writeUInt32LE((i * 2654435761) >>> 0, i);
  return Buffer.concat([webm, head, fill]);
}

test('backs up with a 50 MB video, clears the data, restores, and the video plays', async ({ context, extensionId, pageErrors }) => {
  test.setTimeout(240_000);
  const appUrl = (route: string) => `chrome-extension://${extensionId}/app.html#${route}`;
  // The save dialog of the File System Access API cannot be driven headless: the app falls back to a download.
  await context.addInitScript(() => { delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker; });
  const app = await context.newPage();
  await app.goto(appUrl('/bukti'));
  await expect(app.getByRole('heading', { level: 1, name: /Bukti Kinerja/ })).toBeVisible();

  const video = await playableVideo(app, 50 * MB);
  const videoPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pk-backup-')), 'video-praktik-mengajar.webm');
  fs.writeFileSync(videoPath, video);
  await app.getByTestId('ev-file-input').setInputFiles(videoPath);
  await app.getByTestId('ev-file-input').setInputFiles([
    { name: 'modul-ajar.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\nmodul ajar pecahan\n') },
  ]);
  for (const name of ['video-praktik-mengajar.webm', 'modul-ajar.pdf']) {
    await expect(app.locator(`[data-testid="ev-uploads"] li[data-name="${name}"]`)).toHaveAttribute('data-status', 'saved', { timeout: 120_000 });
  }
  await expect(app.getByTestId('ev-item')).toHaveCount(2);

  // A reflection (writing tables) and the starting templates travel too.
  const q1 = (page: Page) => page.getByLabel('1. Inspirasi baru apa yang Anda dapatkan dari tindak lanjut?');
  await app.goto(appUrl('/refleksi/2026/refleksi'));
  await q1(app).fill('Murid lebih berani bertanya.');
  await expect(app.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await app.goto(appUrl('/skp'));
  await expect(app.getByTestId('skp-item').first()).toBeVisible();
  const templates = await app.getByTestId('skp-item').count();

  // Back up.
  await app.goto(appUrl('/pengaturan/cadangan'));
  await expect(app.getByRole('heading', { level: 1, name: 'Cadangan dan pemulihan' })).toBeVisible();
  await expect(app.getByTestId('backup-status')).toContainText('Belum pernah membuat cadangan.');
  await shot(app, 'cadangan-awal');
  const downloading = app.waitForEvent('download');
  await app.getByTestId('backup-start').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^cadangan-pendamping-kinerja-\d{4}-\d{2}-\d{2}-\d{4}\.zip$/);
  const file = await download.path();
  await expect(app.getByTestId('backup-result')).toContainText('Cadangan tersimpan');
  await expect(app.getByTestId('backup-status')).toContainText('(hari ini)');
  expect(fs.statSync(file).size).toBeGreaterThan(50 * MB);
  await shot(app, 'cadangan-selesai');
  await app.goto(appUrl('/'));
  await expect(app.getByTestId('backup-status')).toContainText('Cadangan terakhir:');
  await expect(app.getByTestId('backup-status')).toContainText('(hari ini)');
  await shot(app, 'beranda-cadangan');

  // Clear the extension's data (as uninstalling would), then check the app is empty.
  await app.evaluate(() => new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase('pendamping-kinerja');
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  }));
  await app.goto(appUrl('/bukti'));
  await app.reload();
  await expect(app.getByText('Belum ada bukti.', { exact: false })).toBeVisible();

  // Restore, choosing "replace" (the fresh backup is offered first, and declined here).
  await app.goto(appUrl('/pengaturan/cadangan'));
  await app.getByTestId('restore-file').setInputFiles(file);
  const summary = app.getByTestId('restore-summary');
  await expect(summary).toBeVisible({ timeout: 120_000 });
  await expect(summary).toContainText('Bukti: 2');
  await expect(summary).toContainText('Berkas bukti: 2');
  await expect(summary).toContainText('Tulisan (rencana, refleksi, catatan): 1');
  await expect(summary).toContainText(`Template isian e-Kinerja: ${templates}`);
  await shot(app, 'cadangan-ringkasan');
  await app.getByTestId('restore-replace').click();
  await expect(app.getByTestId('replace-confirm')).toContainText('simpan dulu cadangan');
  await shot(app, 'cadangan-ganti');
  await app.getByTestId('replace-confirm-yes').click();
  await expect(app.getByTestId('restore-result')).toContainText(/Pemulihan selesai: \d+ ditambahkan/, { timeout: 120_000 });
  await app.goto(appUrl('/refleksi/2026/refleksi'));
  await expect(q1(app)).toHaveValue('Murid lebih berani bertanya.');
  await app.goto(appUrl('/skp'));
  await expect(app.getByTestId('skp-item')).toHaveCount(templates);

  // Everything is back, and the video plays.
  await app.goto(appUrl('/bukti'));
  await expect(app.getByTestId('ev-item')).toHaveCount(2);
  await app.getByRole('button', { name: /Lihat: .*video-praktik-mengajar/ }).click();
  const player = app.getByTestId('ev-preview').locator('video');
  await expect(player).toBeVisible();
  const state = await player.evaluate(async (v: HTMLVideoElement) => {
    if (v.readyState < 2) await new Promise((resolve, reject) => { v.onloadeddata = resolve; v.onerror = () => reject(new Error(`video error ${v.error?.code}`)); });
    v.muted = true;
    await v.play();
    return { readyState: v.readyState, width: v.videoWidth, error: v.error };
  });
  expect(state).toEqual({ readyState: expect.any(Number), width: 160, error: null });
  expect(state.readyState).toBeGreaterThanOrEqual(2);
  const size = await app.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((r) => { const q = indexedDB.open('pendamping-kinerja'); q.onsuccess = () => r(q.result); });
    const rows = await new Promise<{ blob: Blob }[]>((r) => { const q = db.transaction('evidenceBodies').objectStore('evidenceBodies').getAll(); q.onsuccess = () => r(q.result); });
    db.close();
    return rows.map((row) => row.blob.size).sort((a, b) => b - a)[0];
  });
  expect(size).toBe(video.length);
  expect(pageErrors.filter((e) => !e.includes('favicon'))).toEqual([]);
});

test('refuses a file that is not a backup, in Indonesian, and changes nothing', async ({ context, extensionId }) => {
  const app = await context.newPage();
  await app.goto(`chrome-extension://${extensionId}/app.html#/pengaturan/cadangan`);
  await app.getByTestId('restore-file').setInputFiles({ name: 'bukan-cadangan.zip', mimeType: 'application/zip', buffer: Buffer.from('bukan zip') });
  await expect(app.getByTestId('restore-result')).toHaveText('Berkas ini bukan berkas cadangan Pendamping Kinerja (bukan berkas zip).');
  await shot(app, 'cadangan-ditolak');
});
