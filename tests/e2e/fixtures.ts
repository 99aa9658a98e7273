import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error: plain ESM helper shared with `npm run demo` and the bench, no types needed.
import { startSites, hostResolverRules } from '../../scripts/serve-sites.mjs';
import { parseUiPrefs, UI_PREFS_KEYS } from '../../lib/overlay/ui-prefs';
import { uiPrefsScriptPath, UI_PREFS_SCRIPT_ID } from '../../lib/overlay/ui-prefs-script';

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Sites { httpPort: number; httpsPort: number; close(): Promise<void> }

export interface ExtensionFixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Console errors seen on host pages during the test (the extension must add none). */
  pageErrors: string[];
}

export async function launchWithExtension(sites: Sites, extraArgs: string[] = []): Promise<BrowserContext> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-e2e-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--host-resolver-rules=${hostResolverRules(sites)}`,
      '--ignore-certificate-errors',
      ...extraArgs,
    ],
  });
}

export const test = base.extend<ExtensionFixtures, { sites: Sites }>({
  sites: [
    async ({}, use) => {
      const sites = (await startSites({})) as Sites;
      await use(sites);
      await sites.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ sites }, use) => {
    const context = await launchWithExtension(sites);
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker');
    await use(sw);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  pageErrors: async ({ context }, use) => {
    const errors: string[] = [];
    const watch = (page: Page) => {
      page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`); });
      page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    await use(errors);
  },
});

export { expect };

/**
 * Waits until the background's registered UI prefs script is the one for the prefs in storage
 * (lib/overlay/ui-prefs-script.ts). A test that changes a pref and loads a page at once would
 * otherwise race the background's update, which takes some 10-25 ms here.
 */
export async function prefsScriptInStep(serviceWorker: Worker): Promise<void> {
  await expect.poll(async () => {
    const { registered, stored } = await serviceWorker.evaluate(async ([id, keys]) => {
      const [script] = await chrome.scripting.getRegisteredContentScripts({ ids: [id] });
      return { registered: script?.js?.[0], stored: await chrome.storage.local.get(keys) };
    }, [UI_PREFS_SCRIPT_ID, Object.values(UI_PREFS_KEYS)] as const);
    return registered === uiPrefsScriptPath(parseUiPrefs(stored));
  }).toBe(true);
}

/** The overlay lives in a closed shadow root: reach it through the test hook-free host element. */
export const RUANG_GTK = 'https://guru.kemdikbud.go.id';
export const EKINERJA = 'https://kinerja.bkn.go.id';
