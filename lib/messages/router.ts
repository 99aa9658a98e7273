import { backgroundRequest, type BackgroundRequest, type BackgroundRequestType, type BackgroundResponse, type BackgroundResults } from './schema';

/** What the router needs from the browser; entrypoints/background.ts gives the real ones, tests give fakes. */
export interface RouterDeps {
  /** This extension's id: messages from any other sender are refused. */
  readonly extensionId: string;
  readonly version: string;
  openApp(route: string): Promise<void>;
  /**
   * Must call the browser at once (no await before it): it runs inside the pill click's
   * user gesture, which Chromium requires for `sidePanel.open`.
   */
  openSidePanel(tabId: number): Promise<void>;
}

export interface MessageSender {
  readonly id?: string;
  readonly url?: string;
  readonly origin?: string;
  readonly tab?: { readonly id?: number };
  readonly frameId?: number;
}

type Handler<T extends BackgroundRequestType> = (req: Extract<BackgroundRequest, { type: T }>, sender: MessageSender) => Promise<BackgroundResults[T]>;
type Handlers = { [T in BackgroundRequestType]: Handler<T> };

/** Pure dispatch, so it tests without a browser; entrypoints/background.ts only wires it. */
export function createRouter(deps: RouterDeps) {
  const handlers: Handlers = {
    ping: async () => ({ version: deps.version }),
    'open-app': async (req) => deps.openApp(req.route),
    'open-side-panel': async (_req, sender) => {
      // Only a content script in a tab's top frame: its tab is the one to open beside.
      if (sender.tab?.id === undefined || sender.frameId !== 0) throw new Error('bukan skrip konten');
      return deps.openSidePanel(sender.tab.id);
    },
  };
  return async function route(raw: unknown, sender: MessageSender): Promise<BackgroundResponse> {
    if (sender.id !== deps.extensionId) return { ok: false, error: 'pengirim tidak dikenal' };
    const parsed = backgroundRequest.safeParse(raw);
    if (!parsed.success) return { ok: false, error: 'pesan tidak sah' };
    const request = parsed.data;
    try {
      const handler = handlers[request.type] as Handler<BackgroundRequestType>;
      return { ok: true, result: await handler(request as never, sender) } as BackgroundResponse;
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
