import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests load the built extension (.output/chrome-mv3) into Debian's Chromium.
 * One worker: each test file gets its own browser profile, and a 2-core CI machine
 * runs them faster one after another than side by side.
 */
export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 45_000,
  expect: { timeout: 8_000 },
  // CI (2 cores, a fresh machine) retries a failed test once; a test that fails twice fails the run, and
  // scripts/test-all.mjs prints how many passed only on the retry, so a flaky test is seen, not hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.PW_JSON ? [['list'], ['json', { outputFile: process.env.PW_JSON }]] : 'list',
  outputDir: 'test-results',
});
