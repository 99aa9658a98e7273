import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/define';

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
export type OverlaySide = 'right' | 'left';

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
