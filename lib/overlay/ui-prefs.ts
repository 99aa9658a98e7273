import * as z from 'zod/mini';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/i18n/define';

/**
 * Small UI preferences that content scripts need before anything else, kept in
 * `storage.local` (extension storage, not the host page's) so the overlay shell can read
 * them without waking the database. The profile in Dexie stays the source of truth for the
 * language; `saveProfile` mirrors it here.
 */
export const UI_PREFS_KEYS = { locale: 'ui.locale', overlayCollapsed: 'ui.overlayCollapsed' } as const;

/**
 * Bumped in storage.local after data changes, so contexts that cannot watch the database
 * (the overlay frame, content scripts) know when to ask the background again.
 */
export const DATA_REVISION_KEY = 'data.revision';

const uiPrefs = z.object({
  [UI_PREFS_KEYS.locale]: z.optional(z.enum(LOCALES)),
  [UI_PREFS_KEYS.overlayCollapsed]: z.optional(z.boolean()),
});

export interface UiPrefs {
  readonly locale: Locale;
  /** undefined until the user has toggled the panel once. */
  readonly overlayCollapsed: boolean | undefined;
}

export function parseUiPrefs(raw: unknown): UiPrefs {
  const parsed = uiPrefs.safeParse(raw);
  // A corrupt value must not break the overlay: fall back to defaults.
  if (!parsed.success) return { locale: DEFAULT_LOCALE, overlayCollapsed: undefined };
  return {
    locale: parsed.data[UI_PREFS_KEYS.locale] ?? DEFAULT_LOCALE,
    overlayCollapsed: parsed.data[UI_PREFS_KEYS.overlayCollapsed],
  };
}
