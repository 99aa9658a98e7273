import * as z from 'zod/mini';

/**
 * The private channel between the content script (in the host page) and the overlay frame
 * (extension origin). It is a MessageChannel, so structured clone applies: a File stays a File
 * and never becomes JSON. Both sides validate what they receive with these schemas.
 * zod/mini keeps the content script inside its size budget.
 */
export const CONNECT_TYPE = 'pendamping-kinerja/connect';

export const nonceSchema = z.string().check(z.minLength(32), z.maxLength(32));
export const connectMessage = z.object({ type: z.literal(CONNECT_TYPE), nonce: nonceSchema });

const siteId = z.enum(['ruang-gtk', 'ekinerja']);

export const pageContext = z.object({
  site: siteId,
  /** lib/sites adapter id, or null when the page is not recognised. */
  pageId: z.nullable(z.string()),
  stage: z.nullable(z.enum(['perencanaan', 'pelaksanaan', 'penilaian'])),
  step: z.nullable(z.string()),
  url: z.string(),
  title: z.string(),
});
export type PageContext = z.infer<typeof pageContext>;

/** Content script → overlay frame. */
export const toFrameMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page'), page: pageContext }),
]);
export type ToFrameMessage = z.infer<typeof toFrameMessage>;

/** Overlay frame → content script. */
export const toHostMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('collapse') }),
  /** The frame's content height, so the panel covers no more of the page than it needs. */
  z.object({ type: z.literal('resize'), height: z.number().check(z.gte(0), z.lte(10_000)) }),
]);
export type ToHostMessage = z.infer<typeof toHostMessage>;

export function randomNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
