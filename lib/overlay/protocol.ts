import * as z from 'zod/mini';

/**
 * The private channel between the content script (in the host page) and the overlay frame
 * (extension origin). It is a MessageChannel, so structured clone applies: a File stays a File
 * and never becomes JSON. Both sides validate what they receive with these schemas.
 * The frame imports this directly; the content script loads it only when the panel opens
 * (see channel.ts for why).
 */
import { CONNECT_TYPE } from './channel';


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
