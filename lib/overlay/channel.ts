/**
 * The private channel between the content script and the overlay frame: the frame accepts a
 * MessagePort only from whoever knows the nonce, which the background relays (the page cannot).
 */
export const CONNECT_TYPE = 'pendamping-kinerja/connect';

export function randomNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
