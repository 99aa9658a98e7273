import { runOverlayHost } from '@/lib/overlay/content-host';

/**
 * The content script of both sites, bundled as a plain script and declared in wxt.config.ts
 * rather than as a WXT content script: WXT's content-script runtime costs the host page about
 * 1.5 ms more at every load (it reads `chrome.runtime` and posts a window message), which the
 * overlay's 5 ms budget cannot spare. lib/overlay/content-host.ts does the little of it the overlay needs.
 */
export default defineUnlistedScript(runOverlayHost);
