import { test, expect, RUANG_GTK, openSidePanel } from './fixtures';
import { axeViolations } from './axe';

/** Every app route with the h1 it shows: axe runs once the page has drawn. */
const ROUTES = [
  ['/', 'Beranda'],
  ['/ceklis', 'Daftar periksa'],
  ['/kalender', 'Kalender kinerja'],
  ['/bukti', 'Bukti Kinerja'],
  ['/pengaturan', 'Pengaturan'],
  ['/pengaturan/cadangan', null],
  ['/rencana', null],
  ['/refleksi', null],
  ['/refleksi/2026/refleksi', null],
  ['/refleksi/2026/catatan', null],
  ['/cetak/2026', null],
  ['/angka-kredit', 'Predikat dan Angka Kredit'],
  ['/skp', null],
  ['/privasi', null],
  ['/selamat-datang', 'Selamat datang'],
  ['/tidak-ada', 'Halaman tidak ditemukan'],
] as const;

test.describe('accessibility (axe-core)', () => {
  test('every app route and the popup: 0 violations', async ({ context, serviceWorker, extensionId }) => {
    await serviceWorker.evaluate(() => chrome.storage.local.set({ 'debug.now': '2026-05-15T09:00:00+07:00' }));
    const app = await context.newPage();
    for (const [route, title] of ROUTES) {
      await app.goto(`chrome-extension://${extensionId}/app.html#${route}`);
      // Routes whose title depends on the profile or period are checked for an h1 of any name.
      await expect(app.getByRole('heading', { level: 1, ...(title ? { name: title } : {}) }).first()).toBeVisible();
      expect(await axeViolations(app), route).toEqual([]);
    }

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByTestId('popup-stage')).toBeVisible();
    expect(await axeViolations(popup), 'popup, no profile').toEqual([]);

    // With a profile saved (the welcome page's one click), the popup shows the profile card instead.
    await app.goto(`chrome-extension://${extensionId}/app.html#/selamat-datang`);
    await app.getByRole('button', { name: 'Guru' }).click();
    await expect(popup.getByTestId('popup-period')).toBeVisible();
    expect(await axeViolations(popup), 'popup, profile saved').toEqual([]);
  });

  test('the side panel beside a Ruang GTK page: 0 violations', async ({ context, serviceWorker }) => {
    await serviceWorker.evaluate(() => chrome.storage.local.set({ 'debug.now': '2026-05-15T09:00:00+07:00' }));
    const page = await context.newPage();
    await page.goto(`${RUANG_GTK}/pengelolaan-kinerja/pelaksanaan/dokumen-persiapan`);
    const { panel, cdp } = await openSidePanel(page);
    await expect(panel.getByTestId('overlay-checklist')).toBeVisible();
    expect(await axeViolations(panel), 'side panel').toEqual([]);
    await cdp.close();
  });
});
