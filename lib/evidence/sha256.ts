import { createSHA256 } from 'hash-wasm';

/**
 * SHA-256 fed in pieces, from hash-wasm (WebAssembly): a 300 MB lesson video is hashed slice by
 * slice, never held whole in memory, at native-like speed. A hand-written JS SHA-256 ran at about
 * 25 MB/s here, which made storing a video slower than the disk; crypto.subtle cannot hash in
 * pieces. Extension pages allow WebAssembly ('wasm-unsafe-eval' is in the MV3 default CSP).
 */
export interface IncrementalSha256 {
  update(data: Uint8Array): void;
  digestHex(): string;
}

export async function createSha256(): Promise<IncrementalSha256> {
  const hasher = await createSHA256();
  hasher.init();
  return {
    update: (data) => { hasher.update(data); },
    digestHex: () => hasher.digest('hex'),
  };
}

export const HASH_SLICE = 4 * 1024 * 1024;

/** SHA-256 of a Blob without holding more than one slice of it in memory. */
export async function hashBlob(blob: Blob, onProgress?: (done: number) => void): Promise<string> {
  const hash = await createSha256();
  for (let offset = 0; offset < blob.size; offset += HASH_SLICE) {
    hash.update(new Uint8Array(await blob.slice(offset, offset + HASH_SLICE).arrayBuffer()));
    onProgress?.(Math.min(blob.size, offset + HASH_SLICE));
  }
  return hash.digestHex();
}
