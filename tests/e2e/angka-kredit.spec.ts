import path from 'node:path';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/** Screenshots for a person to look at: SHOTS_DIR=/some/dir keeps them there, otherwise in the test's output folder. */
const shot = (page: Page, name: string) =>
  page.screenshot({ path: process.env.SHOTS_DIR ? path.join(process.env.SHOTS_DIR, name) : test.info().outputPath(name), fullPage: true });

test.describe('angka kredit page', () => {
  test('two years of history give the total and the projection; bad input is refused; data survives a reload', async ({ context, extensionId }) => {
    const app = await context.newPage();
    await app.goto(`chrome-extension://${extensionId}/app.html#/angka-kredit`);
    await expect(app.getByRole('heading', { level: 1, name: 'Predikat dan Angka Kredit' })).toBeVisible();
    await expect(app.getByRole('link', { name: 'Angka kredit' })).toHaveAttribute('aria-current', 'page');

    // Predikat from the two ratings, with the matrix cell.
    await app.getByLabel('Rating hasil kerja').selectOption('di-atas-ekspektasi');
    await app.getByLabel('Rating perilaku kerja').selectOption('di-atas-ekspektasi');
    await expect(app.getByTestId('ak-predikat')).toHaveText('Predikat kinerja: Sangat Baik');

    // Worked example: guru Ahli Pertama III/a starting with 0 from 2024.
    await app.getByLabel('Berlaku mulai tahun').fill('2024');
    await app.getByLabel('Jenjang saat itu').selectOption('ahli-pertama');
    await app.getByLabel('Golongan saat itu').selectOption('III/a');
    await app.getByRole('textbox', { name: 'Angka kredit awal' }).fill('0');
    await expect(app.getByTestId('ak-projection-sentence')).toHaveText('Dengan predikat Baik setiap tahun, angka kredit cukup untuk pangkat berikutnya pada Desember 2027.');
    await expect(app.getByTestId('ak-when-jenjang-baik')).toHaveText('Desember 2031');
    await expect(app.getByTestId('ak-when-pangkat-sangat-baik')).toHaveText('Agustus 2026');
    await shot(app, 'angka-kredit-start-2024.png');

    // Two years: 2024 Baik, 2025 Sangat Baik.
    await app.getByRole('button', { name: 'Tambah tahun' }).click();
    await expect(app.getByLabel('Tahun, baris 1')).toHaveValue('2024');
    await app.getByLabel('Predikat, baris 1').selectOption('baik');
    await app.getByRole('button', { name: 'Tambah tahun' }).click();
    await expect(app.getByLabel('Tahun, baris 2')).toHaveValue('2025');
    await app.getByLabel('Predikat, baris 2').selectOption('sangat-baik');
    await expect(app.getByTestId('ak-row-ak-0')).toHaveText('12,5');
    await expect(app.getByTestId('ak-row-ak-1')).toHaveText('18,75');
    await expect(app.getByTestId('ak-total')).toHaveText('31,25');
    await expect(app.getByTestId('ak-target-pangkat-remaining')).toHaveText('18,75');
    await expect(app.getByTestId('ak-projection-sentence')).toHaveText('Dengan predikat Baik setiap tahun, angka kredit cukup untuk pangkat berikutnya pada Juni 2027.');
    await expect(app.getByTestId('ak-when-jenjang-baik')).toHaveText('Juni 2031');
    await expect(app.getByTestId('ak-when-pangkat-sangat-baik')).toHaveText('Desember 2026');
    await expect(app.getByTestId('ak-save-status')).toHaveText('Riwayat tersimpan.');

    // Every number shows its formula on demand.
    await app.getByTestId('ak-row-ak-1').click();
    await expect(app.getByTestId('ak-row-1').getByText('12/12 × 150% × 12,5 = 18,75')).toBeVisible();
    await app.getByTestId('ak-total').click();
    await expect(app.getByRole('region', { name: 'Jumlah angka kredit dan yang dibutuhkan' }).getByText('angka kredit awal 0 + 12,5 + 18,75 = 31,25')).toBeVisible();
    await app.getByTestId('ak-when-pangkat-baik').click();
    await expect(app.getByText('(50 − 31,25) ÷ (12,5 ÷ 12 per bulan) = 18 bulan, mulai Januari 2026 → Juni 2027')).toBeVisible();
    await shot(app, 'angka-kredit-two-years.png');

    // Bad input: 13 months is refused with a message and nothing is computed or saved.
    await app.getByLabel('Bulan, baris 2').fill('13');
    await expect(app.getByText('baris 2: Jumlah bulan harus bilangan bulat 1 sampai 12.')).toBeVisible();
    await expect(app.getByTestId('ak-not-computed')).toBeVisible();
    await expect(app.getByTestId('ak-total')).toHaveCount(0);
    await expect(app.getByTestId('ak-save-status')).toHaveText('Belum disimpan: perbaiki isian yang ditandai.');
    await app.getByRole('textbox', { name: 'Angka kredit awal' }).fill('-3');
    await expect(app.getByText('Angka kredit tidak boleh negatif.')).toBeVisible();
    await shot(app, 'angka-kredit-bad-input.png');

    // The last valid history is what was stored.
    await app.reload();
    await expect(app.getByTestId('ak-total')).toHaveText('31,25');
    await expect(app.getByLabel('Bulan, baris 2')).toHaveValue('12');
  });

  test('a principal checks the teachers\' predikat against the organisation predikat', async ({ context, extensionId }) => {
    const app = await context.newPage();
    await app.goto(`chrome-extension://${extensionId}/app.html#/pengaturan`);
    await app.getByLabel('Kepala Sekolah').check();
    await app.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await expect(app.getByTestId('settings-status')).toHaveText('Pengaturan tersimpan.');
    await app.getByRole('link', { name: 'Angka kredit' }).click();
    const card = app.getByTestId('ak-principal');
    await card.getByLabel('Predikat kinerja organisasi').selectOption('istimewa');
    const list = ['Siti\tSangat Baik', 'Budi\tSangat Baik', 'Ani\tSangat Baik', 'Dedi\tSangat Baik', 'Eka\tSangat Baik',
      'Fitri\tSangat Baik', 'Gita\tSangat Baik', 'Hadi; Baik', 'Indah, Baik', 'Joko, Cukup', 'Tanpa predikat'].join('\n');
    await card.getByLabel(/Tempel daftar/).fill(list);
    await card.getByRole('button', { name: 'Masukkan daftar' }).click();
    await expect(card.getByText('10 guru dimasukkan.')).toBeVisible();
    await expect(card.getByText(/Baris yang tidak terbaca: 11\./)).toBeVisible();
    await expect(card.getByTestId('ak-limit')).toHaveText(['✓ Sangat Baik paling banyak 70%: sekarang 7 dari 10 (70%) (sesuai)']);
    // One more Sangat Baik goes over the limit.
    await card.getByLabel('Predikat Joko').selectOption('sangat-baik');
    await expect(card.getByTestId('ak-limit')).toHaveText(['✗ Sangat Baik paling banyak 70%: sekarang 8 dari 10 (80%) (melebihi batas)']);
    await card.getByLabel('Predikat kinerja organisasi').selectOption('baik');
    await expect(card.getByTestId('ak-limit')).toHaveText([
      '✓ Baik paling banyak 70%: sekarang 2 dari 10 (20%) (sesuai)',
      '✗ Harus ada paling sedikit 1 guru dengan predikat Butuh Perbaikan atau Kurang: sekarang 0 (belum terpenuhi)',
    ]);
    await card.getByLabel('Predikat kinerja organisasi').selectOption('istimewa');
    await shot(app, 'angka-kredit-principal.png');
    await app.reload();
    await expect(app.getByTestId('ak-principal').getByTestId('ak-limit')).toContainText(['8 dari 10']);
  });

  test('in English the numbers use a decimal point and 3 months Baik is 3.125', async ({ context, extensionId }) => {
    const app = await context.newPage();
    await app.goto(`chrome-extension://${extensionId}/app.html#/pengaturan`);
    await app.getByLabel('Bahasa tampilan').selectOption('en');
    await app.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await app.getByRole('link', { name: 'Credit points (angka kredit)' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Performance rating and credit points' })).toBeVisible();
    await app.getByLabel('Valid from year').fill('2024');
    await app.getByRole('button', { name: 'Add a year' }).click();
    await app.getByLabel('Months, row 1').fill('3');
    await expect(app.getByTestId('ak-row-ak-0')).toHaveText('3.125');
    await app.getByTestId('ak-row-ak-0').click();
    await expect(app.getByTestId('ak-row-0').getByText('3/12 × 100% × 12.5 = 3.125')).toBeVisible();
    await expect(app.getByTestId('ak-projection-sentence')).toHaveText('With predikat Baik (good) every year, the credit points suffice for the next rank in December 2027.');
    await shot(app, 'angka-kredit-en.png');
  });
});
