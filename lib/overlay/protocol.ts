import * as z from 'zod/mini';

/**
 * The private channel between the content script (in the host page) and the overlay frame
 * (extension origin). It is a MessageChannel, so structured clone applies: a File stays a File
 * and never becomes JSON. Both sides validate what they receive with these schemas.
 * The frame imports this directly; the content script has it in its panel half only
 * (overlay-panel.js): zod's start-up cost ~30 ms of the host page's main thread, so the
 * pill half never loads it (see panel-contract.ts).
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

/** A file input the page shows (evidence attach), by its position in the content script's last scan. */
export const fileTarget = z.object({
  index: z.number().check(z.int(), z.nonnegative()),
  accept: z.string().check(z.maxLength(500)),
  label: z.string().check(z.maxLength(200)),
  multiple: z.boolean(),
});
export type FileTarget = z.infer<typeof fileTarget>;

const fileList = z.array(z.instanceof(File)).check(z.maxLength(50));

/** Content script → overlay frame. */
export const toFrameMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page'), page: pageContext }),
  /** Files dropped on the overlay shell (structured clone: still Files). */
  z.object({ type: z.literal('files'), files: fileList }),
  /** File inputs and e-Kinerja "Nama/Link Bukti Dukung" fields found on the page. */
  z.object({ type: z.literal('targets'), fileInputs: z.array(fileTarget).check(z.maxLength(20)), linkFields: z.boolean() }),
  z.object({ type: z.literal('attach-result'), index: z.number(), ok: z.boolean() }),
  z.object({ type: z.literal('fill-result'), ok: z.boolean() }),
]);
export type ToFrameMessage = z.infer<typeof toFrameMessage>;

/** Overlay frame → content script. */
export const toHostMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('collapse') }),
  /** Look for file inputs and link fields again. */
  z.object({ type: z.literal('scan') }),
  /** Put this file into the page's file input (DataTransfer + input/change). Never submits. */
  z.object({ type: z.literal('attach'), index: z.number(), file: z.instanceof(File) }),
  /** Fill e-Kinerja "Nama Bukti Dukung" and "Link Bukti Dukung" (native setter + input/change). Never submits. */
  z.object({ type: z.literal('fill-link'), name: z.string().check(z.maxLength(400)), url: z.string().check(z.maxLength(4000)) }),
  /** The frame's content height, so the panel covers no more of the page than it needs. */
  z.object({ type: z.literal('resize'), height: z.number().check(z.gte(0), z.lte(10_000)) }),
]);
export type ToHostMessage = z.infer<typeof toHostMessage>;
