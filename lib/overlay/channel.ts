/**
 * What the content script needs of the frame channel at load: constants and types only.
 * The zod/mini validators (protocol.ts) are NOT imported here: zod's initialisation alone cost
 * ~30 ms of the host page's main thread (Chromium trace on this machine), six times the whole
 * budget. The content script loads them with the panel, through `panel-protocol.js`.
 */
import type { toHostMessage } from './protocol';

export const CONNECT_TYPE = 'pendamping-kinerja/connect';
/** Where `panel-protocol.js` leaves the validators, in the content script's isolated world. */
export const PROTOCOL_GLOBAL = '__pendampingKinerjaProtocol';
export const PROTOCOL_SCRIPT = '/panel-protocol.js';

export interface ProtocolValidators {
  readonly toHostMessage: typeof toHostMessage;
}

export function randomNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
