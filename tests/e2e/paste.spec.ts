import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, RUANG_GTK, openSidePanel } from './fixtures';

/**
 * Issue 12 §4 in the side panel ("Catatan Anda"): the four reflection answers written in the app are
 * pasted into the demo Dokumen Refleksi page, each into its own question in both markups (2026
 * rewords and reorders them); the page's own save (pressed by the test, as the teacher would) keeps
 * them under the right keys; and what is typed on the page comes back into the app.
 */
const SHOTS = process.env.PK_SCREENSHOTS ?? path.resolve(import.meta.dirname, '../../test-results/screens');
fs.mkdirSync(SHOTS, { recursive: true });

const PERIOD = String(new Date().getFullYear()); // the default profile's period
const ANSWERS = {
  inspirasi: 'Inspirasi: umpan balik tertulis membuat murid lebih berani bertanya.',
  perubahan: 'Perubahan: saya memberi jeda tunggu sebelum menunjuk murid.',
  tantangan: 'Tantangan: waktu, kelas besar, dan murid yang pendiam.',
  rencana: 'Rencana: kelompok kecil dengan peran bergilir.',
};
const QUESTIONS = {
  klasik: { save: 'Simpan draf', first: '1. Inspirasi baru apa' },
  '2026': { save: 'Simpan', first: '1. Perubahan apa saja' },
} as const;

/** Reads or writes the reflection document straight in the extension's database (the panel opened it). */
async function seedReflection(panel: Page, fields: Record<string, string>) {
  await panel.evaluate(async ({ period, fields }) => {
    const open = indexedDB.open('pendamping-kinerja');
    const db: IDBDatabase = await new Promise((r, j) => { open.onsuccess = () => r(open.result); open.onerror = () => j(open.error); });
    const at = new Date().toISOString();
    await new Promise<void>((r, j) => {
      const tx = db.transaction('writingDocuments', 'readwrite');
      tx.objectStore('writingDocuments').put({
        id: `${period}/refleksi`, kind: 'refleksi', year: Number(period), periodId: period, fields,
        versions: {}, revs: {}, evidenceIds: [], createdAt: at, updatedAt: at,
      });
      tx.oncomplete = () => r();
      tx.onerror = () => j(tx.error);
    });
    db.close();
  }, { period: PERIOD, fields });
}

async function storedReflection(panel: Page): Promise<Record<string, string> | null> {
  return panel.evaluate(async (period) => {
    const open = indexedDB.open('pendamping-kinerja');
    const db: IDBDatabase = await new Promise((r, j) => { open.onsuccess = () => r(open.result); open.onerror = () => j(open.error); });
    const row = await new Promise<{ fields: Record<string, string> } | undefined>((r, j) => {
      const req = db.transaction('writingDocuments').objectStore('writingDocuments').get(`${period}/refleksi`);
      req.onsuccess = () => r(req.result);
      req.onerror = () => j(req.error);
    });
    db.close();
    return row?.fields ?? null;
  }, PERIOD);
}

for (const markup of ['klasik', '2026'] as const) {
  test(`Dokumen Refleksi (${markup}): pasted from the notes, each answer into its own question; typed text taken back`, async ({ context, pageErrors }) => {
    test.setTimeout(90_000);
    const page = await context.newPage();
    await page.goto(`${RUANG_GTK}/pengelolaan-kinerja/pelaksanaan/dokumen-refleksi?tampilan=${markup}`);
    const form = page.locator('form[data-doc-form=refleksi]');
    await expect(form.locator('.rg-label')).toHaveCount(4);
    await expect(form.locator('.rg-label').first()).toContainText(QUESTIONS[markup].first);
    const { panel, cdp } = await openSidePanel(page);
    const section = panel.getByTestId('side-paste');
    await expect(section).toBeVisible();
    await seedReflection(panel, ANSWERS);

    await section.getByTestId('pp-paste').click();
    const rows = section.getByTestId('pp-row');
    await expect(rows).toHaveCount(4);
    for (const id of Object.keys(ANSWERS)) await expect(section.locator(`[data-testid=pp-row][data-field=${id}]`)).toHaveAttribute('data-state', 'siap');
    await expect(section.getByTestId('pp-unplaced')).toHaveCount(0);
    await panel.screenshot({ path: path.join(SHOTS, `paste-refleksi-plan-${markup}.png`), fullPage: true });
    await section.getByTestId('pp-fill').click();
    await expect(section.getByTestId('pp-status')).toContainText('4 isian terisi');

    // The teacher presses the page's own save; the page state holds each answer under its question's key.
    await page.bringToFront();
    await form.getByRole('button', { name: QUESTIONS[markup].save, exact: true }).click();
    const summary = page.locator('[data-testid=saved-summary][data-doc=refleksi]');
    await expect(summary).toBeVisible();
    expect(JSON.parse((await summary.getAttribute('data-json'))!)).toEqual(ANSWERS);

    // Typed on the page → "Ambil dari halaman" → in the app's store, the other answers unchanged.
    const typed = 'Diketik langsung di situs: inspirasi dari rekan sejawat.';
    const inspirasi = form.locator('textarea').nth(markup === 'klasik' ? 0 : 1);
    await inspirasi.fill(typed);
    await section.getByTestId('pp-take').click();
    await expect(section.getByTestId('pp-status')).toContainText('1 isian dari halaman disimpan');
    expect(await storedReflection(panel)).toMatchObject({ ...ANSWERS, inspirasi: typed });
    await panel.screenshot({ path: path.join(SHOTS, `paste-refleksi-taken-${markup}.png`), fullPage: true });
    expect(pageErrors).toEqual([]);
    await cdp.close();
  });
}

test('a question the page does not have is listed with a copy button; no notes yet says so', async ({ context, pageErrors }) => {
  test.setTimeout(90_000);
  const page = await context.newPage();
  await page.goto(`${RUANG_GTK}/pengelolaan-kinerja/pelaksanaan/dokumen-persiapan`);
  await expect(page.locator('form[data-doc-form=persiapan]')).toBeVisible();
  const { panel, cdp } = await openSidePanel(page);
  const section = panel.getByTestId('side-paste');
  await section.getByTestId('pp-paste').click();
  await expect(section.getByTestId('pp-status')).toContainText('Belum ada catatan');
  await expect(section.getByTestId('pp-fill')).toHaveCount(0);

  await seedReflection(panel, ANSWERS);
  await page.goto(`${RUANG_GTK}/pengelolaan-kinerja/pelaksanaan/dokumen-refleksi`);
  const form = page.locator('form[data-doc-form=refleksi]');
  await expect(form.locator('.rg-label')).toHaveCount(4);
  // The fourth question (the plan) reworded past recognition, as a future site change might.
  await form.locator('.rg-label').nth(3).evaluate((el) => { el.textContent = '4. Lainnya'; });
  await expect(panel.getByTestId('side-paste')).toBeVisible();
  await panel.getByTestId('side-paste').getByTestId('pp-paste').click();
  const paste = panel.getByTestId('side-paste');
  await expect(paste.getByTestId('pp-row')).toHaveCount(3);
  const unplaced = paste.locator('[data-testid=pp-unplaced-row][data-field=rencana]');
  await expect(unplaced).toContainText(ANSWERS.rencana);
  await expect(unplaced.getByRole('button', { name: /^Salin teks untuk / })).toBeVisible();
  await panel.screenshot({ path: path.join(SHOTS, 'paste-refleksi-unplaced.png'), fullPage: true });
  await paste.getByTestId('pp-fill').click();
  await expect(paste.getByTestId('pp-status')).toContainText('3 isian terisi');
  await expect(form.locator('textarea').nth(3)).toHaveValue('');
  await expect(form.locator('textarea').nth(0)).toHaveValue(ANSWERS.inspirasi);
  // "Batalkan tempel" puts the page back as it was.
  await paste.getByTestId('pp-undo').click();
  await expect(paste.getByTestId('pp-status')).toContainText('dikembalikan');
  for (let i = 0; i < 4; i++) await expect(form.locator('textarea').nth(i)).toHaveValue('');
  expect(pageErrors).toEqual([]);
  await cdp.close();
});
