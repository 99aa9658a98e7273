import { z } from 'zod';

/**
 * Messages to the background service worker. Everything that arrives is parsed with this
 * schema first; anything else is answered with an error and otherwise ignored.
 * The side panel, the app and the popup open the database themselves; what is left here is
 * what only the background can do.
 */
export const appRoute = z.string().regex(/^\/[a-z0-9\-/]*$/, 'rute aplikasi tidak sah');

export const backgroundRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  z.object({ type: z.literal('open-app'), route: appRoute.default('/') }),
  /** Content script, on a trusted click on the pill: open the side panel for this tab. */
  z.object({ type: z.literal('open-side-panel') }),
]);
export type BackgroundRequest = z.infer<typeof backgroundRequest>;
export type BackgroundRequestType = BackgroundRequest['type'];

/** What each request answers: the one place its result type is written. */
export interface BackgroundResults {
  ping: { version: string };
  'open-app': void;
  'open-side-panel': void;
}

export type BackgroundResponse<T extends BackgroundRequestType = BackgroundRequestType> =
  | { ok: true; result: BackgroundResults[T] }
  | { ok: false; error: string };
