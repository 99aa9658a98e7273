import { LOCALES } from '../i18n/define';
import { EKINERJA_MATCHES, RUANG_GTK_MATCHES } from '../sites/match-patterns';
import { encodeUiPrefs, OVERLAY_SIDES, parseUiPrefs, UI_PREFS_GLOBAL, UI_PREFS_KEYS, type UiPrefs } from './ui-prefs';

/**
 * The UI prefs handed to the content script without an extension call (see UI_PREFS_GLOBAL).
 *
 * The build writes one tiny script per combination of prefs (2 languages × 2 sides × 3 panel
 * states = 12 files under `ui-prefs/`), each setting the global to its own value. The background
 * keeps exactly one of them registered as a content script on the overlay's hosts: the one for
 * the prefs in storage now. So a page that loads gets its prefs with the scripts it was going to
 * run anyway, and the overlay's content script never calls `chrome.storage` at load.
 *
 * Chromium and Firefox register content scripts from files only (no code strings), hence a
 * file per combination. When no such script ran (the registration is missing, or a browser without
 * `scripting`), the content script reads storage as before: the registration speeds the page up,
 * it is never needed for the overlay to be right.
 */
export const UI_PREFS_SCRIPT_ID = 'pendamping-kinerja-ui-prefs';

const PANEL_STATES: readonly (boolean | undefined)[] = [undefined, true, false];

export function uiPrefsScriptPath(prefs: UiPrefs): string {
  return `ui-prefs/${encodeUiPrefs(prefs)}.js`;
}

export function uiPrefsScriptSource(prefs: UiPrefs): string {
  return `globalThis.${UI_PREFS_GLOBAL} = ${JSON.stringify(encodeUiPrefs(prefs))};\n`;
}

export function everyUiPrefs(): UiPrefs[] {
  return LOCALES.flatMap((locale) =>
    OVERLAY_SIDES.flatMap((overlaySide) => PANEL_STATES.map((overlayCollapsed) => ({ locale, overlaySide, overlayCollapsed }))));
}

/** The files the build adds to the extension (wxt.config.ts, hook `build:publicAssets`). */
export function uiPrefsScriptFiles(): { relativeDest: string; contents: string }[] {
  return everyUiPrefs().map((prefs) => ({ relativeDest: uiPrefsScriptPath(prefs), contents: uiPrefsScriptSource(prefs) }));
}

/** The part of `browser.scripting` the sync uses, so tests can hand in a fake. */
export interface ContentScriptRegistry {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string; js?: string[]; persistAcrossSessions?: boolean }[]>;
  registerContentScripts(scripts: RegisteredUiPrefsScript[]): Promise<unknown>;
  updateContentScripts(scripts: RegisteredUiPrefsScript[]): Promise<unknown>;
}

export interface RegisteredUiPrefsScript {
  id: string;
  js: string[];
  matches: string[];
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

export interface PrefsStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

/** Whether a storage change touches the prefs the registered script carries. */
export function touchesUiPrefs(changes: Record<string, unknown>, area: string): boolean {
  if (area !== 'local') return false;
  for (const key of Object.values(UI_PREFS_KEYS)) if (key in changes) return true;
  return false;
}

/**
 * Returns `sync()`: registers the script for the prefs in storage, or points the registered one at
 * it. Calls run one after another, so two quick changes cannot both find nothing registered and
 * register twice (the second would fail on the duplicate id). A failure is left for the next sync:
 * until then, pages read storage themselves.
 */
export function createUiPrefsScriptSync(storage: PrefsStorage, registry: ContentScriptRegistry): () => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  const syncOnce = async () => {
    const prefs = parseUiPrefs(await storage.get(Object.values(UI_PREFS_KEYS)));
    const file = uiPrefsScriptPath(prefs);
    const script: RegisteredUiPrefsScript = {
      id: UI_PREFS_SCRIPT_ID,
      js: [file],
      matches: [...RUANG_GTK_MATCHES, ...EKINERJA_MATCHES],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    };
    const [registered] = await registry.getRegisteredContentScripts({ ids: [UI_PREFS_SCRIPT_ID] });
    if (!registered) await registry.registerContentScripts([script]);
    // The whole script, not only `js`: Chromium resets what an update leaves out
    // (persistAcrossSessions turned false when only js was given).
    else if (registered.js?.length !== 1 || registered.js[0] !== file || !registered.persistAcrossSessions) await registry.updateContentScripts([script]);
  };
  return () => (queue = queue.then(syncOnce).catch(() => undefined));
}
