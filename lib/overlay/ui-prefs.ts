// Relative, not '@/': wxt.config.ts loads this module (through ui-prefs-script.ts) to build the prefs scripts.
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/define';

/**
 * Small UI preferences that content scripts need before anything else, kept in
 * `storage.local` (extension storage, not the host page's) so the overlay shell can read
 * them without waking the database. The profile in Dexie stays the source of truth for the
 * language; `saveProfile` mirrors it here.
 *
 * Checked by hand, not with zod: this runs on every page load of the host sites, where zod's
 * start-up would cost more than the whole budget. tests/unit/ui-prefs.test.ts holds this guard
 * to a zod schema of the same shape.
 */
export const UI_PREFS_KEYS = { locale: 'ui.locale', overlayCollapsed: 'ui.overlayCollapsed', overlaySide: 'ui.overlaySide' } as const;

/** The corner the overlay sits in: a page whose own fields are on the right can have it on the left. */
export const OVERLAY_SIDES = ['right', 'left'] as const;
export type OverlaySide = (typeof OVERLAY_SIDES)[number];

export interface UiPrefs {
  readonly locale: Locale;
  /** undefined until the user has toggled the panel once. */
  readonly overlayCollapsed: boolean | undefined;
  readonly overlaySide: OverlaySide;
}

/** A missing, foreign or corrupt value falls back to its default; it never throws. */
export function parseUiPrefs(raw: unknown): UiPrefs {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const locale = record[UI_PREFS_KEYS.locale];
  const collapsed = record[UI_PREFS_KEYS.overlayCollapsed];
  return {
    locale: isLocale(locale) ? locale : DEFAULT_LOCALE,
    overlayCollapsed: typeof collapsed === 'boolean' ? collapsed : undefined,
    overlaySide: record[UI_PREFS_KEYS.overlaySide] === 'left' ? 'left' : 'right',
  };
}

/**
 * The prefs as they are handed to the content script at load, in the isolated world's global
 * `UI_PREFS_GLOBAL`, by a one-line script the background keeps registered for the current prefs
 * (ui-prefs-script.ts): `id-right-unset`, `en-left-open`, … Reading them there costs the host page
 * nothing, where the first `chrome.storage` call of a page sets up the storage bindings on its main
 * thread (~0.6 ms, README "Design notes").
 */
export const UI_PREFS_GLOBAL = '__pendampingKinerjaUiPrefs';

export function encodeUiPrefs(prefs: UiPrefs): string {
  const collapsed = prefs.overlayCollapsed === undefined ? 'unset' : prefs.overlayCollapsed ? 'closed' : 'open';
  return `${prefs.locale}-${prefs.overlaySide}-${collapsed}`;
}

/** The global's value as prefs, or null when it is missing or not one this build writes. */
export function decodeUiPrefs(value: unknown): UiPrefs | null {
  if (typeof value !== 'string') return null;
  const [locale, side, collapsed] = value.split('-');
  if (!isLocale(locale) || (side !== 'right' && side !== 'left')) return null;
  if (collapsed !== 'unset' && collapsed !== 'closed' && collapsed !== 'open') return null;
  return { locale, overlaySide: side, overlayCollapsed: collapsed === 'unset' ? undefined : collapsed === 'closed' };
}
