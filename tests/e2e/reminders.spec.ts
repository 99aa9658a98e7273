import { test, expect, RUANG_GTK, openSidePanel } from './fixtures';
import type { BrowserContext, Worker } from '@playwright/test';

/** The clock hook (lib/clock): "today" is 10 January 2026, 09:00 WIB, in every context. */
export async function setToday(sw: Worker, iso: string) {
  await sw.evaluate((v) => chrome.storage.local.set({ 'debug.now': v }), iso);
}

export async function saveProfile(context: BrowserContext, extensionId: string, year = '2026') {
  const app = await context.newPage();
  await app.goto(`chrome-extension://${extensionId}/app.html#/pengaturan`);
  await app.getByLabel('Nama lengkap').fill('Sri Wahyuni');
  await app.getByLabel('Satuan pendidikan (sekolah)').fill('SMP Negeri 3 Sukamaju');
  await app.getByLabel('Tahun yang sedang dikerjakan').selectOption(year);
  await app.getByRole('button', { name: 'Simpan pengaturan' }).click();
  await expect(app.getByTestId('settings-status')).toHaveText('Pengaturan tersimpan.');
  return app;
}

test.describe('checklist, countdown and badge', () => {
  test('side panel planning checklist with countdown; a tick there shows in the popup and the app; badge set', async ({ context, serviceWorker, extensionId, pageErrors }) => {
    await setToday(serviceWorker, '2026-01-10T09:00:00+07:00');
    const app = await saveProfile(context, extensionId);

    const page = await context.newPage();
    await page.goto(`${RUANG_GTK}/pengelolaan-kinerja/perencanaan/praktik-kinerja`);
    const { panel: frame, cdp } = await openSidePanel(page);
    const checklist = frame.getByTestId('overlay-checklist');
    await expect(checklist).toContainText('Daftar periksa Perencanaan');
    await expect(frame.getByTestId('overlay-countdown')).toContainText('Tinggal 11 hari lagi');
    await expect(frame.getByTestId('overlay-countdown')).toContainText('21 Januari 2026');
    await expect(frame.getByTestId('overlay-countdown').getByTestId('date-certainty')).toHaveText('belum pasti');
    await expect(checklist.locator('li[data-step="praktik-kinerja"]')).toHaveClass(/here/);
    await expect(checklist.locator('li.here')).toHaveCount(1);

    await frame.getByTestId('tick-data-diri').check();
    await expect(frame.getByTestId('tick-data-diri')).toBeChecked();

    // popup: current stage, days left, next three unticked (data diri no longer among them)
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByTestId('popup-stage')).toHaveText('Perencanaan');
    await expect(popup.getByTestId('popup-countdown')).toContainText('Tinggal 11 hari lagi');
    // 21 January comes from a single source: the popup says the date may still move.
    await expect(popup.getByTestId('popup-countdown').getByTestId('date-certainty')).toHaveText('belum pasti');
    const next = popup.getByTestId('popup-checklist').locator('li[data-step]');
    await expect(next).toHaveCount(3);
    await expect(next.first()).toHaveAttribute('data-step', 'praktik-kinerja');
    await expect(popup.getByTestId('popup-checklist')).not.toContainText('Periksa data diri');

    // app: the checklist and the dashboard
    await app.goto(`chrome-extension://${extensionId}/app.html#/ceklis`);
    await expect(app.getByTestId('stage-perencanaan').getByTestId('tick-data-diri')).toBeChecked();
    await app.goto(`chrome-extension://${extensionId}/app.html#/`);
    await expect(app.getByTestId('overview-progress-perencanaan')).toHaveText(/^1 dari \d+ langkah selesai$/);

    // a tick in the app reaches the side panel without reloading it
    await app.goto(`chrome-extension://${extensionId}/app.html#/ceklis`);
    await app.getByTestId('stage-perencanaan').getByTestId('tick-susun-kegiatan').check();
    await expect(frame.getByTestId('tick-susun-kegiatan')).toBeChecked();

    // badge: days left in the nearest open window of the current stage
    await expect.poll(() => serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('11');
    const alarms = await serviceWorker.evaluate(() => chrome.alarms.getAll());
    expect(alarms.map((a) => a.name).sort()).toEqual(['pk-hari-baru', 'pk-pengingat']);
    expect(pageErrors).toEqual([]);
    await cdp.close();
  });

  test('calendar: override a window, see "diubah oleh Anda", reset; a bad import changes nothing', async ({ context, serviceWorker, extensionId }) => {
    await setToday(serviceWorker, '2026-01-10T09:00:00+07:00');
    const app = await saveProfile(context, extensionId);
    await app.goto(`chrome-extension://${extensionId}/app.html#/kalender`);
    const row = app.locator('li[data-window="2026/perencanaan/pengajuan/guru"]');
    await expect(row).toContainText('Tinggal 11 hari lagi');
    await expect(row).toContainText('belum pasti');
    // The next reminders say so too: this window's last day is from a single source.
    await expect(app.locator('.cal-upcoming li').first()).toContainText('Perencanaan');
    await expect(app.locator('.cal-upcoming li').first().getByTestId('cal-upcoming-uncertain')).toHaveText('belum pasti');
    await row.getByRole('button', { name: 'Ubah tanggal' }).click();
    await row.getByLabel('Tanggal selesai').fill('2026-01-28');
    await row.getByRole('button', { name: 'Simpan tanggal' }).click();
    await expect(row).toContainText('diubah oleh Anda');
    await expect(row).toContainText('28 Januari 2026');
    await expect(row).toContainText('Berjalan'); // 18 days left: more than the 14 days of the short countdown
    await expect.poll(() => serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('18');

    await app.getByTestId('calendar-import').setInputFiles({ name: 'salah.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'pendamping-kinerja/calendar-update', version: 1, year: 2026, overrides: [{ windowId: '2026/tidak-ada/guru', end: '2026-02-01', changedAt: '2026-01-09T00:00:00Z' }] })) });
    await expect(app.getByTestId('calendar-status')).toContainText('Berkas tidak dipakai');
    await expect(row).toContainText('28 Januari 2026');

    await row.getByRole('button', { name: 'Kembalikan ke tanggal resmi' }).click();
    await expect(row).toContainText('Tinggal 11 hari lagi');
    await expect(row).not.toContainText('diubah oleh Anda');
  });
});
