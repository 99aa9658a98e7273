import { test, expect, RUANG_GTK, EKINERJA, readPill, pillLabel, openSidePanel, sidePanelOf, bringToFrontAfterWelcome } from './fixtures';

test.describe('pill and side panel on the demo sites', () => {
  test('recognises Ruang GTK pages and follows in-app navigation without a reload', async ({ context, pageErrors }) => {
    const page = await context.newPage();
    await page.goto(`${RUANG_GTK}/pengelolaan-kinerja`);
    await expect.poll(() => pillLabel(page)).toBe('Pengelolaan Kinerja');
    expect((await readPill(page))!.state).toBe('recognised');
    await page.evaluate(() => { (window as unknown as { __noReload: number }).__noReload = 1; });

    // Walk the planning flow with the site's own buttons, as a teacher would.
    await page.getByRole('button', { name: 'Mulai' }).click();
    await expect.poll(() => pillLabel(page)).toBe('Perencanaan · Periksa Data Diri');
    await page.getByRole('button', { name: 'Data sudah sesuai' }).click();
    await expect.poll(() => pillLabel(page)).toBe('Perencanaan · Pelaksanaan Tugas Pokok');
    await page.getByRole('button', { name: 'Selanjutnya' }).click();
    await expect.poll(() => pillLabel(page)).toBe('Perencanaan · Praktik Kinerja');
    // Back button: popstate.
    await page.goBack();
    await expect.poll(() => pillLabel(page)).toBe('Perencanaan · Pelaksanaan Tugas Pokok');
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
      await expect.poll(() => pillLabel(page)).toBe(label);
    }
    expect(pageErrors).toEqual([]);
  });

  test('works on Ruang GTK inside Rumah Pendidikan and on the new ministry host', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('https://rumah.pendidikan.go.id/ruang/gtk/pengelolaan-kinerja/pelaksanaan/dokumen-persiapan');
    await expect.poll(() => pillLabel(page)).toBe('Pelaksanaan · Dokumen Persiapan');
    await page.goto('https://guru.kemendikdasmen.go.id/pengelolaan-kinerja/penilaian');
    await expect.poll(() => pillLabel(page)).toBe('Penilaian Kinerja');
  });

  test('the pill on a known page shows the stage and the days left; a fresh install counts as a guru', async ({ context, serviceWorker }) => {
    await serviceWorker.evaluate(() => chrome.storage.local.set({ 'debug.now': '2026-01-10T09:00:00+07:00' }));
    await expect.poll(() => serviceWorker.evaluate(async () => (await chrome.storage.local.get(['ui.pillStatus']))['ui.pillStatus'])).toBe('perencanaan:11');
    const page = await context.newPage();
    await page.goto(`${RUANG_GTK}/pengelolaan-kinerja/perencanaan/praktik-kinerja`);
    await expect.poll(async () => (await readPill(page))?.stage).toBe('Perencanaan · 11 hari lagi');
    expect((await readPill(page))!.ariaLabel).toBe("Buka panel samping Pendamping Kinerja. Perencanaan · Praktik Kinerja. Perencanaan · 11 hari lagi. alamat cocok; judul 'Praktik Kinerja' cocok dengan 'Praktik Kinerja'");
    await page.screenshot({ path: 'test-results/screens/pill-stage.png', clip: { x: 880, y: 640, width: 400, height: 160 } });
    // An unknown page names no stage.
    await page.goto(`${RUANG_GTK}/komunitas`);
    await expect.poll(async () => (await readPill(page))?.page).toBe('Halaman tidak dikenali');
    expect((await readPill(page))!.stage).toBe('');
  });

  test('says "Halaman tidak dikenali" on an unknown page', async ({ context, pageErrors }) => {
    const page = await context.newPage();
    await page.goto(`${RUANG_GTK}/komunitas`);
    await expect.poll(() => pillLabel(page)).toBe('Halaman tidak dikenali');
    expect((await readPill(page))!.state).toBe('unknown');
    await page.goto(`${EKINERJA}/halaman-yang-tidak-ada`);
    await expect.poll(() => pillLabel(page)).toBe('Halaman tidak dikenali');
    expect(pageErrors).toEqual([]);
  });

  for (const [site, url, pageName, stage] of [
    ['Ruang GTK', `${RUANG_GTK}/pengelolaan-kinerja/perencanaan/praktik-kinerja`, 'Perencanaan · Praktik Kinerja', 'Tahap: Perencanaan'],
    ['e-Kinerja', `${EKINERJA}/skp/101/penilaian/202/eviden`, 'e-Kinerja · Bukti Dukung', 'Tahap: Pelaksanaan'],
  ] as const) {
    test(`a click on the pill opens the side panel on ${site}: it names the page and shows the checklist`, async ({ context }) => {
      const page = await context.newPage();
      await page.goto(url);
      const { panel, cdp } = await openSidePanel(page);
      await expect(panel.getByTestId('overlay-page')).toContainText(pageName);
      await expect(panel.getByTestId('overlay-page')).toContainText(stage);
      await expect(panel.getByTestId('overlay-checklist')).toBeVisible();
      await expect(panel.getByTestId('side-assume-guru')).toContainText('Anggap Anda guru; ubah di Pengaturan');
      // Nothing of it is in the page: no frame, no panel markup.
      expect(await page.locator('iframe').count()).toBe(0);
      await cdp.close();
    });
  }

  test('the side panel follows the page: an in-app step, a new page, another tab', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(`${RUANG_GTK}/pengelolaan-kinerja`);
    const { panel, cdp } = await openSidePanel(page);
    await expect(panel.getByTestId('overlay-page')).toContainText('Pengelolaan Kinerja');
    await page.getByRole('button', { name: 'Mulai' }).click();
    await expect(panel.getByTestId('overlay-page')).toContainText('Perencanaan · Periksa Data Diri');
    await expect(panel.getByTestId('overlay-here')).toBeVisible();
    await page.goto(`${EKINERJA}/skp/101`);
    await expect(panel.getByTestId('overlay-page')).toContainText('e-Kinerja · Sasaran Kinerja Pegawai');
    await cdp.close();
  });

  test('moves the pill to the other bottom corner from the side panel, for the next pages too', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(`${EKINERJA}/skp/101/penilaian/202/eviden`);
    const { panel, cdp } = await openSidePanel(page);
    expect((await readPill(page))!.center!.x).toBeGreaterThan(600);
    const move = panel.getByTestId('pk-move');
    await expect(move).toHaveText('Pindahkan tombol di halaman ke kiri bawah');
    await move.click();
    await expect(move).toHaveText('Pindahkan tombol di halaman ke kanan bawah');
    await expect.poll(async () => (await readPill(page))!.left).toBe(true);
    await page.goto(`${RUANG_GTK}/pengelolaan-kinerja`);
    await expect.poll(async () => (await readPill(page))?.left).toBe(true);
    expect((await readPill(page))!.center!.x).toBeLessThan(400);
    await cdp.close();
  });

  test('Enter on the focused pill (a trusted click from the keyboard) opens the side panel', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(`${EKINERJA}/skp/101`);
    await expect.poll(async () => (await readPill(page))?.state).toBe('recognised');
    await bringToFrontAfterWelcome(page);
    // Tab from the page's last control lands on the pill (the last element of the document).
    await page.locator('body').press('End');
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.tagName === 'PENDAMPING-KINERJA');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    const { panel, cdp } = await sidePanelOf(context);
    await expect(panel.getByTestId('overlay-page')).toContainText('Sasaran Kinerja Pegawai');
    await cdp.close();
  });
});
