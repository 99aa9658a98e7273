import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { isPageChanged, type PageReply } from '@/lib/overlay/tab-protocol';
import { boundTabOf, sidePanelFits } from '@/lib/overlay/side-panel';
import { askPage } from './tab-client';

/** After a load the content script answers once it has drawn its pill: ask again on this schedule (ms). */
const RETRIES = [0, 150, 400, 900, 2000, 3500];

export interface ActiveTabPage {
  /** 'other': the active tab is not one of the four sites (its URL is not even visible to us). */
  readonly state: 'loading' | 'other' | 'waiting' | 'page';
  readonly tabId: number | null;
  readonly reply: PageReply | null;
  refresh(): void;
}

/**
 * The page of the active tab of this window, followed as the teacher moves: another tab
 * (`tabs.onActivated`), a new page in it (`tabs.onUpdated`, whose URL host permissions show on
 * the four sites only), or a change inside the site's app (the content script's "page-changed").
 */
export function useActiveTabPage(): ActiveTabPage {
  const [tab, setTab] = useState<{ id: number; windowId: number; url?: string } | null>(null);
  const [reply, setReply] = useState<PageReply | null>(null);
  const [asked, setAsked] = useState(false);
  const generation = useRef(0);
  /** Opened in a window of its own for one tab (Firefox's fallback, side-panel.ts): that tab, not the active one. */
  const bound = boundTabOf(location.search);

  const ask = useCallback((tabId: number) => {
    const mine = ++generation.current;
    let attempt = 0;
    const next = () => {
      if (mine !== generation.current) return;
      void askPage(tabId).then((answer) => {
        if (mine !== generation.current) return;
        if (answer) {
          setReply(answer);
          setAsked(true);
        } else if (++attempt < RETRIES.length) {
          setTimeout(next, RETRIES[attempt]! - RETRIES[attempt - 1]!);
        } else {
          setAsked(true);
        }
      });
    };
    next();
  }, []);

  useEffect(() => {
    let alive = true;
    const found = bound === null
      ? browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => t)
      : browser.tabs.get(bound).catch(() => undefined);
    void found.then((t) => {
      if (alive && t?.id !== undefined) setTab({ id: t.id, windowId: t.windowId, url: t.url });
    });
    return () => { alive = false; };
  }, []);

  useEffect(() => {
    if (!tab) return;
    setReply(null);
    setAsked(false);
    if (sidePanelFits(tab.url)) ask(tab.id);
    else generation.current++;
  }, [tab?.id, tab?.url, ask]);

  useEffect(() => {
    if (!tab) return;
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (bound !== null || info.windowId !== tab.windowId) return;
      void browser.tabs.get(info.tabId).then((t) => setTab({ id: t.id!, windowId: t.windowId, url: t.url })).catch(() => undefined);
    };
    const onUpdated = (tabId: number, change: { url?: string; status?: string }, t: { url?: string; windowId: number }) => {
      if (tabId !== tab.id) return;
      if (change.url !== undefined || t.url !== tab.url) setTab({ id: tabId, windowId: t.windowId, url: t.url });
      else if (change.status === 'complete' && sidePanelFits(t.url)) ask(tabId);
    };
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      if (isPageChanged(message) && sender.tab?.id === tab.id) ask(tab.id);
      return false;
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tab?.id, tab?.windowId, tab?.url, ask]);

  const refresh = useCallback(() => { if (tab) ask(tab.id); }, [tab?.id, ask]);
  const state = !tab ? 'loading' : !sidePanelFits(tab.url) ? 'other' : reply?.page ? 'page' : asked ? 'waiting' : 'loading';
  return { state, tabId: tab?.id ?? null, reply, refresh };
}
