import { test, expect, RUANG_GTK, EKINERJA, openSidePanel } from './fixtures';
import type { BrowserContext, Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SHOTS = process.env.PK_SCREENSHOTS ?? path.resolve(import.meta.dirname, '../../test-results/screens');
fs.mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

const MB = 1024 * 1024;
/** Patterned bytes (not all zeros) so hashes and sizes prove the right body arrived. */
function patterned(size: number, seed = 1): Buffer {
  const b = Buffer.alloc(size);
  for (let i = 0; i < size; i += 4096) b.writeUInt32LE((i * 2654435761 + seed) >>> 0, i);
  return b;
}
function pdfBytes(size: number, seed = 3): Buffer {
  const b = patterned(size, seed);
  b.write('%PDF-1.4\n', 0, 'latin1');
  return b;
}
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function openApp(context: BrowserContext, extensionId: string, route = '/bukti'): Promise<Page> {
  const app = await context.newPage();
  await app.goto(`chrome-extension://${extensionId}/app.html#${route}`);
  await expect(app.getByRole('heading', { level: 1, name: /Bukti Kinerja/ })).toBeVisible();
  return app;
}

async function pngFrom(app: Page): Promise<Buffer> {
  const b64 = await app.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 480; c.height = 320;
    const g = c.getContext('2d')!;
    const grad = g.createLinearGradient(0, 0, 480, 320);
    grad.addColorStop(0, '#0b5cad'); grad.addColorStop(1, '#f2a900');
    g.fillStyle = grad; g.fillRect(0, 0, 480, 320);
    g.fillStyle = '#fff'; g.font = 'bold 40px sans-serif'; g.fillText('Foto kegiatan', 90, 170);
    return c.toDataURL('image/png').split(',')[1]!;
  });
  return Buffer.from(b64, 'base64');
}

async function waitSaved(app: Page, names: string[], timeout = 60_000) {
  for (const name of names) {
    await expect(app.locator(`[data-testid="ev-uploads"] li[data-name="${name}"]`)).toHaveAttribute('data-status', 'saved', { timeout });
  }
}

test.describe('evidence organiser', () => {
  test('adds several files (one ≥ 50 MB) and a link in the app, finds one by search, previews, deletes and undoes', async ({ context, extensionId }) => {
    test.setTimeout(180_000);
    const app = await openApp(context, extensionId);
    await expect(app.getByTestId('ev-empty')).toHaveText('Belum ada bukti. Tambahkan berkas atau tautan di atas.');
    await expect(app.getByTestId('ev-space')).toContainText('Terpakai');
    await shot(app, 'bukti-empty');

    const big = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pk-ev-')), 'video-observasi-kelas.mp4');
    fs.writeFileSync(big, patterned(55 * MB, 9));
    const png = await pngFrom(app);
    await app.getByLabel('Tahap', { exact: true }).first().selectOption('pelaksanaan');
    await app.getByTestId('ev-file-input').setInputFiles([
      { name: 'modul-ajar-pecahan.pdf', mimeType: 'application/pdf', buffer: pdfBytes(200_000) },
      { name: 'foto-kegiatan-kelas.png', mimeType: 'image/png', buffer: png },
      { name: 'sertifikat-pelatihan-besar.pdf', mimeType: 'application/pdf', buffer: pdfBytes(Math.round(14.2 * MB), 5) },
    ]);
    await waitSaved(app, ['modul-ajar-pecahan.pdf', 'foto-kegiatan-kelas.png', 'sertifikat-pelatihan-besar.pdf']);
    await app.getByTestId('ev-file-input').setInputFiles(big);
    await waitSaved(app, ['video-observasi-kelas.mp4'], 120_000);
    // The same PDF again: found as a duplicate by its content hash, and merged on request.
    await app.getByTestId('ev-file-input').setInputFiles([{ name: 'modul-ajar-salinan.pdf', mimeType: 'application/pdf', buffer: pdfBytes(200_000) }]);
    const dupRow = app.locator('[data-testid="ev-uploads"] li[data-name="modul-ajar-salinan.pdf"]');
    await expect(dupRow).toContainText('Isinya sama dengan "modul-ajar-pecahan"');
    await dupRow.getByRole('button', { name: 'Gabungkan' }).click();
    await expect(dupRow).toContainText('Digabungkan dengan');

    const form = app.getByTestId('ev-link-form');
    await form.getByLabel('Judul bukti').fill('Folder foto observasi');
    await form.getByLabel('Alamat tautan (URL)').fill('javascript:alert(1)');
    await expect(form).toContainText('bukan tautan web');
    await form.getByLabel('Alamat tautan (URL)').fill('https://drive.google.com/drive/folders/abc123');
    await expect(form).toContainText('Siapa saja yang memiliki link');
    await form.getByRole('button', { name: 'Simpan tautan' }).click();
    await expect(app.getByTestId('ev-link-status')).toHaveText('Tautan tersimpan.');

    const items = app.getByTestId('ev-item');
    await expect(items).toHaveCount(5);
    // Thumbnail made once and stored.
    await expect(app.locator('[data-testid="ev-item"] .ev-thumb img')).toHaveCount(1);
    await expect(app.getByTestId('ev-warn-too-big')).toHaveText('Terlalu besar untuk diunggah: 14,2 MB > 10 MB');
    await expect(app.getByTestId('ev-warn-drive-sharing')).toContainText('Siapa saja yang memiliki link');
    await shot(app, 'bukti-items');

    await app.getByTestId('ev-search').fill('observasi video');
    await expect(items).toHaveCount(1);
    await expect(items.first()).toContainText('video-observasi-kelas');
    await app.getByTestId('ev-search').fill('');
    await app.getByTestId('ev-filter-stage').selectOption('pelaksanaan');
    await app.getByLabel('Jenis').selectOption('pdf');
    await expect(items).toHaveCount(2);
    await shot(app, 'bukti-filtered');
    await app.getByRole('button', { name: 'Hapus saringan' }).click();
    await expect(items).toHaveCount(5);

    await app.getByRole('button', { name: 'Lihat: foto-kegiatan-kelas' }).click();
    await expect(app.getByTestId('ev-preview').locator('img')).toBeVisible();
    await shot(app, 'bukti-preview');
    await app.keyboard.press('Escape');
    await expect(app.getByTestId('ev-preview')).toHaveCount(0);
    await expect(app.getByRole('button', { name: 'Lihat: foto-kegiatan-kelas' })).toBeFocused();

    await app.getByRole('button', { name: 'Hapus: foto-kegiatan-kelas' }).click();
    await expect(items).toHaveCount(4);
    await expect(app.getByTestId('ev-undo')).toBeFocused();
    await app.keyboard.press('Enter');
    await expect(items).toHaveCount(5);
    await expect(app.getByTestId('ev-notice')).toContainText('1 bukti dikembalikan.');
  });

  test('a file dropped into the side panel beside a Ruang GTK page (≥ 50 MB) is saved tagged with the page stage and step', async ({ context, extensionId, pageErrors }) => {
    test.setTimeout(180_000);
    const page = await context.newPage();
    await page.goto(`${RUANG_GTK}/pengelolaan-kinerja/pelaksanaan/dokumen-persiapan`);
    const { panel: frame, cdp } = await openSidePanel(page);
    await expect(frame.getByTestId('overlay-dropzone')).toContainText('Pelaksanaan');
    // Dropped into the side panel (the page cannot reach it, so nothing there drops for it).
    const expected = await frame.evaluate(async () => {
      const size = 52 * 1024 * 1024;
      const bytes = new Uint8Array(size);
      for (let i = 0; i < size; i += 4096) bytes[i] = (i / 4096) & 0xff;
      const file = new File([bytes], 'rekaman-praktik-mengajar.mp4', { type: 'video/mp4' });
      const hash = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
      const dt = new DataTransfer();
      dt.items.add(file);
      const zone = document.querySelector('[data-testid="overlay-dropzone"]')!;
      zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
      zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
      return { size, hash };
    });
    await expect(frame.locator('[data-testid="overlay-captures"] li').first()).toHaveAttribute('data-status', 'saved', { timeout: 120_000 });
    await expect(frame.getByTestId('overlay-captures')).toContainText('tersimpan di Bukti Kinerja');

    await frame.getByTestId('overlay-save-link').click();
    await expect(frame.getByTestId('overlay-evidence-status')).toHaveText('Link halaman tersimpan sebagai bukti.');

    const app = await openApp(context, extensionId);
    const item = app.getByTestId('ev-item').filter({ hasText: 'rekaman-praktik-mengajar' });
    await expect(item).toContainText('Pelaksanaan');
    await expect(item).toContainText('Dokumen Persiapan');
    await expect(item).toContainText('52 MB');
    await expect(app.getByTestId('ev-item').filter({ hasText: 'guru.kemdikbud.go.id/pengelolaan-kinerja/pelaksanaan/dokumen-persiapan' })).toContainText('Pelaksanaan');
    // The stored body is the dropped file, byte for byte.
    const stored = await app.evaluate(async () => {
      const open = indexedDB.open('pendamping-kinerja');
      const db: IDBDatabase = await new Promise((r, j) => { open.onsuccess = () => r(open.result); open.onerror = () => j(open.error); });
      const all: { id: string; title: string }[] = await new Promise((r) => { const q = db.transaction('evidence').objectStore('evidence').getAll(); q.onsuccess = () => r(q.result); });
      const id = all.find((i) => i.title === 'rekaman-praktik-mengajar')!.id;
      const body: { blob: Blob } = await new Promise((r) => { const q = db.transaction('evidenceBodies').objectStore('evidenceBodies').get(id); q.onsuccess = () => r(q.result); });
      const hash = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', await body.blob.arrayBuffer())), (b) => b.toString(16).padStart(2, '0')).join('');
      return { size: body.blob.size, hash };
    });
    expect(stored).toEqual(expected);
    expect(pageErrors).toEqual([]);
    await cdp.close();
  });

  test('attaches a stored PDF into the demo upload input (name, size, sha256 match) and fills Nama/Link Bukti Dukung', async ({ context, extensionId, pageErrors }) => {
    test.setTimeout(90_000);
    const app = await openApp(context, extensionId);
    await app.getByLabel('Langkah', { exact: true }).first().selectOption('dokumen-persiapan');
    const pdf = pdfBytes(3 * MB + 123, 11);
    await app.getByTestId('ev-file-input').setInputFiles([
      { name: 'modul-ajar-ipa-kelas-7.pdf', mimeType: 'application/pdf', buffer: pdf },
      { name: 'catatan.png', mimeType: 'image/png', buffer: await pngFrom(app) },
    ]);
    await waitSaved(app, ['modul-ajar-ipa-kelas-7.pdf', 'catatan.png']);
    const form = app.getByTestId('ev-link-form');
    await form.getByLabel('Judul bukti').fill('Laporan kegiatan Maret');
    await form.getByLabel('Alamat tautan (URL)').fill('https://drive.google.com/file/d/1AbC/view');
    await form.getByRole('button', { name: 'Simpan tautan' }).click();
    await expect(app.getByTestId('ev-link-status')).toHaveText('Tautan tersimpan.');

    // Evidence tagged to Dokumen Persiapan is proof: the checklist ticks that step by itself.
    const checklist = await context.newPage();
    await checklist.goto(`chrome-extension://${extensionId}/app.html#/ceklis`);
    const item = checklist.locator('li', { hasText: 'Dokumen Persiapan' }).filter({ hasText: 'dicentang otomatis' });
    await expect(item.first()).toBeVisible();
    await expect(item.first().getByRole('checkbox')).toBeChecked();
    await checklist.close();

    const page = await context.newPage();
    await page.goto(`${RUANG_GTK}/pengelolaan-kinerja/pelaksanaan/dokumen-persiapan`);
    const { panel: frame, cdp } = await openSidePanel(page);
    const offer = frame.getByTestId('overlay-offer');
    // Only what the input accepts (PDF) is offered; the PNG is not.
    await expect(offer).toHaveCount(1);
    await expect(offer).toContainText('modul-ajar-ipa-kelas-7');
    await shot(frame, 'sidepanel-attach-offer');
    await offer.getByRole('button', { name: /Lampirkan/ }).click();
    await expect(frame.getByTestId('overlay-evidence-status')).toContainText('dimasukkan ke kolom unggah');
    const uploaded = page.getByTestId('uploaded-file');
    await expect(uploaded).toHaveAttribute('data-name', 'modul-ajar-ipa-kelas-7.pdf');
    await expect(uploaded).toHaveAttribute('data-size', String(pdf.length));
    await expect(uploaded).toHaveAttribute('data-sha256', sha(pdf));

    // The same side panel follows the tab to e-Kinerja.
    await page.goto(`${EKINERJA}/skp/101/penilaian/202/eviden`);
    await expect(frame.getByTestId('overlay-page')).toContainText('Bukti Dukung');
    const fill = frame.getByTestId('overlay-link-offer');
    await expect(fill).toHaveCount(1);
    await expect(fill).toContainText('Siapa saja yang memiliki link');
    await shot(frame, 'sidepanel-fill-offer');
    await fill.getByRole('button', { name: /Isikan/ }).click();
    await expect(frame.getByTestId('overlay-evidence-status')).toContainText('sudah diisi');
    // The first RHK card's pair (the first still empty) got the values; the user presses its own Simpan.
    const card = page.locator('.card[data-rhk-id]').first();
    await expect(card.getByLabel('Nama Bukti Dukung')).toHaveValue('Laporan kegiatan Maret');
    await card.getByLabel('Realisasi').fill('1'); // the user's own part of the form
    await card.getByRole('button', { name: 'Simpan' }).click();
    const saved = page.getByTestId('saved-eviden-item').first();
    await expect(saved).toHaveAttribute('data-nama', 'Laporan kegiatan Maret');
    await expect(saved).toHaveAttribute('data-link', 'https://drive.google.com/file/d/1AbC/view');
    expect(pageErrors).toEqual([]);
    await cdp.close();
  });
});

test.describe('link form', () => {
  test('an http:// link is saved with a warning; a next attempt clears the last status; the address is capped at 4,000 characters', async ({ context, extensionId }) => {
    const app = await openApp(context, extensionId);
    const form = app.getByTestId('ev-link-form');
    const status = app.getByTestId('ev-link-status');
    await form.getByLabel('Judul bukti').fill('Foto kegiatan');
    await form.getByLabel('Alamat tautan (URL)').fill('http://sekolah.example/foto');
    await form.getByRole('button', { name: 'Simpan tautan' }).click();
    await expect(status).toContainText('Tautan tersimpan. Alamatnya diawali http://');
    await form.getByLabel('Alamat tautan (URL)').fill('bukan tautan');
    await form.getByRole('button', { name: 'Simpan tautan' }).click();
    await expect(status).not.toContainText('Tautan tersimpan');
    await expect(status).toContainText('bukan tautan web');
    await form.getByLabel('Alamat tautan (URL)').fill(`https://drive.google.com/${'a'.repeat(5000)}`);
    expect((await form.getByLabel('Alamat tautan (URL)').inputValue()).length).toBe(4000);
  });
});
