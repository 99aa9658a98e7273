import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';

/** Mid-Pelaksanaan 2026, as a teacher who installs in May would find it. */
const MAY_2026 = '2026-05-15T09:00:00+07:00';
const setNow = (sw: Worker, iso: string) => sw.evaluate((v) => chrome.storage.local.set({ 'debug.now': v }), iso);

async function welcomeTab(pages: () => Page[]): Promise<Page> {
  let found: Page | undefined;
  await expect.poll(() => (found = pages().find((p) => p.url().endsWith('#/selamat-datang')))?.url(), { timeout: 15_000 }).toMatch(/app\.html#\/selamat-datang$/);
  return found!;
}

test.describe('first run', () => {
  test('a fresh profile: the popup and the dashboard show the stage and the days left for a guru, and say so', async ({ context, serviceWorker, extensionId }) => {
    await setNow(serviceWorker, MAY_2026);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByTestId('assumed-note')).toHaveText('Anggap Anda guru; ubah di Pengaturan.');
    await expect(popup.getByTestId('popup-stage')).toHaveText('Pelaksanaan');
    await expect(popup.getByTestId('popup-countdown')).toContainText(/Sisa \d+ hari/);
    await expect(popup.getByTestId('popup-checklist').getByRole('checkbox').first()).toBeVisible();
    await popup.screenshot({ path: 'test-results/first-run-popup.png' });

    const app = await context.newPage();
    await app.goto(`chrome-extension://${extensionId}/app.html#/`);
    await expect(app.getByTestId('assumed-note')).toContainText('Anggap Anda guru');
    await expect(app.getByTestId('overview-countdown')).toContainText(/Pelaksanaan: Sisa \d+ hari/);
    await expect(app.getByTestId('next-steps')).toContainText('Pelaksanaan');
    await expect(app.getByTestId('next-steps').getByRole('checkbox').first()).toBeVisible();
    await app.screenshot({ path: 'test-results/first-run-dashboard.png', fullPage: true });
  });

  test('install opens the welcome page; its two choices, one click each, are kept', async ({ context, serviceWorker, extensionId }) => {
    await setNow(serviceWorker, MAY_2026);
    const welcome = await welcomeTab(() => context.pages());
    await expect(welcome.getByRole('heading', { level: 1, name: 'Selamat datang' })).toBeVisible();
    await welcome.screenshot({ path: 'test-results/first-run-welcome.png', fullPage: true });
    await welcome.getByRole('button', { name: 'Kepala Sekolah' }).click();
    await expect(welcome.getByRole('button', { name: 'Kepala Sekolah' })).toHaveAttribute('aria-pressed', 'true');
    await welcome.getByRole('button', { name: /^WITA/ }).click();
    await expect(welcome.getByTestId('welcome-status')).toHaveText('Tersimpan: Kepala Sekolah, WITA.');

    // Kept: after a reload, in Pengaturan, and in the popup (no "assumed" line any more).
    await welcome.reload();
    await expect(welcome.getByRole('button', { name: 'Kepala Sekolah' })).toHaveAttribute('aria-pressed', 'true');
    await expect(welcome.getByRole('button', { name: /^WITA/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(welcome.getByRole('button', { name: 'Guru' })).toHaveAttribute('aria-pressed', 'false');
    await welcome.getByRole('link', { name: 'Isi nama dan sekolah di Pengaturan' }).click();
    await expect(welcome.getByLabel('Kepala Sekolah')).toBeChecked();
    await expect(welcome.getByLabel('Zona waktu')).toHaveValue('WITA');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByTestId('popup-period')).toHaveText('Kepala Sekolah · Januari – Desember 2026');
    await expect(popup.getByTestId('assumed-note')).toHaveCount(0);
  });

  test('leaving #/bukti while a file is still being written asks first, and the list names it', async ({ context, extensionId }) => {
    const app = await context.newPage();
    await app.goto(`chrome-extension://${extensionId}/app.html#/bukti`);
    await expect(app.getByRole('heading', { level: 1, name: 'Bukti Kinerja' })).toBeVisible();
    // Another extension page holds a write transaction on the evidence table, so the upload stays
    // unfinished for as long as the test needs (IndexedDB runs overlapping write transactions in turn).
    const blocker = await context.newPage();
    await blocker.goto(`chrome-extension://${extensionId}/popup.html`);
    await blocker.evaluate(() => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('pendamping-kinerja');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('evidence', 'readwrite');
        const store = tx.objectStore('evidence');
        const spin = () => { if (!(window as { release?: boolean }).release) store.count().onsuccess = spin; };
        spin();
        resolve();
      };
    }));

    await app.getByRole('heading', { level: 1 }).click(); // a user gesture: Chromium asks on leaving only after one
    await app.getByTestId('ev-file-input').setInputFiles([
      { name: 'rpp-pertemuan-1.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 satu') },
      { name: 'foto-kelas.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('jpeg dua') },
    ]);
    await expect(app.getByTestId('ev-unsaved')).toHaveText('2 berkas belum tersimpan: rpp-pertemuan-1.pdf, foto-kelas.jpg. Biarkan halaman ini terbuka sampai selesai.');
    await expect(app.getByTestId('ev-not-stored')).toHaveCount(2);

    const dialogs: string[] = [];
    app.on('dialog', (dialog) => { dialogs.push(dialog.type()); void dialog.dismiss(); });
    await app.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    expect(app.isClosed()).toBe(false);

    // Once the files land, nothing holds the page.
    await blocker.evaluate(() => { (window as { release?: boolean }).release = true; });
    await expect(app.locator('[data-testid="ev-uploads"] li[data-status="saved"]')).toHaveCount(2);
    await expect(app.getByTestId('ev-unsaved')).toHaveCount(0);
    await app.reload();
    await expect(app.getByTestId('ev-item')).toHaveCount(2);
    expect(dialogs).toEqual(['beforeunload']);
  });
});
