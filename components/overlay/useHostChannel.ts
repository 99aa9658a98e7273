import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { connectMessage, toFrameMessage, type PageContext, type ToFrameMessage, type ToHostMessage } from '@/lib/overlay/protocol';
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

/** Features other than the page context (evidence files, targets, results) listen here. */
type Listener = (message: ToFrameMessage) => void;
const listeners = new Set<Listener>();
/** Messages that can arrive before a feature's component mounts: replayed to the first listener. */
let lastTargets: ToFrameMessage | null = null;
const queuedFiles: ToFrameMessage[] = [];
export function onHostMessage(fn: Listener): () => void {
  listeners.add(fn);
  if (lastTargets) fn(lastTargets);
  for (const m of queuedFiles.splice(0)) fn(m);
  return () => { listeners.delete(fn); };
}
function dispatch(message: ToFrameMessage): void {
  if (message.type === 'targets') lastTargets = message;
  if (message.type === 'files' && listeners.size === 0) { queuedFiles.push(message); return; }
  for (const fn of listeners) fn(message);
}

let sendToHost: (message: ToHostMessage) => void = () => undefined;
/** Posts to the content script (files keep being Files: structured clone). */
export function postToHost(message: ToHostMessage): void {
  sendToHost(message);
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
        if (!message.success) return;
        if (message.data.type === 'page') setPage(message.data.page);
        dispatch(message.data);
      };
      const ready: ToHostMessage = { type: 'ready' };
      p.postMessage(ready);
      setPort(p);
    });
    return () => { alive = false; };
  }, []);

  const send = useCallback((message: ToHostMessage) => port?.postMessage(message), [port]);
  sendToHost = send;
  return { page, send };
}
