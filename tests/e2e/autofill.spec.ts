import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, EKINERJA, openSidePanel as openSidePanelOf } from './fixtures';

/**
 * Issue 13 §4 in the side panel: read the e-Kinerja form, preview a template on it, fill, undo,
 * and the demo page's own save (pressed by the test, as the teacher would) keeps every value.
 */
const SHOTS = process.env.PK_SCREENSHOTS ?? path.resolve(import.meta.dirname, '../../test-results/screens');
fs.mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

const IDS = {
  klasik: { skp: '101', penilaian: '202' },
  '2026': { skp: '7c9e6679742540de944be07fc1f90ae7', penilaian: '2026-3f2504e04f8941d39a0c0305e82c3301' },
} as const;
type Markup = keyof typeof IDS;
const MARKUPS: Markup[] = ['klasik', '2026'];
const penilaianUrl = (m: Markup, tail: string) => `${EKINERJA}/skp/${IDS[m].skp}/penilaian/${IDS[m].penilaian}/${tail}?tampilan=${m}`;

const LINK = 'https://drive.google.com/file/d/1Xyz/view';
const TEMPLATES = [
  { id: 'uji-eviden', name: 'Eviden uji', formKind: 'eviden', values: { 'nama-bukti': 'Modul ajar {bulan} {tahun}', 'link-bukti': LINK, realisasi: '1 dokumen', 'sumber-data': 'Arsip sekolah' } },
  { id: 'uji-ra', name: 'Rencana aksi uji', formKind: 'rencana-aksi', values: { 'rencana-aksi': 'Menyusun modul ajar bulan {bulan} {tahun}', target: '2', satuan: 'Dokumen' } },
  {
    id: 'uji-progress', name: 'Progress uji', formKind: 'progress-harian',
    values: { 'rencana-aksi': 'Rencana aksi yang tidak ada di daftar', kegiatan: 'Mengajar Matematika kelas VIII', realisasi: '2', satuan: 'Jam Pelajaran', 'bukti-dukung': LINK },
  },
];

/** Writes test templates straight into the extension's database (the side panel has opened it). */
async function seedTemplates(panel: Page) {
  await panel.evaluate(async (templates) => {
    const open = indexedDB.open('pendamping-kinerja');
    const db: IDBDatabase = await new Promise((r, j) => { open.onsuccess = () => r(open.result); open.onerror = () => j(open.error); });
    const at = new Date().toISOString();
    await new Promise<void>((r, j) => {
      const tx = db.transaction('templates', 'readwrite');
      for (const t of templates) tx.objectStore('templates').put({ ...t, role: 'semua', origin: 'pengguna', createdAt: at, updatedAt: at });
      tx.oncomplete = () => r();
      tx.onerror = () => j(tx.error);
    });
    db.close();
  }, TEMPLATES);
}

/**
 * The first-run welcome tab opens after install and may come in front of the test's tab; the side
 * panel opens for the tab in front, so the test's tab is brought forward first (as the teacher's is).
 */
async function openSidePanel(page: Page) {
  const welcome = () => page.context().pages().find((p) => p.url().includes('#/selamat-datang'));
  await expect.poll(() => !!welcome(), { timeout: 10_000 }).toBe(true).catch(() => undefined);
  await welcome()?.close();
  await page.bringToFront();
  return openSidePanelOf(page);
}

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const now = new Date();
const bulanTahun = `${MONTHS[now.getMonth()]} ${now.getFullYear()}`;

async function readAndChoose(panel: Page, template: string) {
  const section = panel.getByTestId('side-autofill');
  await section.getByTestId('af-read').click();
  await expect(section.getByTestId('af-form')).toBeVisible();
  await section.getByTestId('af-template').selectOption({ label: template });
  await expect(section.getByTestId('af-preview')).toBeVisible();
  return section;
}

test.describe('auto-fill from the side panel', () => {
  for (const markup of MARKUPS) {
    test(`eviden (${markup}): preview, fill, undo, fill again; the page's own save keeps every value`, async ({ context, pageErrors }) => {
      test.setTimeout(90_000);
      const page = await context.newPage();
      await page.goto(penilaianUrl(markup, 'eviden'));
      await expect(page.locator(markup === 'klasik' ? '.card[data-rhk-id]' : 'tr[data-rhk-id]').first()).toBeVisible();
      const { panel, cdp } = await openSidePanel(page);
      await expect(panel.getByTestId('side-autofill')).toBeVisible();
      await seedTemplates(panel);

      // The form in front of the teacher: the first RHK card (classic: the teacher clicks into it) or the modal (2026).
      let scope;
      if (markup === 'klasik') {
        scope = page.locator('.card[data-rhk-id]').first().locator('form');
        await scope.getByLabel('Nama Bukti Dukung').click();
      } else {
        await page.locator('tr[data-rhk-id]').first().getByRole('button', { name: 'Bukti Dukung' }).click();
        scope = page.locator('#modal-eviden.show');
        await expect(scope).toBeVisible();
      }
      const fields = markup === 'klasik'
        ? { nama: scope.getByLabel('Nama Bukti Dukung'), link: scope.getByLabel('Link Bukti Dukung'), realisasi: scope.getByLabel('Realisasi'), sumber: scope.getByLabel('Sumber Data') }
        : { nama: scope.locator('[name=eviden]'), link: scope.locator('[name=bukti_eviden]'), realisasi: scope.locator('[name=realisasi]'), sumber: scope.locator('[name=sumber_data]') };

      const section = await readAndChoose(panel, 'Eviden uji');
      const rows = section.getByTestId('af-row');
      await expect(rows).toHaveCount(4);
      await expect(rows.filter({ hasText: `Modul ajar ${bulanTahun}` })).toHaveAttribute('data-state', 'isi');
      await expect(rows.filter({ hasText: LINK })).toHaveAttribute('data-state', 'isi');
      await expect(section.getByTestId('af-changed')).toHaveCount(0);
      await shot(panel, `autofill-eviden-preview-${markup}`);

      // A value typed by the teacher is left alone unless "timpa".
      await fields.realisasi.fill('3 dokumen');
      await section.getByTestId('af-read').click();
      await expect(rows.filter({ hasText: 'Realisasi' }).first()).toHaveAttribute('data-state', 'sudah-terisi');
      await expect(rows.filter({ hasText: 'Realisasi' }).first()).toContainText('sudah terisi');
      await section.getByTestId('af-overwrite').check();
      await expect(rows.filter({ hasText: 'Realisasi' }).first()).toHaveAttribute('data-state', 'isi');

      await section.getByTestId('af-fill').click();
      await expect(section.getByTestId('af-filled')).toContainText('4 isian terisi');
      await expect(section.getByTestId('af-did-not-stick')).toHaveCount(0);
      await expect(fields.nama).toHaveValue(`Modul ajar ${bulanTahun}`);
      await expect(fields.link).toHaveValue(LINK);
      await expect(fields.realisasi).toHaveValue('1 dokumen');
      await expect(fields.sumber).toHaveValue('Arsip sekolah');

      // "Batalkan isian": every field back to what it held, the teacher's own value included.
      await section.getByTestId('af-undo').click();
      await expect(section.getByTestId('af-status')).toContainText('Isian dibatalkan');
      await expect(fields.nama).toHaveValue('');
      await expect(fields.link).toHaveValue('');
      await expect(fields.realisasi).toHaveValue('3 dokumen');
      await expect(fields.sumber).toHaveValue('');

      // Fill again, then the teacher presses the site's own save.
      await section.getByTestId('af-read').click();
      await section.getByTestId('af-fill').click();
      await expect(section.getByTestId('af-filled')).toContainText('4 isian terisi');
      await shot(panel, `autofill-eviden-filled-${markup}`);
      await (markup === 'klasik' ? scope.getByRole('button', { name: 'Simpan' }) : scope.getByRole('button', { name: 'OK' })).click();
      const saved = page.getByTestId('saved-eviden-item').first();
      await expect(saved).toHaveAttribute('data-nama', `Modul ajar ${bulanTahun}`);
      await expect(saved).toHaveAttribute('data-link', LINK);
      await expect(saved).toHaveAttribute('data-realisasi', '1 dokumen');
      await expect(saved).toHaveAttribute('data-sumber', 'Arsip sekolah');
      expect(pageErrors).toEqual([]);
      await cdp.close();
    });

    test(`rencana aksi (${markup}): filled from a template and saved by the page`, async ({ context, pageErrors }) => {
      test.setTimeout(90_000);
      const page = await context.newPage();
      await page.goto(penilaianUrl(markup, 'rencana_aksi'));
      const card = page.locator('.card[data-rhk-id]').first();
      await expect(card).toBeVisible();
      const { panel, cdp } = await openSidePanel(page);
      await expect(panel.getByTestId('side-autofill')).toBeVisible();
      await seedTemplates(panel);
      await card.getByRole('button', { name: 'Tambah Rencana Aksi' }).click();
      const form = card.locator('form[data-ra-form]');
      await expect(form).toBeVisible();

      const section = await readAndChoose(panel, 'Rencana aksi uji');
      await expect(section.getByTestId('af-row').filter({ hasText: 'Satuan' })).toHaveAttribute('data-state', 'isi');
      await shot(panel, `autofill-rencana-aksi-preview-${markup}`);
      await section.getByTestId('af-fill').click();
      await expect(section.getByTestId('af-filled')).toContainText('3 isian terisi');
      await form.getByRole('button', { name: 'Simpan' }).click();
      const row = card.locator('tr[data-ra-id]').last();
      await expect(row).toContainText(`Menyusun modul ajar bulan ${bulanTahun}`);
      await expect(row.locator('td').nth(2)).toHaveText('2');
      await expect(row.locator('td').nth(3)).toHaveText('Dokumen');
      expect(pageErrors).toEqual([]);
      await cdp.close();
    });
  }

  test('daily progress: a dropdown without a matching option is left empty and reported; the rest is filled', async ({ context, pageErrors }) => {
    test.setTimeout(90_000);
    const page = await context.newPage();
    await page.goto(`${EKINERJA}/kinerja_harian?tampilan=2026`);
    await page.getByRole('button', { name: /Tambah Progress Harian/ }).click();
    await expect(page.locator('#kegiatan-harian')).toBeVisible();
    const { panel, cdp } = await openSidePanel(page);
    await expect(panel.getByTestId('side-autofill')).toBeVisible();
    await seedTemplates(panel);
    const section = await readAndChoose(panel, 'Progress uji');
    await section.getByTestId('af-fill').click();
    const problems = section.getByTestId('af-problems');
    await expect(problems).toContainText('Rencana Aksi: opsi tidak ditemukan');
    await shot(panel, 'autofill-progress-no-option');
    // Nothing was picked in the dropdown, never the first option.
    await expect(page.locator('.modal.show .v-select .vs__selected')).toHaveCount(0);
    await expect(page.locator('#kegiatan-harian')).toHaveValue('Mengajar Matematika kelas VIII');
    await expect(page.locator('#bukti-dukung')).toHaveValue(LINK);
    expect(pageErrors).toEqual([]);
    await cdp.close();
  });

  test('a form that no longer matches its vocabulary: "tampaknya berubah", nothing filled until a field is confirmed', async ({ context, pageErrors }) => {
    test.setTimeout(90_000);
    const page = await context.newPage();
    await page.goto(penilaianUrl('2026', 'eviden'));
    await page.locator('tr[data-rhk-id]').first().getByRole('button', { name: 'Bukti Dukung' }).click();
    const modal = page.locator('#modal-eviden.show');
    await expect(modal).toBeVisible();
    // The site renamed two fields (labels and names), as a new build might.
    await page.evaluate(() => {
      const groups = document.querySelectorAll('#modal-eviden .form-group');
      const rename = (i: number, label: string, name: string) => {
        groups[i]!.querySelector('label')!.textContent = label;
        groups[i]!.querySelector('input')!.setAttribute('name', name);
      };
      rename(0, 'Judul Dokumen', 'judul');
      rename(1, 'Alamat Berkas', 'alamat');
    });
    const { panel, cdp } = await openSidePanel(page);
    await seedTemplates(panel);
    const section = await readAndChoose(panel, 'Eviden uji');
    await expect(section.getByTestId('af-changed')).toContainText('Formulir e-Kinerja tampaknya berubah');
    await expect(section.getByTestId('af-changed')).toContainText('Tidak ditemukan: Nama Eviden, Bukti Eviden.');
    const realisasi = section.getByTestId('af-row').filter({ hasText: 'Realisasi' });
    await expect(realisasi).toHaveAttribute('data-state', 'perlu-konfirmasi');
    await expect(section.getByTestId('af-fill')).toBeDisabled();
    await shot(panel, 'autofill-eviden-changed');
    await realisasi.getByTestId('af-confirm').check();
    await expect(realisasi).toHaveAttribute('data-state', 'isi');
    await section.getByTestId('af-fill').click();
    await expect(section.getByTestId('af-filled')).toContainText('1 isian terisi');
    await expect(modal.locator('[name=realisasi]')).toHaveValue('1 dokumen');
    await expect(modal.locator('[name=judul]')).toHaveValue('');
    await expect(modal.locator('[name=sumber_data]')).toHaveValue('');
    expect(pageErrors).toEqual([]);
    await cdp.close();
  });
});
