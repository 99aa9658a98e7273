import { test, expect, RUANG_GTK, EKINERJA, readPill, openSidePanel } from './fixtures';
import type { BrowserContext, Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The overlay names the page and its stage on every demo page, in both markups of the demo sites
 * (`?tampilan=klasik`, and `?tampilan=2026` after domain.md §10: no h1, strong.h5 titles, hex ids,
 * 2026 wording, numbered steps), and fills Nama/Link on both eviden markups.
 */
const SHOTS = process.env.PK_SCREENSHOTS ?? path.resolve(import.meta.dirname, '../../test-results/screens');
fs.mkdirSync(SHOTS, { recursive: true });

/** The pill sits in a closed shadow root: read through CDP (fixtures.ts), as a label, its state and its reason. */
const pillSays = async (page: Page) => {
  const view = await readPill(page);
  return view && { page: view.page, state: view.state, why: view.why, title: view.title };
};

const PK = '/pengelolaan-kinerja';
const HEX = { skp: '7c9e6679742540de944be07fc1f90ae7', pen: '2026-3f2504e04f8941d39a0c0305e82c3301' };
const ids = (markup: string) => (markup === '2026' ? HEX : { skp: '101', pen: '202' });

/** Page (under a site) → what the pill must say: the page name, with its stage where it has one. */
function demoPages(markup: string): [string, string][] {
  const { skp, pen } = ids(markup);
  return [
    [`${RUANG_GTK}${PK}`, 'Pengelolaan Kinerja'],
    [`${RUANG_GTK}${PK}/perencanaan/data-diri`, 'Perencanaan · Periksa Data Diri'],
    [`https://guru.kemendikdasmen.go.id${PK}/perencanaan/pelaksanaan-tugas-pokok`, 'Perencanaan · Pelaksanaan Tugas Pokok'],
    [`${RUANG_GTK}${PK}/perencanaan/praktik-kinerja/`, 'Perencanaan · Praktik Kinerja'],
    [`https://rumah.pendidikan.go.id/ruang/gtk${PK}/perencanaan/pengembangan-kompetensi`, 'Perencanaan · Pengembangan Kompetensi'],
    [`${RUANG_GTK}${PK}/perencanaan/perilaku-kerja`, 'Perencanaan · Perilaku Kerja'],
    [`${RUANG_GTK}${PK}/perencanaan/rangkuman`, 'Perencanaan · Rangkuman'],
    [`${RUANG_GTK}${PK}/pelaksanaan`, 'Pelaksanaan Kinerja'],
    [`https://guru.kemendikdasmen.go.id${PK}/pelaksanaan/dokumen-persiapan`, 'Pelaksanaan · Dokumen Persiapan'],
    [`${RUANG_GTK}${PK}/pelaksanaan/observasi`, 'Pelaksanaan · Observasi Kinerja'],
    [`https://rumah.pendidikan.go.id/ruang/gtk${PK}/pelaksanaan/dokumen-tindak-lanjut`, 'Pelaksanaan · Dokumen Tindak Lanjut'],
    [`${RUANG_GTK}${PK}/pelaksanaan/dokumen-refleksi`, 'Pelaksanaan · Dokumen Refleksi'],
    [`${RUANG_GTK}${PK}/penilaian`, 'Penilaian Kinerja'],
    [`${EKINERJA}/skp`, 'e-Kinerja · Daftar SKP'],
    [`${EKINERJA}/skp/${skp}`, 'e-Kinerja · Sasaran Kinerja Pegawai'],
    [`${EKINERJA}/skp/${skp}/penilaian/${pen}/rencana_aksi`, 'e-Kinerja · Rencana Aksi'],
    [`${EKINERJA}/skp/${skp}/penilaian/${pen}/eviden`, 'e-Kinerja · Bukti Dukung'],
    [`${EKINERJA}/kinerja_harian`, 'e-Kinerja · Kinerja Harian'],
    [`${EKINERJA}/profil`, 'e-Kinerja · Profil'],
  ];
}

/** Chooses the markup on each site once; the site keeps it in a cookie across its own links. */
async function chooseMarkup(page: Page, markup: string) {
  for (const origin of [RUANG_GTK, 'https://guru.kemendikdasmen.go.id', 'https://rumah.pendidikan.go.id/ruang/gtk', EKINERJA]) {
    await page.goto(`${origin}/?tampilan=${markup}`);
  }
}

for (const markup of ['klasik', '2026']) {
  test.describe(`page recognition, ${markup} markup`, () => {
    test('the pill names every demo page and its stage, and says why', async ({ context, pageErrors }) => {
      test.setTimeout(120_000);
      const page = await context.newPage();
      await chooseMarkup(page, markup);
      const said: string[] = [];
      for (const [url, label] of demoPages(markup)) {
        await page.goto(url);
        await expect.poll(() => pillSays(page), url).toMatchObject({ page: label, state: 'recognised' });
        const why = (await pillSays(page))!.why;
        expect(why, url).toMatch(/^alamat cocok; judul '.+' cocok dengan '.+'$/);
        said.push(`| ${new URL(url).host}${new URL(url).pathname} | ${markup} | ${label} | ${why} |`);
      }
      // The markup really is the one asked for (the 2026 one has no h1 at all).
      expect(await page.locator('h1').count()).toBe(markup === '2026' ? 0 : 1);
      fs.writeFileSync(path.join(SHOTS, `recognition-${markup}.md`), `${said.join('\n')}\n`);
      await page.screenshot({ path: path.join(SHOTS, `recognition-${markup}-profil.png`) });
      expect(pageErrors).toEqual([]);
    });

    test('the sites\' not-found pages stay "Halaman tidak dikenali", even at a path shaped like a known one', async ({ context }) => {
      const page = await context.newPage();
      await chooseMarkup(page, markup);
      for (const url of [`${EKINERJA}/skp/101/penilaian/999/eviden`, `${RUANG_GTK}${PK}/perencanaan/langkah-baru`, `${RUANG_GTK}/komunitas`]) {
        await page.goto(url);
        const why = url.endsWith('/komunitas')
          ? 'alamat dan judul halaman ini tidak cocok dengan halaman yang dikenal'
          : "situs menampilkan 'halaman tidak ditemukan'";
        await expect.poll(() => pillSays(page), url).toMatchObject({ page: 'Halaman tidak dikenali', state: 'unknown', why });
      }
    });
  });
}

test('the markup is kept across the site\'s own links', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${EKINERJA}/skp?tampilan=2026`);
  await expect.poll(() => pillLabelOf(page)).toBe('e-Kinerja · Daftar SKP');
  await page.getByRole('link', { name: 'Lihat' }).click();
  await expect(page).toHaveURL(new RegExp(`/skp/${HEX.skp}$`));
  await expect.poll(() => pillLabelOf(page)).toBe('e-Kinerja · Sasaran Kinerja Pegawai');
  await page.getByRole('link', { name: 'Eviden' }).click();
  await expect.poll(() => pillLabelOf(page)).toBe('e-Kinerja · Bukti Dukung');
  await expect(page.locator('strong.h5')).toHaveText('Eviden dan Realisasi');
  await page.reload();
  await expect(page.locator('strong.h5')).toHaveText('Eviden dan Realisasi');
});

const pillLabelOf = async (page: Page) => (await readPill(page))?.page;

async function storeLink(context: BrowserContext, extensionId: string, title: string, url: string) {
  const app = await context.newPage();
  await app.goto(`chrome-extension://${extensionId}/app.html#/bukti`);
  const form = app.getByTestId('ev-link-form');
  await form.getByLabel('Judul bukti').fill(title);
  await form.getByLabel('Alamat tautan (URL)').fill(url);
  await form.getByRole('button', { name: 'Simpan tautan' }).click();
  await expect(app.getByTestId('ev-link-status')).toHaveText('Tautan tersimpan.');
  await app.close();
}

/**
 * The teacher opens the side panel with the pill, picks the stored link and presses "Isikan":
 * the side panel asks the tab's content script to fill the pair it finds (tab-requests.ts).
 */
async function fillFromSidePanel(panel: Page) {
  const offer = panel.getByTestId('overlay-link-offer');
  await expect(offer).toHaveCount(1);
  await offer.getByRole('button', { name: /Isikan/ }).click();
  await expect(panel.getByTestId('overlay-evidence-status')).toContainText('sudah diisi');
}

test.describe('Nama/Link Bukti Dukung on both eviden markups', () => {
  test('classic: inline card, then the site\'s own Simpan', async ({ context, extensionId, pageErrors }) => {
    test.setTimeout(90_000);
    await storeLink(context, extensionId, 'Modul ajar semester genap', 'https://drive.google.com/file/d/9XyZ/view');
    const page = await context.newPage();
    await page.goto(`${EKINERJA}/skp/101/penilaian/202/eviden?tampilan=klasik`);
    await expect.poll(() => pillLabelOf(page)).toBe('e-Kinerja · Bukti Dukung');
    const { panel, cdp } = await openSidePanel(page);
    await expect(panel.getByTestId('overlay-page')).toContainText('Bukti Dukung');
    await fillFromSidePanel(panel);
    const card = page.locator('.card[data-rhk-id]').first();
    await expect(card.getByLabel('Nama Bukti Dukung')).toHaveValue('Modul ajar semester genap');
    await card.getByLabel('Realisasi').fill('1');
    await card.getByRole('button', { name: 'Simpan' }).click();
    const saved = page.getByTestId('saved-eviden-item').first();
    await expect(saved).toHaveAttribute('data-nama', 'Modul ajar semester genap');
    await expect(saved).toHaveAttribute('data-link', 'https://drive.google.com/file/d/9XyZ/view');
    expect(pageErrors).toEqual([]);
    await cdp.close();
  });

  test('2026: the row\'s modal (never the hidden ones), then the modal\'s own OK', async ({ context, extensionId, pageErrors }) => {
    test.setTimeout(90_000);
    await storeLink(context, extensionId, 'Modul ajar semester genap', 'https://drive.google.com/file/d/9XyZ/view');
    const page = await context.newPage();
    await page.goto(`${EKINERJA}/skp/${HEX.skp}/penilaian/${HEX.pen}/eviden?tampilan=2026`);
    await expect.poll(() => pillLabelOf(page)).toBe('e-Kinerja · Bukti Dukung');
    const { panel, cdp } = await openSidePanel(page);
    await expect(panel.getByTestId('overlay-page')).toContainText('Bukti Dukung');
    // With every modal still hidden there is nothing to fill: the hidden modals' fields are not offered.
    await expect(panel.getByTestId('overlay-evidence')).toBeVisible();
    await expect(panel.getByTestId('overlay-fill')).toHaveCount(0);
    // The user opens the second RHK's modal with the row's own button, then asks the side panel to look again.
    await page.locator('tr[data-rhk-id="2"]').getByRole('button', { name: 'Bukti Dukung' }).click();
    const modal = page.locator('#modal-eviden.show');
    await expect(modal).toBeVisible();
    await expect.poll(async () => {
      if (await panel.getByTestId('overlay-link-offer').count()) return true;
      // The page changed under the panel without a new load: the teacher presses "look again".
      const rescan = panel.getByRole('button', { name: /Periksa kolom lagi/ });
      if (await rescan.count()) await rescan.first().click();
      return false;
    }).toBe(true);
    await fillFromSidePanel(panel);
    await expect(modal.locator('input[name="eviden"]')).toHaveValue('Modul ajar semester genap');
    await expect(modal.locator('input[name="bukti_eviden"]')).toHaveValue('https://drive.google.com/file/d/9XyZ/view');
    await page.screenshot({ path: path.join(SHOTS, 'recognition-eviden-2026-filled.png') });
    // The side panel is beside the page, not over it: the modal's own OK is free to press.
    await modal.locator('input[name="realisasi"]').fill('1');
    await modal.getByRole('button', { name: 'OK' }).click();
    // The site's own state holds the values: its saved list is rendered from it.
    const saved = page.getByTestId('saved-eviden-item').first();
    await expect(saved).toHaveAttribute('data-rhk-id', '2');
    await expect(saved).toHaveAttribute('data-nama', 'Modul ajar semester genap');
    await expect(saved).toHaveAttribute('data-link', 'https://drive.google.com/file/d/9XyZ/view');
    // The hidden "Mohon Maaf" modal was left alone.
    await expect(page.locator('#modal-mohon-maaf')).toBeHidden();
    expect(pageErrors).toEqual([]);
    await cdp.close();
  });
});

test('a known page whose heading is gone says "Halaman ini tampaknya berubah", names the page and what is missing', async ({ context }) => {
  const page = await context.newPage();
  // The site renames its title after a redesign (simulated in the page's own world).
  await page.addInitScript(() => {
    new MutationObserver(() => {
      for (const h of document.querySelectorAll('h1')) if (h.textContent === 'Rencana Aksi') h.textContent = 'Capaian Kegiatan';
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${EKINERJA}/skp/101/penilaian/202/rencana_aksi?tampilan=klasik`);
  await expect.poll(() => pillSays(page)).toEqual({
    state: 'changed',
    title: 'Halaman ini tampaknya berubah',
    page: 'e-Kinerja · Rencana Aksi',
    why: "alamat cocok, tetapi judul 'Rencana Aksi' tidak terlihat",
  });
  await page.screenshot({ path: path.join(SHOTS, 'recognition-changed-pill.png'), clip: { x: 880, y: 680, width: 400, height: 120 } });
});

/** The site renames its headings after a redesign (simulated in the page's own world, on every render). */
async function renameHeadings(page: Page, renames: Record<string, string>) {
  await page.addInitScript((map: Record<string, string>) => {
    new MutationObserver(() => {
      for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6, .card-header')) {
        const to = map[h.textContent?.trim() ?? ''];
        if (to !== undefined) h.textContent = to;
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, renames);
}

test.describe('a changed page in the side panel (issue 11 §2)', () => {
  test('says "Halaman ini tampaknya berubah" with what is missing and why; Nama and Link are filled only field by field as the teacher ticks them', async ({ context, extensionId, pageErrors }) => {
    test.setTimeout(90_000);
    await storeLink(context, extensionId, 'Modul ajar semester genap', 'https://drive.google.com/file/d/9XyZ/view');
    const page = await context.newPage();
    await renameHeadings(page, { 'Bukti Dukung': 'Capaian Kinerja', Eviden: 'Ringkasan', 'Eviden Tersimpan': 'Tersimpan' });
    await page.goto(`${EKINERJA}/skp/101/penilaian/202/eviden?tampilan=klasik`);
    await expect.poll(() => pillSays(page)).toMatchObject({ state: 'changed', page: 'e-Kinerja · Bukti Dukung' });
    const { panel, cdp } = await openSidePanel(page);
    const changed = panel.getByTestId('overlay-changed');
    await expect(changed).toContainText('Halaman ini tampaknya berubah');
    // What is missing is the page's title in the sites' current wording (lib/sites/adapters/ekin-eviden.ts).
    await expect(changed).toContainText("Yang tidak terlihat: 'Eviden dan Realisasi'");
    await expect(panel.getByTestId('overlay-why')).toHaveText("Mengapa: alamat cocok, tetapi judul 'Eviden dan Realisasi' tidak terlihat");
    const card = page.locator('.card[data-rhk-id]').first();
    const nama = card.getByLabel('Nama Bukti Dukung');
    const link = card.getByLabel('Link Bukti Dukung');
    // "Isikan" alone fills nothing here: it asks, field by field, nothing ticked yet.
    const offer = panel.getByTestId('overlay-link-offer');
    await offer.getByRole('button', { name: /Isikan/ }).click();
    const confirm = panel.getByTestId('overlay-confirm-fill');
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole('button', { name: 'Isikan yang dicentang' })).toBeDisabled();
    await expect(nama).toHaveValue('');
    await expect(link).toHaveValue('');
    await panel.screenshot({ path: path.join(SHOTS, 'recognition-changed-sidepanel.png') });
    // The teacher ticks the Link only: only the Link is filled.
    await confirm.getByRole('checkbox', { name: /Link Bukti Dukung/ }).check();
    await confirm.getByRole('button', { name: 'Isikan yang dicentang' }).click();
    await expect(panel.getByTestId('overlay-evidence-status')).toContainText('sudah diisi');
    await expect(link).toHaveValue('https://drive.google.com/file/d/9XyZ/view');
    await expect(nama).toHaveValue('');
    // Then the Nama, on its own confirmation.
    await offer.getByRole('button', { name: /Isikan/ }).click();
    await panel.getByTestId('overlay-confirm-fill').getByRole('checkbox', { name: /Nama Bukti Dukung/ }).check();
    await panel.getByTestId('overlay-confirm-fill').getByRole('button', { name: 'Isikan yang dicentang' }).click();
    await expect(nama).toHaveValue('Modul ajar semester genap');
    // Nothing was saved on the site: its own Simpan is still the teacher's.
    await expect(page.getByTestId('saved-eviden-item')).toHaveCount(0);
    expect(pageErrors).toEqual([]);
    await cdp.close();
  });

  test('an attach on a changed page waits for the teacher\'s yes; "Batal" attaches nothing', async ({ context, extensionId }) => {
    test.setTimeout(90_000);
    const app = await context.newPage();
    await app.goto(`chrome-extension://${extensionId}/app.html#/bukti`);
    await app.getByLabel('Langkah', { exact: true }).first().selectOption('dokumen-persiapan');
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2048, 7)]);
    await app.getByTestId('ev-file-input').setInputFiles([{ name: 'modul-ajar.pdf', mimeType: 'application/pdf', buffer: pdf }]);
    await expect(app.locator('[data-testid="ev-uploads"] li[data-name="modul-ajar.pdf"]')).toHaveAttribute('data-status', 'saved', { timeout: 30_000 });
    await app.close();
    const page = await context.newPage();
    await renameHeadings(page, { 'Dokumen Persiapan': 'Berkas Diskusi' });
    await page.goto(`${RUANG_GTK}${PK}/pelaksanaan/dokumen-persiapan`);
    await expect.poll(() => pillSays(page)).toMatchObject({ state: 'changed', page: 'Pelaksanaan · Dokumen Persiapan' });
    const { panel, cdp } = await openSidePanel(page);
    await expect(panel.getByTestId('overlay-changed')).toContainText("Yang tidak terlihat: 'Diskusi Persiapan'");
    const offer = panel.getByTestId('overlay-offer');
    await expect(offer).toHaveCount(1);
    await offer.getByRole('button', { name: /Lampirkan/ }).click();
    const confirm = panel.getByTestId('overlay-confirm-attach');
    await expect(confirm).toContainText('Halaman ini tampaknya berubah. Masukkan "modul-ajar.pdf"');
    await confirm.getByRole('button', { name: 'Batal' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(page.getByTestId('uploaded-file')).toHaveCount(0);
    await offer.getByRole('button', { name: /Lampirkan/ }).click();
    await panel.getByTestId('overlay-confirm-attach').getByRole('button', { name: 'Ya, lampirkan' }).click();
    await expect(panel.getByTestId('overlay-evidence-status')).toContainText('dimasukkan ke kolom unggah');
    await expect(page.getByTestId('uploaded-file')).toHaveAttribute('data-name', 'modul-ajar.pdf');
    await expect(page.getByTestId('uploaded-file')).toHaveAttribute('data-size', String(pdf.length));
    await cdp.close();
  });
});
