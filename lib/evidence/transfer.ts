/**
 * File bodies as text. Runtime messaging is JSON only, so a stored file crosses from the side
 * panel to the page's content script as base64 slices (components/sidepanel/tab-client.ts), each
 * at most BODY_CHUNK_MAX bytes before encoding.
 */

type WithBase64 = { toBase64?: () => string };

export function toBase64(bytes: Uint8Array): string {
  const native = (bytes as unknown as WithBase64).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Largest body slice one message carries. */
export const BODY_CHUNK_MAX = 4 * 1024 * 1024;
