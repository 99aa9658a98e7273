import { test as base, chromium, expect, type Browser, type BrowserContext, type Page, type Worker } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error: plain ESM helper shared with `npm run demo` and the bench, no types needed.
import { startSites, hostResolverRules } from '../../scripts/serve-sites.mjs';

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

/** Each launched context's user-data-dir: its DevToolsActivePort file leads to the side panel. */
const profiles = new WeakMap<BrowserContext, string>();

export async function launchWithExtension(sites: Sites, extraArgs: string[] = []): Promise<BrowserContext> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
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
      // A second CDP endpoint: Playwright's own connection never lists the side panel (see sidePanelOf).
      '--remote-debugging-port=0',
      ...extraArgs,
    ],
  });
  profiles.set(context, profile);
  welcomes.set(context, welcomeOpened(context));
  return context;
}

/**
 * A fresh install opens the welcome tab (lib/first-run) a moment after launch, on top of
 * whatever the test opened. Resolves once it is there (or after 10 s), so a test that needs its
 * own tab in front can bring that tab forward after it.
 */
const welcomes = new WeakMap<BrowserContext, Promise<void>>();
function welcomeOpened(context: BrowserContext): Promise<void> {
  const isWelcome = (p: Page) => p.url().includes('#/selamat-datang');
  return new Promise<void>((resolve) => {
    const done = () => { clearTimeout(timer); context.off('page', onPage); resolve(); };
    const onPage = (p: Page) => { if (isWelcome(p)) done(); else p.waitForURL(/#\/selamat-datang/, { timeout: 10_000 }).then(done, () => undefined); };
    const timer = setTimeout(done, 10_000);
    context.on('page', onPage);
    if (context.pages().some(isWelcome)) done();
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

export const RUANG_GTK = 'https://guru.kemdikbud.go.id';
export const EKINERJA = 'https://kinerja.bkn.go.id';

/**
 * The pill lives in a closed shadow root, which no page script and no Playwright locator can
 * enter. CDP's DOM domain can (`pierce`): the tests read it there, and click it with the mouse,
 * as a person would (a trusted click).
 */
export interface PillView { page: string; stage: string; title: string; state: string | null; left: boolean; ariaLabel: string; why: string | null; center: { x: number; y: number } | null }

interface DomNode { nodeId: number; nodeName: string; nodeValue?: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] }

export async function readPill(page: Page): Promise<PillView | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (node: DomNode, test: (n: DomNode) => boolean): DomNode | null => {
      if (test(node)) return node;
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
        const hit = find(child, test);
        if (hit) return hit;
      }
      return null;
    };
    const attr = (n: DomNode | null, name: string) => {
      const a = n?.attributes ?? [];
      for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1]!;
      return null;
    };
    const host = find(root, (n) => n.nodeName === 'PENDAMPING-KINERJA');
    const shadow = host?.shadowRoots?.[0];
    if (!host || !shadow) return null;
    const byClass = (cls: string) => find(shadow, (n) => (attr(n, 'class') ?? '').split(' ').includes(cls));
    const text = (n: DomNode | null): string => (n ? (n.nodeValue ?? '') + (n.children ?? []).map(text).join('') : '');
    const region = byClass('pk');
    const pill = byClass('pill');
    let center: PillView['center'] = null;
    if (pill && attr(host, 'hidden') === null) {
      try {
        const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: pill.nodeId })) as { model: { border: number[] } };
        const q = model.border;
        center = { x: (q[0]! + q[4]!) / 2, y: (q[1]! + q[5]!) / 2 };
      } catch { /* not laid out */ }
    }
    return {
      page: text(byClass('pill-page')),
      stage: text(byClass('pill-stage')),
      title: text(byClass('pill-title')),
      state: attr(region, 'data-state'),
      left: (attr(region, 'class') ?? '').split(' ').includes('left'),
      ariaLabel: attr(pill, 'aria-label') ?? '',
      why: attr(pill, 'data-why'),
      center,
    };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export async function pillLabel(page: Page): Promise<string | undefined> {
  return (await readPill(page))?.page;
}

/** A teacher acts on the tab in front; the install's welcome tab opens on top of the test's tab. */
export async function bringToFrontAfterWelcome(page: Page): Promise<void> {
  await welcomes.get(page.context());
  await page.bringToFront();
}

/** A real mouse click on the pill (trusted), once it is drawn. */
export async function clickPill(page: Page): Promise<void> {
  await bringToFrontAfterWelcome(page);
  let center: PillView['center'] = null;
  await expect.poll(async () => (center = (await readPill(page))?.center ?? null)).not.toBeNull();
  await page.mouse.click(center!.x, center!.y);
}

/**
 * The side panel as a Playwright page. Playwright never lists it in `context.pages()`; a new
 * CDP connection made after it opened does (README of issue 18, "Testing the side panel headless").
 */
export async function sidePanelOf(context: BrowserContext, timeout = 15_000): Promise<{ panel: Page; cdp: Browser }> {
  const profile = profiles.get(context);
  if (!profile) throw new Error('context not launched by launchWithExtension');
  const portFile = path.join(profile, 'DevToolsActivePort');
  let found: { panel: Page; cdp: Browser } | null = null;
  await expect.poll(async () => {
    if (!fs.existsSync(portFile)) return false;
    const port = fs.readFileSync(portFile, 'utf8').split('\n')[0];
    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const panel = cdp.contexts().flatMap((c) => c.pages()).find((p) => p.url().endsWith('/sidepanel.html'));
    if (panel) { found = { panel, cdp }; return true; }
    await cdp.close();
    return false;
  }, { timeout }).toBe(true);
  return found!;
}

/** Opens the side panel with a trusted click on the tab's pill and returns it. */
export async function openSidePanel(page: Page): Promise<{ panel: Page; cdp: Browser }> {
  await clickPill(page);
  return sidePanelOf(page.context());
}
