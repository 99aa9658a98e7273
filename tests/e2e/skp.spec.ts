import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';

const SHOTS = process.env.SKP_SCREENSHOTS; // a folder: the screenshots looked at during development

test.describe('#/skp: e-Kinerja fill templates', () => {
  test('lists the starting templates; create, edit, duplicate, delete with undo', async ({ context, extensionId }) => {
    const app = await context.newPage();
    await app.setViewportSize({ width: 1200, height: 900 });
    await app.goto(`chrome-extension://${extensionId}/app.html#/skp`);
    await expect(app.getByRole('heading', { level: 1, name: 'Template isian e-Kinerja' })).toBeVisible();
    const items = app.getByTestId('skp-item');
    await expect(items).toHaveCount(9);
    await expect(app.getByRole('heading', { level: 3, name: 'Progress harian' })).toBeVisible();
    if (SHOTS) await app.screenshot({ path: path.join(SHOTS, 'skp-list.png'), fullPage: true });

    // The BerAKHLAK starting template: seven expectations, each under its value's name.
    await app.getByRole('button', { name: 'Ubah: Perilaku kerja BerAKHLAK (ekspektasi)' }).first().click();
    await expect(app.getByLabel('Ekspektasi: Akuntabel')).toHaveValue(/^Melaksanakan tugas dengan jujur/);
    if (SHOTS) await app.screenshot({ path: path.join(SHOTS, 'skp-perilaku.png'), fullPage: true });
    await app.getByRole('button', { name: 'Batal' }).click();

    // A new one, with a typo in a placeholder first: an Indonesian message, nothing saved.
    await app.getByTestId('skp-new').click();
    await expect(app.getByLabel('Nama template')).toBeFocused();
    await app.getByLabel('Formulir e-Kinerja').selectOption('rencana-aksi');
    await app.getByLabel('Nama template').fill('Rencana aksi IPA');
    await app.getByLabel('Rencana aksi', { exact: true }).fill('Modul ajar IPA {bulan} {tahn}');
    await app.getByLabel('Target', { exact: true }).fill('1 Dokumen');
    await app.getByTestId('skp-save').click();
    await expect(app.getByTestId('skp-errors')).toHaveText('Isian "Rencana aksi" memakai {tahn} yang tidak dikenal.');
    if (SHOTS) await app.screenshot({ path: path.join(SHOTS, 'skp-editor-error.png'), fullPage: true });
    await app.getByLabel('Rencana aksi', { exact: true }).fill('Modul ajar IPA {bulan} {tahun}');
    await app.getByTestId('skp-save').click();
    await expect(app.getByTestId('skp-notice')).toContainText('Template "Rencana aksi IPA" tersimpan.');
    await expect(items).toHaveCount(10);

    // Edit it.
    await app.getByRole('button', { name: 'Ubah: Rencana aksi IPA' }).click();
    await expect(app.getByLabel('Target', { exact: true })).toHaveValue('1 Dokumen');
    await app.getByLabel('Target', { exact: true }).fill('2 Dokumen');
    await app.getByTestId('skp-save').click();
    await expect(app.getByTestId('skp-notice')).toContainText('tersimpan');

    // Duplicate, then delete the copy and undo.
    await app.getByRole('button', { name: 'Gandakan: Rencana aksi IPA' }).click();
    await expect(items.filter({ hasText: 'Rencana aksi IPA (salinan)' })).toHaveCount(1);
    await app.getByRole('button', { name: 'Hapus: Rencana aksi IPA (salinan)' }).click();
    await expect(app.getByTestId('skp-notice')).toContainText('dihapus');
    await expect(items.filter({ hasText: 'Rencana aksi IPA (salinan)' })).toHaveCount(0);
    await expect(app.getByTestId('skp-undo')).toBeFocused();
    await app.getByTestId('skp-undo').click();
    await expect(items.filter({ hasText: 'Rencana aksi IPA (salinan)' })).toHaveCount(1);

    // The edit stuck across a reload.
    await app.reload();
    await app.getByRole('button', { name: 'Ubah: Rencana aksi IPA', exact: true }).click();
    await expect(app.getByLabel('Target', { exact: true })).toHaveValue('2 Dokumen');
    if (SHOTS) await app.screenshot({ path: path.join(SHOTS, 'skp-editor.png'), fullPage: true });
  });

  test('export, and import: a good file adds its templates, a bad one changes nothing', async ({ context, extensionId }) => {
    const app = await context.newPage();
    await app.goto(`chrome-extension://${extensionId}/app.html#/skp`);
    const items = app.getByTestId('skp-item');
    await expect(items).toHaveCount(9);

    const download = app.waitForEvent('download');
    await app.getByTestId('skp-export').click();
    const file = await (await download).path();
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(exported.kind).toBe('pendamping-kinerja/templates');
    expect(exported.templates).toHaveLength(9);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skp-'));
    const bad = path.join(dir, 'rusak.json');
    fs.writeFileSync(bad, JSON.stringify({ ...exported, templates: [{ ...exported.templates[0], values: { kegiatan: 'x', tidak_ada: 'y' } }] }));
    await app.getByTestId('skp-import').setInputFiles(bad);
    await expect(app.getByTestId('skp-file-notice')).toHaveText('Berkas template ini rusak atau berisi isian yang tidak dikenal (template ke-1, isian "tidak_ada"). Tidak ada yang diubah.');
    await expect(items).toHaveCount(9);
    if (SHOTS) await app.screenshot({ path: path.join(SHOTS, 'skp-import-error.png'), fullPage: true });

    const notJson = path.join(dir, 'bukan.json');
    fs.writeFileSync(notJson, 'ini bukan json');
    await app.getByTestId('skp-import').setInputFiles(notJson);
    await expect(app.getByTestId('skp-file-notice')).toHaveText('Berkas ini bukan berkas template (bukan JSON). Tidak ada yang diubah.');

    const good = path.join(dir, 'template.json');
    fs.writeFileSync(good, JSON.stringify({ ...exported, templates: exported.templates.slice(0, 2) }));
    await app.getByTestId('skp-import').setInputFiles(good);
    await expect(app.getByTestId('skp-file-notice')).toHaveText('2 template diimpor.');
    await expect(items).toHaveCount(11);
    await expect(items.filter({ hasText: 'Diimpor' })).toHaveCount(2);
  });
});
