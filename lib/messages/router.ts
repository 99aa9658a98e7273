import { backgroundRequest, type BackgroundRequest, type BackgroundResponse } from './schema';
import { createEvidenceHandlers, type EvidenceHandlerDeps } from '@/lib/evidence/messages';

export interface RouterDeps {
  /** This extension's id: messages from any other sender are refused. */
  readonly extensionId: string;
  readonly version: string;
  /** The extension's own origin: only its pages (not content scripts) may claim a nonce. */
  readonly extensionOrigin: string;
  openApp(route: string): Promise<void>;
  loadProfile(): Promise<unknown>;
  /** lib/checklist/view ChecklistView (or null) for the saved profile. */
  loadChecklist(): Promise<unknown>;
  setChecklistItem(item: { periodId: string; stageId: 'perencanaan' | 'pelaksanaan' | 'penilaian'; stepId: string; done: boolean }): Promise<void>;
  /** Evidence store access; absent in tests that do not need it (its requests then fail). */
  evidence?: EvidenceHandlerDeps;
}

export interface MessageSender {
  readonly id?: string;
  readonly url?: string;
  readonly origin?: string;
  readonly tab?: { readonly id?: number };
  readonly frameId?: number;
}

type Handler<T extends BackgroundRequest['type']> = (req: Extract<BackgroundRequest, { type: T }>, sender: MessageSender) => Promise<unknown>;
type Handlers = { [T in BackgroundRequest['type']]: Handler<T> };

const isExtensionPage = (sender: MessageSender, origin: string) => (sender.url ?? '').startsWith(origin);

/** Pure dispatch, so it tests without a browser; entrypoints/background.ts only wires it. */
export function createRouter(deps: RouterDeps) {
  /** One pending overlay nonce per tab; claimed once, then forgotten. */
  const overlayNonces = new Map<number, string>();
  const evidence = createEvidenceHandlers(deps.evidence ?? {
    db: () => { throw new Error('tidak ada basis data'); },
    afterWrite: async () => undefined,
  });
  /** Evidence is extension data: only extension pages (the overlay frame, the app) may ask. */
  const extensionOnly = <R, A>(fn: (req: R) => Promise<A>) => async (req: R, sender: MessageSender) => {
    if (!isExtensionPage(sender, deps.extensionOrigin)) throw new Error('bukan halaman ekstensi');
    return fn(req);
  };
  const handlers: Handlers = {
    'evidence-for-page': extensionOnly(evidence['evidence-for-page']),
    'evidence-save-link': extensionOnly(evidence['evidence-save-link']),
    'evidence-body-chunk': extensionOnly(evidence['evidence-body-chunk']),
    ping: async () => ({ version: deps.version }),
    'get-profile': async () => deps.loadProfile(),
    'get-checklist': async () => deps.loadChecklist(),
    'set-checklist-item': async ({ type: _t, ...item }) => deps.setChecklistItem(item),
    'open-app': async (req) => deps.openApp(req.route),
    'overlay-register': async (req, sender) => {
      // Only a content script in a tab's top frame registers; extension pages never do.
      if (sender.tab?.id === undefined || sender.frameId !== 0 || isExtensionPage(sender, deps.extensionOrigin)) {
        throw new Error('bukan skrip konten');
      }
      overlayNonces.set(sender.tab.id, req.nonce);
    },
    'overlay-claim': async (_req, sender) => {
      if (sender.tab?.id === undefined || !isExtensionPage(sender, deps.extensionOrigin)) throw new Error('bukan bingkai panel');
      const nonce = overlayNonces.get(sender.tab.id);
      overlayNonces.delete(sender.tab.id);
      return nonce ?? null;
    },
  };
  return async function route(raw: unknown, sender: MessageSender): Promise<BackgroundResponse> {
    if (sender.id !== deps.extensionId) return { ok: false, error: 'pengirim tidak dikenal' };
    const parsed = backgroundRequest.safeParse(raw);
    if (!parsed.success) return { ok: false, error: 'pesan tidak sah' };
    const request = parsed.data;
    try {
      const handler = handlers[request.type] as Handler<BackgroundRequest['type']>;
      return { ok: true, result: await handler(request as never, sender) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
