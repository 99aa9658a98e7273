import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/define';

/**
 * What the pill needs before anything else, kept in `storage.local` (extension storage, not the
 * host page's) so the content script reads it with one call and never wakes the database:
 * the language, the corner, and the stage with its days left. The profile in Dexie stays the
 * source of truth for the language (`saveProfile` mirrors it here); the background writes the
 * stage line whenever it updates the badge (lib/reminders/background.ts).
 *
 * Checked by hand, not with zod: this runs on every page load of the host sites, where zod's
 * start-up would cost more than the whole budget. tests/unit/overlay-protocol.test.ts holds this
 * guard to a zod schema of the same shape.
 */
export const UI_PREFS_KEYS = { locale: 'ui.locale', overlaySide: 'ui.overlaySide', pillStatus: 'ui.pillStatus', sidePanelAt: 'ui.sidePanelAt' } as const;

/**
 * An open side panel writes the time to `ui.sidePanelAt` every SIDE_PANEL_BEAT ms. A page loaded
 * while it is fresh listens for the side panel at once; any other page only once its pill is
 * clicked. Registering that listener sets up the runtime bindings on the page's main thread
 * (~1 ms), which most page loads, with no side panel open, then never pay.
 */
export const SIDE_PANEL_BEAT = 15_000;
export function sidePanelFresh(raw: unknown, now: number): boolean {
  const at = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[UI_PREFS_KEYS.sidePanelAt] : undefined;
  return typeof at === 'number' && now - at >= -1000 && now - at < SIDE_PANEL_BEAT * 2;
}

/** The corner the pill sits in: a page whose own fields are on the right can have it on the left. */
export const OVERLAY_SIDES = ['right', 'left'] as const;
export type OverlaySide = (typeof OVERLAY_SIDES)[number];

export const PILL_STAGES = ['perencanaan', 'pelaksanaan', 'penilaian'] as const;

/** The running stage and the days left in its nearest open window, for the pill. */
export interface PillStatus {
  readonly stage: (typeof PILL_STAGES)[number];
  readonly daysLeft: number;
}

export interface UiPrefs {
  readonly locale: Locale;
  readonly overlaySide: OverlaySide;
  readonly pillStatus: PillStatus | null;
}

/** Stored as `stage:days`, e.g. `pelaksanaan:12`: one short string, checked by hand. */
export function encodePillStatus(status: PillStatus | null): string {
  return status ? `${status.stage}:${status.daysLeft}` : '';
}

export function decodePillStatus(value: unknown): PillStatus | null {
  if (typeof value !== 'string') return null;
  const at = value.indexOf(':');
  const stage = value.slice(0, at);
  const days = value.slice(at + 1);
  if (at < 0 || !(PILL_STAGES as readonly string[]).includes(stage) || !/^\d{1,4}$/.test(days)) return null;
  return { stage: stage as PillStatus['stage'], daysLeft: Number(days) };
}

/** A missing, foreign or corrupt value falls back to its default; it never throws. */
export function parseUiPrefs(raw: unknown): UiPrefs {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const locale = record[UI_PREFS_KEYS.locale];
  return {
    locale: isLocale(locale) ? locale : DEFAULT_LOCALE,
    overlaySide: record[UI_PREFS_KEYS.overlaySide] === 'left' ? 'left' : 'right',
    pillStatus: decodePillStatus(record[UI_PREFS_KEYS.pillStatus]),
  };
}
