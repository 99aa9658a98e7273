import { locateSite } from '@/lib/sites/recognise';

/** The side panel's page (WXT's `sidepanel` entrypoint). */
export const SIDE_PANEL_PATH = 'sidepanel.html';

/**
 * Whether the side panel belongs on a tab with this URL: the four hosts, and on Rumah
 * Pendidikan only under Ruang GTK, exactly where the content script runs. The URL is known only
 * for these hosts (host permissions, no `tabs` permission); any other tab's is undefined.
 */
export function sidePanelFits(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && locateSite(u.hostname, u.pathname) !== null;
  } catch {
    return false;
  }
}

/** The slice of Chrome's `sidePanel` API the background uses (absent in Firefox, which has `sidebarAction`). */
export interface SidePanelApi {
  setOptions(options: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
  open(options: { tabId: number }): Promise<void>;
}

/**
 * Opens the side panel for the tab whose pill was clicked. Both calls are made at once, in the
 * same task as the content script's message: Chromium lets `open` through only while the
 * click's user gesture lasts, and an `await` before it would lose it.
 */
export function openSidePanelFor(api: SidePanelApi, tabId: number): Promise<void> {
  const enabled = api.setOptions({ tabId, path: SIDE_PANEL_PATH, enabled: true });
  const opened = api.open({ tabId });
  return Promise.all([enabled, opened]).then(() => undefined);
}

/** Enabled on the four hosts' tabs, disabled on every other: it never shows beside another site. */
export function syncSidePanelForTab(api: SidePanelApi, tabId: number, url: string | undefined): Promise<void> {
  return sidePanelFits(url)
    ? api.setOptions({ tabId, path: SIDE_PANEL_PATH, enabled: true })
    : api.setOptions({ tabId, enabled: false });
}

/** Firefox's `sidebarAction` and the `windows` call the fallback needs (tests pass fakes). */
export interface SidebarApi { open(): Promise<void> }
export interface PanelWindowApi {
  create(options: { url: string; type: 'popup'; width: number; height: number }): Promise<{ id?: number }>;
  remove(windowId: number): Promise<void>;
}

/** The side panel page bound to one tab: used where it cannot sit beside the tab (Firefox's refusal below). */
export const sidePanelForTab = (tabId: number) => `${SIDE_PANEL_PATH}?tab=${tabId}`;

/** `?tab=N` of the side panel's own address, or null when it follows the active tab (the real side panel). */
export function boundTabOf(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  return raw !== null && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

/**
 * Firefox opens its sidebar only inside a user action of an extension page (toolbar button,
 * menu, shortcut): a pill click reaches the background as a content script's message, and
 * Firefox refuses `sidebarAction.open()` there (measured in tests/firefox/run.mjs, firefox-esr).
 * The same side panel page then opens in a small window of its own, bound to the clicked tab;
 * one such window at a time (the previous one is closed).
 */
export function createSidebarOpener(sidebar: SidebarApi | undefined, windows: PanelWindowApi, url: (path: string) => string) {
  let last: number | undefined;
  return async (tabId: number): Promise<'sidebar' | 'window'> => {
    try {
      if (!sidebar) throw new Error('no sidebar');
      await sidebar.open();
      return 'sidebar';
    } catch {
      if (last !== undefined) await windows.remove(last).catch(() => undefined);
      const created = await windows.create({ url: url(sidePanelForTab(tabId)), type: 'popup', width: 420, height: 720 });
      last = created.id;
      return 'window';
    }
  };
}
