/**
 * The part of the extension's `chrome` the end-to-end tests call. Those calls are function bodies
 * that Playwright runs in the extension's service worker (`serviceWorker.evaluate`), not in Node.
 */
declare const chrome: {
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string; js?: string[]; persistAcrossSessions?: boolean; runAt?: string }[]>;
    updateContentScripts(scripts: { id: string; js: string[]; persistAcrossSessions: boolean }[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  action: { getBadgeText(details: object): Promise<string> };
  alarms: { getAll(): Promise<{ name: string }[]> };
};
