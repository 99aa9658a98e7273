import { test, expect } from './fixtures';
import type { BrowserContext, Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

const SHOTS = process.env.PK_SCREENSHOTS ?? path.resolve(import.meta.dirname, '../../test-results/screens');
fs.mkdirSync(SHOTS, { recursive: true });
const shot = async (page: Page, name: string) => page.evaluate(() => window.scrollTo(0, 0)).then(() => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true }));

async function saveProfile(context: BrowserContext, extensionId: string): Promise<Page> {
  const app = await context.newPage();
  await app.goto(`chrome-extension://${extensionId}/app.html#/pengaturan`);
  await app.getByLabel('Nama lengkap').fill('Sari Dewi, S.Pd.');
  await app.getByLabel('Satuan pendidikan (sekolah)').fill('SD Negeri 3 Kupang');
  await app.getByLabel('Tahun yang sedang dikerjakan').selectOption('2026');
  await app.getByRole('button', { name: 'Simpan pengaturan' }).click();
  await expect(app.getByTestId('settings-status')).toHaveText('Pengaturan tersimpan.');
  return app;
}

const TAGS_FOR = 'Berkas dan tautan baru diberi tanda';
const q2 = (page: Page) => page.getByLabel('2. Perubahan apa yang sudah Anda lakukan dalam praktik di kelas?', { exact: true });

async function saved(page: Page) {
  const status = page.getByTestId('save-status');
  await expect(status).toHaveAttribute('data-state', 'saved');
  await expect(status.getByRole('status')).toHaveText(/^Tersimpan \d\d[.:]\d\d$/);
}

test.describe('writing: plan and reflection', () => {
  test('write the plan and a reflection, reload, everything is there; history shows and restores', async ({ context, extensionId }) => {
    const app = await saveProfile(context, extensionId);

    await app.getByRole('link', { name: 'Rencana' }).click();
    await expect(app).toHaveURL(/#\/rencana\/2026$/);
    await expect(app.getByRole('heading', { level: 1, name: 'Rencana praktik kinerja' })).toBeVisible();
    await app.getByLabel('Indikator praktik kinerja').selectOption('umpan-balik-konstruktif');
    await app.getByLabel('Alasan memilih indikator ini').fill('Murid jarang tahu apa yang harus diperbaiki dari tugasnya.');
    await app.getByLabel('Fokus perilaku yang dipilih').fill('Umpan balik spesifik dan berorientasi tujuan');
    await app.getByLabel('Kelas').fill('5B');
    await saved(app);
    // The guidance beside the reason field is the chosen indicator's, and the questions are questions.
    await expect(app.locator('.wr-row', { has: app.getByLabel('Alasan memilih indikator ini') }).locator('summary')).toContainText('Umpan Balik Konstruktif');
    await expect(app.getByTestId('count-alasan')).toContainText('58 karakter');
    await shot(app, 'writing-plan');

    // A link kept as evidence for the reflection step, in the evidence page.
    await app.goto(`chrome-extension://${extensionId}/app.html#/bukti`);
    await app.locator('fieldset', { hasText: TAGS_FOR }).getByLabel('Langkah').selectOption('dokumen-refleksi');
    const form = app.getByTestId('ev-link-form');
    await form.getByLabel('Judul bukti').fill('Foto kelas diskusi');
    await form.getByLabel('Alamat tautan (URL)').fill('https://example.org/foto-kelas');
    await form.getByRole('button', { name: 'Simpan tautan' }).click();
    await expect(app.getByTestId('ev-link-status')).toHaveText('Tautan tersimpan.');

    await app.goto(`chrome-extension://${extensionId}/app.html#/refleksi/2026/refleksi`);
    await expect(app.getByRole('heading', { level: 1, name: 'Dokumen Refleksi' })).toBeVisible();
    const evidence = app.getByTestId('wr-evidence-item');
    await expect(evidence).toHaveCount(1);
    await expect(evidence).toContainText('Foto kelas diskusi');
    await evidence.getByLabel('Tautkan ke dokumen ini').check();
    await expect(app.getByText('“Refleksi dan Evaluasi Tindak Lanjut”').first()).toBeVisible();
    const q1 = app.getByLabel('1. Inspirasi baru apa yang Anda dapatkan dari tindak lanjut?');
    await q1.click();
    await q1.pressSequentially('Murid lebih berani bertanya.', { delay: 15 });
    await saved(app);
    await q2(app).fill('Saya memberi umpan balik tertulis pada setiap tugas.');
    await saved(app);
    await app.reload();
    await expect(q2(app)).toHaveValue('Saya memberi umpan balik tertulis pada setiap tugas.');
    await q2(app).fill('Saya memberi umpan balik tertulis dan lisan pada setiap tugas, lalu murid memperbaikinya.');
    await saved(app);

    await app.reload();
    await expect(q1).toHaveValue('Murid lebih berani bertanya.');
    await expect(app.getByTestId('wr-evidence-item').getByLabel('Tautkan ke dokumen ini')).toBeChecked();
    await expect(q2(app)).toHaveValue(/lalu murid memperbaikinya\.$/);
    await shot(app, 'writing-reflection');

    // History of question 2: two versions; the older one is shown against the current text and restored.
    await app.getByTestId('history-perubahan').click();
    const history = app.getByTestId('history');
    await expect(history.getByTestId('history-version')).toHaveCount(2);
    await expect(history.getByTestId('history-diff').locator('ins')).toContainText(['dan lisan']);
    await shot(app, 'writing-history');
    await history.getByTestId('history-restore').click();
    await expect(history.getByRole('status')).toContainText('Versi 1 dipulihkan');
    await expect(history.getByTestId('history-version')).toHaveCount(3);
    await history.getByRole('button', { name: 'Tutup riwayat' }).click();
    await expect(q2(app)).toHaveValue('Saya memberi umpan balik tertulis pada setiap tugas.');

    // Closing the tab right after typing: the flush on pagehide keeps the words.
    await q1.click();
    await q1.press('End');
    await q1.pressSequentially(' Mereka saling membantu.', { delay: 10 });
    await app.close();
    const again = await context.newPage();
    await again.goto(`chrome-extension://${extensionId}/app.html#/refleksi/2026/refleksi`);
    await expect(again.getByLabel('1. Inspirasi baru apa yang Anda dapatkan dari tindak lanjut?')).toHaveValue('Murid lebih berani bertanya. Mereka saling membantu.');

    await again.goto(`chrome-extension://${extensionId}/app.html#/refleksi/2026`);
    await expect(again.getByTestId('open-refleksi')).toBeVisible();
    await expect(again.locator('.wr-index li', { hasText: 'Dokumen Refleksi' })).toContainText('2 dari 4 isian terisi');
    await shot(again, 'writing-index');

    // A dated daily note.
    await again.getByTestId('open-catatan').click();
    await again.getByTestId('note-add').click();
    await again.getByLabel('Catatan', { exact: true }).fill('Kelompok 3 saling memberi umpan balik tanpa diminta.');
    await saved(again);
    await again.reload();
    await expect(again.getByLabel('Catatan', { exact: true })).toHaveValue('Kelompok 3 saling memberi umpan balik tanpa diminta.');
    await shot(again, 'writing-notes');

    // The printable page has the profile and the indicator in its header.
    await again.goto(`chrome-extension://${extensionId}/app.html#/cetak/2026`);
    const head = again.locator('.wr-print-head');
    await expect(head).toContainText('Sari Dewi, S.Pd.');
    await expect(head).toContainText('SD Negeri 3 Kupang');
    await expect(head).toContainText('Umpan Balik Konstruktif');
    await expect(again.getByTestId('print-view')).toContainText('Murid lebih berani bertanya. Mereka saling membantu.');
    await expect(again.getByTestId('print-view')).toContainText('Foto kelas diskusi');
    const [download] = await Promise.all([again.waitForEvent('download'), again.getByRole('button', { name: 'Unduh sebagai teks' }).click()]);
    expect(download.suggestedFilename()).toBe('pendamping-kinerja-2026-semua.txt');
    const text = fs.readFileSync(await download.path(), 'utf8');
    expect(text).toContain('Sari Dewi, S.Pd.');
    expect(text).toContain('1. Inspirasi baru apa yang Anda dapatkan dari tindak lanjut?\nMurid lebih berani bertanya. Mereka saling membantu.');
    await again.emulateMedia({ media: 'print' });
    await expect(again.locator('.sidebar')).toBeHidden();
    await shot(again, 'writing-print');
  });

  test('two tabs on the same document see each other and keep both texts', async ({ context, extensionId }) => {
    const a = await saveProfile(context, extensionId);
    const url = `chrome-extension://${extensionId}/app.html#/refleksi/2026/tindak-lanjut`;
    await a.goto(url);
    const b = await context.newPage();
    await b.goto(url);
    const goal = (p: Page) => p.getByLabel('Tujuan perbaikan');
    await expect(goal(a)).toBeVisible();
    await expect(goal(b)).toBeVisible();

    // A saves; B sees it without reloading.
    await goal(a).fill('Murid menerima umpan balik setiap minggu.');
    await expect(goal(b)).toHaveValue('Murid menerima umpan balik setiap minggu.');

    // Both type into the same field at the same time: neither text is dropped, and the writer is told.
    const actions = (p: Page) => p.getByLabel('Aksi yang akan dilakukan');
    await Promise.all([actions(a).fill('Tab A: membuat lembar umpan balik.'), actions(b).fill('Tab B: diskusi dengan rekan sejawat.')]);
    for (const p of [a, b]) {
      await expect(actions(p)).toHaveValue(/Tab A: membuat lembar umpan balik\./);
      await expect(actions(p)).toHaveValue(/Tab B: diskusi dengan rekan sejawat\./);
    }
    await expect.poll(async () => (await a.getByTestId('wr-notice').allTextContents()).concat(await b.getByTestId('wr-notice').allTextContents()).join(' ')).toMatch(/tab lain/);
    const noticed = (await a.getByTestId('wr-notice').count()) ? a : b;
    await shot(noticed, 'writing-two-tabs');
    await a.reload();
    await expect(actions(a)).toHaveValue(/Tab A: .*[\s\S]*Tab B: |Tab B: .*[\s\S]*Tab A: /);
  });
});
