import type { Page } from '@playwright/test';
import { test, expect, RUANG_GTK, pillLabel } from './fixtures';

test.describe('companion app and popup', () => {
  test('opens at #/ and #/pengaturan directly, and a saved setting reaches popup and overlay', async ({ context, extensionId }) => {
    const app = await context.newPage();
    await app.goto(`chrome-extension://${extensionId}/app.html#/`);
    await expect(app.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
    await expect(app.getByTestId('assumed-note')).toHaveText('Anggap Anda guru; ubah di Pengaturan.');

    await app.goto(`chrome-extension://${extensionId}/app.html#/pengaturan`);
    await expect(app.getByRole('heading', { level: 1, name: 'Pengaturan' })).toBeVisible();
    await app.getByLabel('Kepala Sekolah').check();
    await app.getByLabel('Nama lengkap').fill('Siti Aminah, S.Pd.');
    await app.getByLabel('Satuan pendidikan (sekolah)').fill('SMP Negeri 2 Pangkalpinang');
    await app.getByLabel('Jenjang jabatan fungsional').selectOption('ahli-muda');
    await app.getByLabel('Tahun yang sedang dikerjakan').selectOption('2024');
    await app.getByLabel('Periode').selectOption('2024-2');
    await app.getByLabel('Zona waktu').selectOption('WITA');
    await app.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await expect(app.getByTestId('settings-status')).toHaveText('Pengaturan tersimpan.');

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByTestId('popup-name')).toHaveText('Siti Aminah, S.Pd.');
    await expect(popup.getByTestId('popup-period')).toHaveText('Kepala Sekolah · Periode II: Juli – Desember 2024');

    // The dashboard shows it too, after an in-app navigation.
    await app.getByRole('link', { name: 'Beranda' }).click();
    await expect(app.getByTestId('profile-card')).toContainText('SMP Negeri 2 Pangkalpinang');

    // Language switch reaches the popup live and the overlay shell on its next load.
    await app.getByRole('link', { name: 'Pengaturan' }).click();
    await app.getByLabel('Bahasa tampilan').selectOption('en');
    await app.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Open Pendamping Kinerja' })).toBeVisible();
    const site = await context.newPage();
    await site.goto(`${RUANG_GTK}/komunitas`);
    await expect.poll(() => pillLabel(site)).toBe('Page not recognised');
  });

  test('an unknown app route shows a not-found page', async ({ context, extensionId }) => {
    const app = await context.newPage();
    await app.goto(`chrome-extension://${extensionId}/app.html#/tidak-ada`);
    await expect(app.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeVisible();
  });

  test('the popup button opens the companion app', async ({ context, extensionId }) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    // The install's welcome tab may open at any moment too: wait for the tab at #/ itself.
    await popup.getByRole('button', { name: 'Buka Pendamping Kinerja' }).click();
    let app: Page | undefined;
    await expect.poll(() => (app = context.pages().find((p) => /app\.html#\/$/.test(p.url())))?.url()).toMatch(/app\.html#\/$/);
    if (!app) throw new Error('no app tab');
    await expect(app.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
  });
});
