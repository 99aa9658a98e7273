import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { connectMessage, toFrameMessage, type PageContext, type ToHostMessage } from '@/lib/overlay/protocol';
import type { BackgroundRequest, BackgroundResponse } from '@/lib/messages/schema';

/**
 * The private MessagePort from the content script. The host posts it on the frame's `load`,
 * which can come before React mounts, so the listener is installed when this module loads.
 * The frame claims, from the background, the nonce its tab's content script registered; only
 * a connect message carrying that nonce is accepted, so a page script cannot pose as the host.
 */
const candidates: MessageEvent[] = [];
let resolvePort: (port: MessagePort | null) => void = () => undefined;
const portPromise = new Promise<MessagePort | null>((resolve) => { resolvePort = resolve; });
let nonce: string | null | undefined;

function tryConnect(event: MessageEvent): void {
  const parsed = connectMessage.safeParse(event.data);
  const port = event.ports[0];
  if (!parsed.success || !port || !nonce || parsed.data.nonce !== nonce) return;
  window.removeEventListener('message', onWindowMessage);
  resolvePort(port);
}

function onWindowMessage(event: MessageEvent): void {
  if (nonce === undefined) candidates.push(event);
  else tryConnect(event);
}

if (typeof window !== 'undefined' && window.parent !== window) {
  window.addEventListener('message', onWindowMessage);
  const claim: BackgroundRequest = { type: 'overlay-claim' };
  void (browser.runtime.sendMessage(claim) as Promise<BackgroundResponse>).then((response) => {
    nonce = response?.ok && typeof response.result === 'string' ? response.result : null;
    candidates.splice(0).forEach(tryConnect);
  });
}

export function useHostChannel() {
  const [page, setPage] = useState<PageContext | null>(null);
  const [port, setPort] = useState<MessagePort | null>(null);

  useEffect(() => {
    let alive = true;
    void portPromise.then((p) => {
      if (!alive || !p) return;
      p.onmessage = (e) => {
        const message = toFrameMessage.safeParse(e.data);
        if (message.success && message.data.type === 'page') setPage(message.data.page);
      };
      const ready: ToHostMessage = { type: 'ready' };
      p.postMessage(ready);
      setPort(p);
    });
    return () => { alive = false; };
  }, []);

  const send = useCallback((message: ToHostMessage) => port?.postMessage(message), [port]);
  return { page, send };
}
