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
