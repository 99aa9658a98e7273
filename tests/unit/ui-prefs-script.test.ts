import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { decodeUiPrefs, encodeUiPrefs, UI_PREFS_GLOBAL, UI_PREFS_KEYS, type UiPrefs } from '@/lib/overlay/ui-prefs';
import {
  createUiPrefsScriptSync, everyUiPrefs, touchesUiPrefs, uiPrefsScriptFiles, uiPrefsScriptPath, UI_PREFS_SCRIPT_ID,
  type ContentScriptRegistry, type RegisteredUiPrefsScript,
} from '@/lib/overlay/ui-prefs-script';
import { EKINERJA_MATCHES, RUANG_GTK_MATCHES } from '@/lib/sites/match-patterns';

describe('UI prefs handed to the content script', () => {
  it('has one script per combination of prefs, each setting the global to prefs that decode back', () => {
    const files = uiPrefsScriptFiles();
    expect(files).toHaveLength(12);
    expect(new Set(files.map((f) => f.relativeDest)).size).toBe(12);
    for (const [i, prefs] of everyUiPrefs().entries()) {
      const file = files[i]!;
      expect(file.relativeDest).toBe(uiPrefsScriptPath(prefs));
      expect(file.relativeDest).toMatch(/^ui-prefs\/[a-z]+-(right|left)-(unset|closed|open)\.js$/);
      // Run as the browser runs it: a script in a fresh global.
      const world: Record<string, unknown> = {};
      vm.runInNewContext(file.contents, vm.createContext(world));
      expect(decodeUiPrefs(world[UI_PREFS_GLOBAL])).toEqual(prefs);
    }
  });

  it('round-trips every combination, and tells an unset panel state from a closed one', () => {
    for (const prefs of everyUiPrefs()) expect(decodeUiPrefs(encodeUiPrefs(prefs))).toEqual(prefs);
    expect(encodeUiPrefs({ locale: 'id', overlaySide: 'right', overlayCollapsed: undefined })).toBe('id-right-unset');
    expect(encodeUiPrefs({ locale: 'en', overlaySide: 'left', overlayCollapsed: false })).toBe('en-left-open');
  });

  it.each([undefined, null, 3, '', 'id', 'id-right', 'fr-right-open', 'id-up-open', 'id-right-maybe', 'id-right-toString', 'ID-RIGHT-OPEN', {}])(
    'refuses %j, so the content script reads storage instead',
    (value) => expect(decodeUiPrefs(value)).toBeNull(),
  );

  it('reacts to changes of the UI prefs in local storage only', () => {
    expect(touchesUiPrefs({ [UI_PREFS_KEYS.overlaySide]: {} }, 'local')).toBe(true);
    expect(touchesUiPrefs({ [UI_PREFS_KEYS.locale]: {}, other: {} }, 'local')).toBe(true);
    expect(touchesUiPrefs({ [UI_PREFS_KEYS.overlaySide]: {} }, 'session')).toBe(false);
    expect(touchesUiPrefs({ 'data.revision': {} }, 'local')).toBe(false);
  });
});

/** A registry that behaves as Chromium's: ids are unique, and an update replaces what it names. */
function fakeRegistry(options: { failRegister?: number } = {}) {
  const scripts = new Map<string, RegisteredUiPrefsScript>();
  const calls: string[] = [];
  let failures = options.failRegister ?? 0;
  const registry: ContentScriptRegistry = {
    async getRegisteredContentScripts({ ids }) {
      await Promise.resolve();
      return ids.flatMap((id) => (scripts.has(id) ? [structuredClone(scripts.get(id)!)] : []));
    },
    async registerContentScripts(list) {
      await Promise.resolve();
      calls.push('register');
      if (failures-- > 0) throw new Error('quota');
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, structuredClone(s));
      }
    },
    async updateContentScripts(list) {
      await Promise.resolve();
      calls.push('update');
      for (const s of list) scripts.set(s.id, structuredClone(s));
    },
  };
  return { registry, scripts, calls };
}

function memoryStorage(initial: Record<string, unknown> = {}) {
  const data = { ...initial };
  return {
    data,
    async get(keys: string[]) {
      return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]]));
    },
  };
}

const fileOf = (prefs: UiPrefs) => uiPrefsScriptPath(prefs);

describe('the background keeps one prefs script registered', () => {
  it('registers the script for the stored prefs on the overlay hosts, kept across sessions', async () => {
    const storage = memoryStorage({ [UI_PREFS_KEYS.locale]: 'en' });
    const { registry, scripts } = fakeRegistry();
    await createUiPrefsScriptSync(storage, registry)();
    expect(scripts.get(UI_PREFS_SCRIPT_ID)).toEqual({
      id: UI_PREFS_SCRIPT_ID,
      js: [fileOf({ locale: 'en', overlaySide: 'right', overlayCollapsed: undefined })],
      matches: [...RUANG_GTK_MATCHES, ...EKINERJA_MATCHES],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
  });

  it('points the registered script at the new file when the prefs change, and leaves it alone when they did not', async () => {
    const storage = memoryStorage();
    const { registry, scripts, calls } = fakeRegistry();
    const sync = createUiPrefsScriptSync(storage, registry);
    await sync();
    await sync();
    expect(calls).toEqual(['register']);
    storage.data[UI_PREFS_KEYS.overlaySide] = 'left';
    storage.data[UI_PREFS_KEYS.overlayCollapsed] = false;
    await sync();
    expect(calls).toEqual(['register', 'update']);
    expect(scripts.get(UI_PREFS_SCRIPT_ID)!.js).toEqual([fileOf({ locale: 'id', overlaySide: 'left', overlayCollapsed: false })]);
    expect(scripts.get(UI_PREFS_SCRIPT_ID)!.persistAcrossSessions).toBe(true);
  });

  it('repairs a registration that would not survive a restart', async () => {
    const storage = memoryStorage();
    const { registry, scripts, calls } = fakeRegistry();
    const sync = createUiPrefsScriptSync(storage, registry);
    await sync();
    scripts.get(UI_PREFS_SCRIPT_ID)!.persistAcrossSessions = false;
    await sync();
    expect(calls).toEqual(['register', 'update']);
    expect(scripts.get(UI_PREFS_SCRIPT_ID)!.persistAcrossSessions).toBe(true);
  });

  it('runs quick changes one after another: no duplicate registration, and the last prefs win', async () => {
    const storage = memoryStorage();
    const { registry, scripts, calls } = fakeRegistry();
    const sync = createUiPrefsScriptSync(storage, registry);
    const first = sync();
    storage.data[UI_PREFS_KEYS.locale] = 'en';
    const second = sync();
    await Promise.all([first, second]);
    expect(calls.filter((c) => c === 'register')).toHaveLength(1);
    expect(scripts.get(UI_PREFS_SCRIPT_ID)!.js).toEqual([fileOf({ locale: 'en', overlaySide: 'right', overlayCollapsed: undefined })]);
  });

  it('survives a failed registration and registers at the next sync', async () => {
    const storage = memoryStorage();
    const { registry, scripts } = fakeRegistry({ failRegister: 1 });
    const sync = createUiPrefsScriptSync(storage, registry);
    await expect(sync()).resolves.toBeUndefined();
    expect(scripts.size).toBe(0);
    await sync();
    expect(scripts.get(UI_PREFS_SCRIPT_ID)!.js).toEqual([fileOf({ locale: 'id', overlaySide: 'right', overlayCollapsed: undefined })]);
  });
});
