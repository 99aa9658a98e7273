import type { WxtBrowser } from 'wxt/browser';

/**
 * The extension API for the content script's first half: `chrome`, read directly.
 * - wxt/browser picks `browser` when `browser.runtime.id` is set; Chromium now has a `browser`
 *   global too, and reading its `runtime` builds the runtime bindings: ~0.85 ms of the host
 *   page's main thread at every load (trace), for a namespace the pill never uses.
 * - `chrome` takes callbacks in Chromium and in Firefox alike. The pill reads its prefs with a
 *   callback, so its work runs in a call of its own, which the bench's trace sees and times,
 *   rather than in a promise microtask that nothing attributes.
 */
export const extensionApi: WxtBrowser = (globalThis as unknown as { chrome: WxtBrowser }).chrome;
