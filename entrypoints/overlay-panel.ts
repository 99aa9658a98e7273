import '@/lib/zod-config';
import { createPanel } from '@/lib/overlay/panel-host';
import { PANEL_GLOBAL, type CreatePanel } from '@/lib/overlay/panel-contract';

/**
 * The overlay's second half, loaded by the content script with dynamic import() when the panel
 * first opens. It runs in the content script's isolated world, so the page never sees the global.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[PANEL_GLOBAL] = createPanel satisfies CreatePanel;
});
