import { test, expect, RUANG_GTK } from './fixtures';
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The demo Ruang GTK writing forms (Dokumen Persiapan, Tindak Lanjut, Refleksi) in both markups:
 * what a user types is in the page's own state when the site's save button is pressed (the
 * `[data-testid=saved-summary]` data-json snapshot of that state), and the 2026 markup shows its
 * reworded questions in another order. The extension-driven paste comes with the side-panel wiring.
 */
const SHOTS = process.env.PK_SCREENSHOTS ?? path.resolve(import.meta.dirname, '../../test-results/screens');
fs.mkdirSync(SHOTS, { recursive: true });

const PEL = `${RUANG_GTK}/pengelolaan-kinerja/pelaksanaan`;

async function open(page: Page, doc: string, markup: string) {
  await page.goto(`${PEL}/${doc}?tampilan=${markup}`);
  await expect(page.locator('main#main [data-testid]').first()).toBeAttached(); // the page painted after its skeleton
  await expect(page.locator('main#main')).not.toHaveAttribute('aria-busy', 'true');
}

async function saved(page: Page, doc: string): Promise<Record<string, string>> {
  const summary = page.locator(`[data-testid=saved-summary][data-doc=${doc}]`);
  await expect(summary).toBeVisible();
  return JSON.parse((await summary.getAttribute('data-json'))!);
}

const LABELS = {
  klasik: {
    save: 'Simpan draf',
    refleksi: ['1. Inspirasi baru apa', '2. Perubahan apa', '3. Apa tiga tantangan', '4. Apa rencana Anda'],
    persiapan: { target: 'Target perilaku', upaya: 'Upaya mempelajari', tanggal: 'Tanggal', catatan: 'Catatan (opsional)' },
    tindak: { tantangan: 'Tantangan yang dihadapi', tujuan: 'Tujuan perbaikan', aksi: 'Langkah/aksi', jadwal: 'Jadwal pelaksanaan', dukungan: 'Dukungan yang dibutuhkan' },
  },
  '2026': {
    save: 'Simpan',
    refleksi: ['1. Perubahan apa saja', '2. Apa inspirasi atau wawasan', '3. Bagaimana strategi Anda', '4. Sebutkan tiga kendala'],
    persiapan: { target: 'Fokus perilaku yang akan ditunjukkan', upaya: 'Upaya mempelajari fokus perilaku', tanggal: 'Tanggal observasi', catatan: 'Keterangan (opsional)' },
    tindak: { tantangan: 'Kendala yang Anda hadapi', tujuan: 'Apa tujuan yang ingin dicapai', aksi: 'Kegiatan yang akan Anda lakukan', jadwal: 'Kapan kegiatan dilaksanakan', dukungan: 'Bantuan atau dukungan' },
  },
} as const;

for (const markup of ['klasik', '2026'] as const) {
  const L = LABELS[markup];
  test.describe(`demo writing forms, ${markup} markup`, () => {
    test('Dokumen Refleksi: the four answers typed are in the page state when its save button is pressed', async ({ context, pageErrors }) => {
      const page = await context.newPage();
      await open(page, 'dokumen-refleksi', markup);
      const form = page.locator('form[data-doc-form=refleksi]');
      const questions = form.locator('.rg-label');
      await expect(questions).toHaveCount(4);
      for (let i = 0; i < 4; i++) await expect(questions.nth(i)).toContainText(L.refleksi[i]!);
      // Type by the question the user sees, in page order.
      const answers = ['Jawaban pertama', 'Jawaban kedua', 'Jawaban ketiga', 'Jawaban keempat'];
      for (let i = 0; i < 4; i++) await form.getByLabel(L.refleksi[i]!).fill(answers[i]!);
      await form.getByRole('button', { name: L.save, exact: true }).click();
      const state = await saved(page, 'refleksi');
      const byQuestion = markup === 'klasik'
        ? { inspirasi: answers[0], perubahan: answers[1], tantangan: answers[2], rencana: answers[3] }
        : { perubahan: answers[0], inspirasi: answers[1], rencana: answers[2], tantangan: answers[3] };
      expect(state).toEqual(byQuestion);
      // A value set without the framework's event is not in the state (the demo imitates React).
      await form.getByLabel(L.refleksi[0]!).evaluate((el) => { (el as HTMLTextAreaElement).value = 'tanpa event'; });
      await form.getByRole('button', { name: L.save, exact: true }).click();
      expect(await saved(page, 'refleksi')).toEqual(byQuestion);
      await expect(form.getByLabel(L.refleksi[0]!)).toHaveValue(answers[0]!);
      await page.screenshot({ path: path.join(SHOTS, `demo-refleksi-${markup}.png`), fullPage: true });
      expect(pageErrors).toEqual([]);
    });

    test('Dokumen Persiapan and Tindak Lanjut: typed, chosen and saved into the page state', async ({ context, pageErrors }) => {
      const page = await context.newPage();
      await open(page, 'dokumen-persiapan', markup);
      const p = page.locator('form[data-doc-form=persiapan]');
      await p.getByLabel(L.persiapan.target).fill('Umpan balik spesifik pada tiap kelompok');
      await p.getByLabel(L.persiapan.upaya).fill('Membaca modul dan mengamati rekan');
      await p.getByLabel(new RegExp(`^${L.persiapan.tanggal}\\b`)).fill('2026-03-10'); // the label ends with a required mark
      await p.getByLabel('Jenjang').selectOption('SMP');
      await p.getByLabel(/^Kelas\b/).selectOption('VIII B');
      await p.getByLabel('Mata pelajaran').fill('Matematika');
      await p.getByLabel(L.persiapan.catatan).fill('Jam ke-3');
      await p.getByRole('button', { name: L.save, exact: true }).click();
      expect(await saved(page, 'persiapan')).toEqual({
        targetPerilaku: 'Umpan balik spesifik pada tiap kelompok', upayaMempelajari: 'Membaca modul dan mengamati rekan',
        tanggalObservasi: '2026-03-10', jenjang: 'SMP', kelas: 'VIII B', mataPelajaran: 'Matematika', catatan: 'Jam ke-3',
      });
      // The upload stays beside the form.
      await expect(page.getByTestId('upload-modul-ajar')).toBeAttached();

      await open(page, 'dokumen-tindak-lanjut', markup);
      await page.getByRole('button', { name: 'Kumpulkan' }).click();
      await page.getByRole('button', { name: 'Lanjut' }).click();
      const t = page.locator('form[data-doc-form=tindakLanjut]');
      await t.getByLabel(L.tindak.tantangan).fill('Murid pasif');
      await t.getByLabel(L.tindak.tujuan).fill('Murid aktif bertanya');
      await t.getByLabel(L.tindak.aksi).fill('Kartu pertanyaan');
      await t.getByLabel(L.tindak.jadwal).fill('Maret 2026');
      await t.getByLabel(L.tindak.dukungan).fill('Contoh kartu dari rekan');
      await t.getByRole('button', { name: L.save, exact: true }).click();
      expect(await saved(page, 'tindakLanjut')).toEqual({
        tantangan: 'Murid pasif', tujuanPerbaikan: 'Murid aktif bertanya', langkahAksi: 'Kartu pertanyaan', jadwal: 'Maret 2026', dukungan: 'Contoh kartu dari rekan',
      });
      await page.screenshot({ path: path.join(SHOTS, `demo-tindak-lanjut-${markup}.png`), fullPage: true });
      expect(pageErrors).toEqual([]);
    });
  });
}
