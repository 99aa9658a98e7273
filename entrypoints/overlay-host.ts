import { runOverlayHost } from '@/lib/overlay/content-host';

/**
 * The content script of both sites, bundled as a plain script and declared in wxt.config.ts
 * rather than as a WXT content script: WXT's content-script runtime costs the host page about
 * 1.5 ms more at every load (it reads `chrome.runtime` and posts a window message), which the
 * overlay's 5 ms budget cannot spare. lib/overlay/host-lifecycle.ts does its small job instead.
 */
export default defineUnlistedScript(runOverlayHost);
