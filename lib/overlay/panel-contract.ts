import type { Locale } from '@/lib/i18n/define';
import type { OverlaySide } from './ui-prefs';
import type { Recognition } from '@/lib/sites/recognise';

/**
 * The seam between the two halves of the content script, which run in the same isolated world
 * but ship as two files:
 * - `overlay-host.js` (content-host.ts) runs on every page load and draws only the pill;
 * - `overlay-panel.js` (panel-host.ts) is loaded with dynamic import() when the user first
 *   opens the panel (or drops a file on the pill). It brings the panel, the frame, the channel
 *   and its zod validators, and the page-field code for attaching and filling.
 * Every line the pill does not need stays out of the first file, because the host page pays
 * for compiling it at each load (V8 compiles content scripts from source every time).
 */
export const PANEL_SCRIPT = '/overlay-panel.js';
/** Where `overlay-panel.js` leaves its factory, in the content script's isolated world only. */
export const PANEL_GLOBAL = '__pendampingKinerjaPanel';

export interface PanelState {
  readonly recognition: Recognition;
  readonly locale: Locale;
  readonly collapsed: boolean;
  readonly side: OverlaySide;
}

/** What the pill half lends the panel half. */
export interface PanelHost {
  /** The shadow-root region the panel is added to, next to the pill. */
  readonly region: HTMLElement;
  /** The pill's part of opening or closing: its state and its drawing (it then renders the panel). */
  showCollapsed(collapsed: boolean): void;
  /** The pill's part of moving the overlay to the other corner. */
  showSide(side: OverlaySide): void;
  focusPill(): void;
  /** The extension is gone (updated or removed): the overlay leaves the page. */
  detach(): void;
  /** A timer that does not fire once this overlay instance is gone. */
  setTimeout(fn: () => void, ms: number): number;
}

export interface OverlayPanel {
  render(state: PanelState): void;
  /** The user opens or closes the panel: the choice is kept for the next pages, focus follows. */
  setCollapsed(collapsed: boolean, focus: boolean): Promise<void>;
  /** Files dropped on the overlay: the panel opens and they go to the frame, which stores them through the background. */
  dropFiles(files: readonly File[]): void;
  /** The page changed without a reload: its fields are looked for again once it has drawn them. */
  onNavigate(): void;
  focus(): void;
  dispose(): void;
}

export type CreatePanel = (host: PanelHost) => OverlayPanel;
