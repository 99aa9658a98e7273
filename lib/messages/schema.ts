import { z } from 'zod';
import { evidenceRequests } from '@/lib/evidence/messages';

/**
 * Messages to the background service worker. Everything that arrives is parsed with this
 * schema first; anything else is answered with an error and otherwise ignored.
 */
export const appRoute = z.string().regex(/^\/[a-z0-9\-/]*$/, 'rute aplikasi tidak sah');
const nonce = z.string().regex(/^[0-9a-f]{32}$/);

export const backgroundRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  z.object({ type: z.literal('open-app'), route: appRoute.default('/') }),
  /** Content script: "the overlay frame I am about to open in this tab may trust this nonce". */
  z.object({ type: z.literal('overlay-register'), nonce }),
  /** Overlay frame: "which nonce did my tab's content script register?" (answered once). */
  z.object({ type: z.literal('overlay-claim') }),
  /** Overlay frame: its storage is partitioned under the host site, so it reads data through here. */
  z.object({ type: z.literal('get-profile') }),
  /** Overlay frame: the checklist view (lib/checklist/view) for the profile's period, with "today" from the clock. */
  z.object({ type: z.literal('get-checklist') }),
  /** Overlay frame: a tick or untick by hand. */
  z.object({
    type: z.literal('set-checklist-item'),
    periodId: z.string().regex(/^\d{4}(-\d)?$/),
    stageId: z.enum(['perencanaan', 'pelaksanaan', 'penilaian']),
    stepId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    done: z.boolean(),
  }),
  /** Overlay frame: evidence offers, "Simpan link halaman ini", file bodies for attach (lib/evidence/messages.ts). */
  ...evidenceRequests,
]);
export type BackgroundRequest = z.infer<typeof backgroundRequest>;

export type BackgroundResponse =
  | { ok: true; result?: unknown }
  | { ok: false; error: string };
