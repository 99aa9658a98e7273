import { test, expect, RUANG_GTK, EKINERJA, prefsScriptInStep } from './fixtures';
import { UI_PREFS_SCRIPT_ID } from '../../lib/overlay/ui-prefs-script';
import type { Page } from '@playwright/test';

const pill = (page: Page) => page.locator('pendamping-kinerja .pill');
const pageLabel = (page: Page) => page.locator('pendamping-kinerja [data-testid="pk-page-label"]');
const panelPage = (page: Page) => page.locator('pendamping-kinerja [data-testid="pk-panel-page"]');
const region = (page: Page) => page.locator('pendamping-kinerja .pk');

test.describe('overlay shell on the demo sites', () => {
  test('recognises Ruang GTK pages and follows in-app navigation without a reload', async ({ context, pageErrors }) => {
    const page = await context.newPage();
    await page.goto(`${RUANG_GTK}/pengelolaan-kinerja`);
    await expect(region(page)).toHaveAttribute('data-state', 'recognised');
    await expect(pageLabel(page)).toHaveText('Pengelolaan Kinerja');
    await page.evaluate(() => { (window as unknown as { __noReload: number }).__noReload = 1; });

    // Walk the planning flow with the site's own buttons, as a teacher would.
    await page.getByRole('button', { name: 'Mulai' }).click();
    await expect(pageLabel(page)).toHaveText('Perencanaan · Periksa Data Diri');
    await page.getByRole('button', { name: 'Data sudah sesuai' }).click();
    await expect(pageLabel(page)).toHaveText('Perencanaan · Pelaksanaan Tugas Pokok');
    await page.getByRole('button', { name: 'Selanjutnya' }).click();
    await expect(pageLabel(page)).toHaveText('Perencanaan · Praktik Kinerja');
    // Back button: popstate.
    await page.goBack();
    await expect(pageLabel(page)).toHaveText('Perencanaan · Pelaksanaan Tugas Pokok');
    expect(await page.evaluate(() => (window as unknown as { __noReload?: number }).__noReload)).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  test('recognises e-Kinerja pages with upper-case and nested paths', async ({ context, pageErrors }) => {
    const page = await context.newPage();
    for (const [path, label] of [
      ['/skp', 'e-Kinerja · Daftar SKP'],
      ['/skp/101', 'e-Kinerja · Sasaran Kinerja Pegawai'],
      ['/skp/101/penilaian/202/rencana_aksi', 'e-Kinerja · Rencana Aksi'],
      ['/skp/101/penilaian/202/eviden', 'e-Kinerja · Bukti Dukung'],
      ['/kinerja_harian', 'e-Kinerja · Kinerja Harian'],
    ] as const) {
      await page.goto(`${EKINERJA}${path}`);
      await expect(pageLabel(page)).toHaveText(label);
    }
    expect(pageErrors).toEqual([]);
  });

  test('works on Ruang GTK inside Rumah Pendidikan and on the new ministry host', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('https://rumah.pendidikan.go.id/ruang/gtk/pengelolaan-kinerja/pelaksanaan/dokumen-persiapan');
    await expect(pageLabel(page)).toHaveText('Pelaksanaan · Dokumen Persiapan');
    await page.goto('https://guru.kemendikdasmen.go.id/pengelolaan-kinerja/penilaian');
    await expect(pageLabel(page)).toHaveText('Penilaian Kinerja');
  });

  test('starts as a pill that names the page, so it covers none of the site\'s buttons', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(`${RUANG_GTK}/pengelolaan-kinerja`);
    await expect(pageLabel(page)).toHaveText('Pengelolaan Kinerja');
    await expect(pill(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('pendamping-kinerja iframe')).toHaveCount(0);
    await pill(page).click();
    await expect(page.frameLocator('pendamping-kinerja iframe').getByTestId('overlay-page')).toBeVisible();
    // Sized to its content (the frame reports its height), never taller than the window allows.
    const panelHeight = async () => (await page.locator('pendamping-kinerja .panel').boundingBox())?.height ?? 0;
    await expect.poll(panelHeight).toBeGreaterThan(150);
    expect(await panelHeight()).toBeLessThanOrEqual(Math.min(640, 800 - 32));
  });

  test('says "Halaman tidak dikenali" on an unknown page and stays collapsed', async ({ context, pageErrors }) => {
    const page = await context.newPage();
    await page.goto(`${RUANG_GTK}/komunitas`);
    await expect(pageLabel(page)).toHaveText('Halaman tidak dikenali');
    await expect(region(page)).toHaveAttribute('data-state', 'unknown');
    await expect(pill(page)).toBeVisible();
    await expect(pill(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('pendamping-kinerja iframe')).toHaveCount(0);
    await page.goto(`${EKINERJA}/halaman-yang-tidak-ada`);
    await expect(pageLabel(page)).toHaveText('Halaman tidak dikenali');
    expect(pageErrors).toEqual([]);
  });

  test('moves to the other bottom corner when it covers the form, and stays there on the next pages', async ({ context, serviceWorker }) => {
    const page = await context.newPage();
    await page.goto(`${EKINERJA}/skp/101/penilaian/202/eviden`);
    await pill(page).click();
    const region = page.locator('pendamping-kinerja .pk');
    const move = page.locator('pendamping-kinerja [data-testid="pk-move"]');
    await expect(move).toHaveAttribute('aria-label', 'Pindahkan panel ke kiri bawah');
    expect((await region.boundingBox())!.x).toBeGreaterThan(600);
    await move.click();
    await expect(move).toHaveAttribute('aria-label', 'Pindahkan panel ke kanan bawah');
    await expect(move).toBeFocused();
    await expect.poll(async () => (await region.boundingBox())!.x).toBeLessThan(50);
    await prefsScriptInStep(serviceWorker);

    // The panel was left open, so the next page opens it again, in the chosen corner.
    await page.goto(`${RUANG_GTK}/pengelolaan-kinerja`);
    await expect(page.locator('pendamping-kinerja .panel')).toBeVisible();
    expect((await page.locator('pendamping-kinerja .pk').boundingBox())!.x).toBeLessThan(50);
    await page.locator('pendamping-kinerja [data-testid="pk-move"]').click();
    await expect.poll(async () => (await page.locator('pendamping-kinerja .pk').boundingBox())!.x).toBeGreaterThan(600);
  });

  test('collapses with the keyboard, remembers it across pages, and the frame shows the page', async ({ context, serviceWorker }) => {
    const page = await context.newPage();
    await page.goto(`${RUANG_GTK}/pengelolaan-kinerja/perencanaan/praktik-kinerja`);
    // Collapsed, the panel does not exist yet: its markup and styles cost the page nothing.
    await expect(page.locator('pendamping-kinerja .panel')).toHaveCount(0);
    await pill(page).click();
    await expect(panelPage(page)).toHaveText('Halaman: Perencanaan · Praktik Kinerja');
    const frame = page.frameLocator('pendamping-kinerja iframe');
    await expect(frame.getByTestId('overlay-page')).toContainText('Perencanaan · Praktik Kinerja');
    await expect(frame.getByTestId('overlay-page')).toContainText('Tahap: Perencanaan');

    const close = page.locator('pendamping-kinerja .close');
    await close.focus();
    await page.keyboard.press('Enter');
    await expect(pill(page)).toBeVisible();
    await expect(pill(page)).toBeFocused();
    await expect(pill(page)).toHaveAttribute('aria-expanded', 'false');
    await prefsScriptInStep(serviceWorker);

    await page.goto(`${EKINERJA}/skp`);
    await expect(pill(page)).toBeVisible();
    await expect(pageLabel(page)).toHaveText('e-Kinerja · Daftar SKP');
    await pill(page).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('pendamping-kinerja .panel')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(pill(page)).toBeVisible();
  });

  test('takes its language, corner and panel state from the registered prefs script, and from storage without it', async ({ context, serviceWorker }) => {
    await prefsScriptInStep(serviceWorker);
    const registered = () => serviceWorker.evaluate((id) => chrome.scripting.getRegisteredContentScripts({ ids: [id] }), UI_PREFS_SCRIPT_ID);
    expect((await registered())[0]).toMatchObject({ js: ['ui-prefs/id-right-unset.js'], persistAcrossSessions: true, runAt: 'document_idle' });

    // Point the script at prefs that storage does not hold: what the page shows comes from the script.
    await serviceWorker.evaluate((id) => chrome.scripting.updateContentScripts([{ id, js: ['ui-prefs/en-left-unset.js'], persistAcrossSessions: true }]), UI_PREFS_SCRIPT_ID);
    const page = await context.newPage();
    await page.goto(`${EKINERJA}/skp`);
    await expect(pageLabel(page)).toHaveText('e-Kinerja · SKP list');
    await expect(region(page)).toHaveClass(/left/);

    // Without the script (a browser that lost it), the page reads storage: still right, only slower.
    await serviceWorker.evaluate((id) => chrome.scripting.unregisterContentScripts({ ids: [id] }), UI_PREFS_SCRIPT_ID);
    await page.goto(`${RUANG_GTK}/pengelolaan-kinerja`);
    await expect(pageLabel(page)).toHaveText('Pengelolaan Kinerja');
    await expect(region(page)).not.toHaveClass(/left/);

    // A pref saved anywhere brings the script back, for the new prefs.
    await serviceWorker.evaluate(() => chrome.storage.local.set({ 'ui.locale': 'en', 'ui.overlayCollapsed': true }));
    await expect.poll(async () => (await registered())[0]?.js).toEqual(['ui-prefs/en-right-closed.js']);
  });

  test('the host page styles do not reach the overlay', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(`${RUANG_GTK}/komunitas`);
    const transform = await pill(page).evaluate((el) => getComputedStyle(el).textTransform);
    expect(transform).toBe('none');
    const position = await region(page).evaluate((el) => getComputedStyle(el).position);
    expect(position).toBe('fixed');
  });

  test("the pill is set in the page's own font, at one size, so its first layout needs no new font lookups", async ({ context }) => {
    const page = await context.newPage();
    for (const url of [`${EKINERJA}/skp/101`, `${RUANG_GTK}/pengelolaan-kinerja`]) {
      await page.goto(url);
      await expect(pill(page)).toBeVisible();
      const fonts = await pill(page).evaluate((button) => {
        const body = getComputedStyle(document.body);
        const parts = [button, ...button.querySelectorAll('span')].map((el) => getComputedStyle(el));
        return { bodyFamily: body.fontFamily, bodySize: body.fontSize, families: [...new Set(parts.map((p) => p.fontFamily))], sizes: [...new Set(parts.map((p) => p.fontSize))] };
      });
      expect(fonts.families).toEqual([fonts.bodyFamily]);
      expect(fonts.sizes).toEqual([fonts.bodySize]);
    }
  });
});
