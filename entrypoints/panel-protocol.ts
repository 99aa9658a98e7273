import '@/lib/zod-config';
import { toHostMessage } from '@/lib/overlay/protocol';
import { PROTOCOL_GLOBAL, type ProtocolValidators } from '@/lib/overlay/channel';

/**
 * Loaded by the content script with dynamic import() when the panel first opens; it runs in the
 * content script's isolated world (the page cannot see the global), keeping zod off page load.
 */
export default defineUnlistedScript(() => {
  const validators: ProtocolValidators = { toHostMessage };
  (globalThis as Record<string, unknown>)[PROTOCOL_GLOBAL] = validators;
});
