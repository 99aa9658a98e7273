import { test, expect } from './fixtures';

test('the privacy page (#/privasi, linked from the sidebar) says what is stored, where, and what is never sent', async ({ context, extensionId }) => {
  const app = await context.newPage();
  await app.goto(`chrome-extension://${extensionId}/app.html#/`);
  await app.getByRole('link', { name: 'Tentang privasi' }).click();
  await expect(app).toHaveURL(/app\.html#\/privasi$/);
  await expect(app.getByRole('heading', { level: 1, name: 'Privasi' })).toBeVisible();
  for (const name of ['Apa yang disimpan', 'Di mana disimpan', 'Yang tidak pernah dikirim', 'Di Ruang GTK dan e-Kinerja']) {
    await expect(app.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(app.getByTestId('privacy-page')).toContainText('tidak ada analitik');
  await expect(app).toHaveTitle('Privasi · Pendamping Kinerja');
  if (process.env.PK_SCREENSHOTS) await app.screenshot({ path: `${process.env.PK_SCREENSHOTS}/privasi.png`, fullPage: true });
});
