/**
 * Moving file bodies between the overlay frame and the background. Chrome's runtime messaging
 * is JSON only, so a File crosses as numbered base64 slices over a runtime port, with its
 * declared size, type and name, and a SHA-256 the receiver checks before anything is stored.
 * The sender waits for acknowledgements (a small window in flight), so neither side ever holds
 * more than a few slices in memory.
 */
import { z } from 'zod';
import { evidenceMetaInput } from './model';
import type { ErrorPayload } from './describe';

export const UPLOAD_PORT = 'pendamping-kinerja/evidence-upload';
export const CHUNK_SIZE = 1024 * 1024;
/** In-flight slices: enough to keep the port busy, few enough to keep memory flat. */
export const WINDOW = 4;
/** Largest file accepted through the overlay; bigger ones are added on the app page. */
export const MAX_TRANSFER_BYTES = 1024 * 1024 * 1024;

type WithBase64 = { toBase64?: () => string };
type FromBase64 = { fromBase64?: (s: string) => Uint8Array };

export function toBase64(bytes: Uint8Array): string {
  const native = (bytes as unknown as WithBase64).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const native = (Uint8Array as unknown as FromBase64).fromBase64;
  if (typeof native === 'function') return native(text);
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

const sha = z.string().regex(/^[0-9a-f]{64}$/);

export const uploadClientMessage = z.discriminatedUnion('t', [
  z.object({
    t: z.literal('begin'),
    name: z.string().min(1).max(255),
    type: z.string().max(200),
    size: z.number().int().nonnegative(),
    meta: evidenceMetaInput,
  }),
  z.object({ t: z.literal('chunk'), seq: z.number().int().nonnegative(), data: z.string().max(Math.ceil((CHUNK_SIZE * 4) / 3) + 8) }),
  z.object({ t: z.literal('end'), sha256: sha }),
]);
export type UploadClientMessage = z.input<typeof uploadClientMessage>;

export type UploadServerMessage =
  | { t: 'ack'; seq: number }
  | { t: 'done'; id: string; title: string; duplicateOf: string | null }
  | { t: 'error'; error: ErrorPayload };

/** Body slices for attach: the frame asks, the background answers one slice per request. */
export const BODY_CHUNK_MAX = 4 * 1024 * 1024;
