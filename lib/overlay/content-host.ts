import { extensionApi } from './extension-api';
import type { Locale } from '@/lib/i18n/define';
import type { PageAdapter } from '@/lib/sites/pages';
import { locateSite, pathHasAdapter, recognisePage, type Recognition, type SiteLocation } from '@/lib/sites/recognise';
import { adaptersOf, pillData, pillLabel, type PillLabelKey } from './pill-data';
import { explainRecognition } from '@/lib/sites/explain';
import { readHeadings } from '@/lib/page/headings';

export { readHeadings };
import { PILL_CSS } from './shell-style';
import { safely } from './safely';
import { parseUiPrefs, sidePanelFresh, UI_PREFS_KEYS, type OverlaySide, type PillStatus } from './ui-prefs';
import { createFormRequests } from './form-requests';
import { answerTabRequest, type TabRequestContext } from './tab-requests';
import { TAB_MESSAGE, type PageChanged } from './tab-protocol';

export const OVERLAY_ELEMENT = 'pendamping-kinerja';

/**
 * When to look at the page after load (ms). The first look waits 250 ms: the sites are SPAs that
 * draw their heading after fetching, and a look before that finds nothing and costs the page
 * ~0.3 ms for it; a pill that shows a quarter of a second later costs the teacher nothing.
 */
const LOOKS_AFTER_LOAD = [250, 700, 1500, 3000];
/** …and after an in-page navigation, starting at once. */
const LOOKS_AFTER_NAVIGATION = [0, ...LOOKS_AFTER_LOAD];
/** The page's font family, and its size when it is a readable one (see PILL_CSS). */
function useThePagesFont(region: HTMLElement): void {
  const page = getComputedStyle(document.body ?? document.documentElement);
  if (page.fontFamily) region.style.fontFamily = page.fontFamily;
  const size = parseFloat(page.fontSize);
  if (size >= 12 && size <= 16) region.style.fontSize = `${size}px`;
}

function sameRecognition(a: Recognition, b: Recognition): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'unknown') return b.kind === 'unknown' && a.why === b.why;
  return a.kind !== 'page' || (b.kind === 'page' && a.page.id === b.page.id && a.by === b.by && a.missing.length === b.missing.length);
}

/**
 * The content script, run at every page load of the sites: it recognises the page and draws a
 * small pill in a closed shadow root. A trusted click on the pill asks the background to open the
 * browser's side panel (an extension page the host page cannot reach), which shows the checklist
 * and the evidence; the side panel asks this script for the page, its fields, and to fill or
 * attach (tab-requests.ts), by `tabs.sendMessage`.
 *
 * Written as plain functions over one closure's state, without classes or helper objects: V8
 * compiles this file from source at every load, on the host page's main thread, and each
 * function and property access is compile time the page pays for (see README, Design notes).
 * Every entry point (the start, timers, listeners, a storage reply) catches what it throws,
 * so nothing reaches the host page. Every handler of a page event acts on trusted events only
 * (`isTrusted`): the page's own scripts can dispatch clicks and keys, never real ones.
 *
 * Liveness is the DOM: once attached, the overlay is alive while its element is in the page;
 * timers and listeners of an overlay the page removed go quiet. After the extension is updated or
 * removed, the old script lives on in open tabs: its next extension call throws and it leaves.
 */
export function runOverlayHost(): void {
  safely(startOverlayHost);
}

function startOverlayHost(): void {
  const here = locateSite(location.hostname, location.pathname);
  if (!here) return;
  const site: SiteLocation = here;
  /** This site's page adapters (a tab never changes site without a reload). */
  const adapters: readonly PageAdapter[] = adaptersOf(pillData, site.site);
  const hostEl = document.createElement(OVERLAY_ELEMENT);
  let attached = false;
  let recognition: Recognition = { kind: 'outside' };
  let locale: Locale = 'id';
  let side: OverlaySide = 'right';
  let status: PillStatus | null = null;
  let prefsKnown = false;
  /** Set once a side panel has asked this page something: page changes are then announced to it. */
  let sidePanelSeen = false;
  let lookTimer: number | undefined;
  let region: HTMLElement;
  let pill: HTMLButtonElement | undefined;
  let pillTitle: HTMLElement;
  let pillPage: HTMLElement;
  let pillStage: HTMLElement;
  const requestContext: TabRequestContext = { recognition: () => recognition, fileInputs: [], forms: createFormRequests(document) };

  const alive = () => !attached || hostEl.isConnected;
  const detach = () => hostEl.remove();
  const later = (fn: () => void, ms: number) => window.setTimeout(() => alive() && safely(fn), ms);

  /**
   * The prefs as they are now, from storage. With a callback, not a promise: see extension-api.ts.
   * After the extension was updated or removed the call throws ("Extension context invalidated"),
   * and the orphaned pill goes away.
   */
  function readStoredPrefs(then: () => void): void {
    try {
      extensionApi.storage.local.get([UI_PREFS_KEYS.locale, UI_PREFS_KEYS.overlaySide, UI_PREFS_KEYS.pillStatus, UI_PREFS_KEYS.sidePanelAt], (raw) => safely(() => {
        const prefs = parseUiPrefs(raw);
        if (sidePanelFresh(raw, Date.now())) listenToSidePanel();
        locale = prefs.locale;
        side = prefs.overlaySide;
        status = prefs.pillStatus;
        prefsKnown = true;
        then();
      }));
    } catch {
      detach();
    }
  }

  function recognise(): void {
    recognition = recognisePage({ host: location.hostname, path: location.pathname, headings: readHeadings(document) }, adapters);
  }

  /**
   * Settled: a page a heading confirms, the site's not-found page, or a path that no adapter
   * knows. A known path with no confirming heading yet is looked at again (the SPA may still be
   * fetching) and drawn as it stands at the last look.
   */
  function settled(): boolean {
    if (recognition.kind === 'page') return recognition.by !== 'path';
    if (recognition.kind === 'unknown' && recognition.why === 'not-found') return true;
    const now = recognition.kind === 'outside' ? null : locateSite(location.hostname, location.pathname);
    return !now || !pathHasAdapter(now, adapters);
  }

  /**
   * Looks at the page on a short schedule (one timer at a time), until it is settled.
   * Each look is one querySelectorAll over headings; the pill is redrawn only when what it
   * finds differs, and drawn the first time once settled or at the last look.
   */
  function scheduleLooks(delays: readonly number[]): void {
    clearTimeout(lookTimer);
    let checkedUrl = '';
    let index = 0;
    const look = () => {
      const before = recognition;
      const urlChanged = checkedUrl !== location.href;
      recognise();
      checkedUrl = location.href;
      const last = ++index === delays.length;
      if (pill ? urlChanged || !sameRecognition(before, recognition) : settled() || last) {
        draw();
        announce();
      }
      if (!last && !settled()) lookTimer = later(look, delays[index]! - delays[index - 1]!);
    };
    lookTimer = later(look, delays[0]!);
  }

  /** Tells an open side panel to ask again. Only once one has asked: a page without one sends nothing. */
  function announce(): void {
    if (!sidePanelSeen) return;
    const message: PageChanged = { pk: 'page-changed' };
    try {
      extensionApi.runtime.sendMessage(message, () => void extensionApi.runtime.lastError);
    } catch {
      detach();
    }
  }

  function draw(): void {
    if (pill) return render();
    if (!prefsKnown) return readStoredPrefs(draw);
    buildPill();
    // Drawn while detached, then attached once: the page pays for one style pass, not several.
    render();
    document.documentElement.append(hostEl);
    attached = true;
  }

  /**
   * Plain DOM calls, not innerHTML: a fragment parse measured no cheaper for six elements.
   * The root is closed: the page's scripts can neither read nor restyle the pill, nor find its
   * button to dispatch events on (and its one handler ignores untrusted ones anyway).
   */
  function buildPill(): void {
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent: Node) => {
      const node = document.createElement(tag);
      node.className = className;
      parent.appendChild(node);
      return node;
    };
    // Inline !important beats any page rule aimed at unknown elements.
    hostEl.style.cssText = 'all: initial !important; display: block !important';
    const root = hostEl.attachShadow({ mode: 'closed' });
    el('style', '', root).textContent = PILL_CSS;
    region = el('div', 'pk', root);
    region.setAttribute('role', 'region');
    useThePagesFont(region);
    const button = el('button', 'pill', region);
    button.type = 'button';
    const logo = el('span', 'logo', button);
    logo.setAttribute('aria-hidden', 'true');
    logo.textContent = 'PK';
    pillTitle = el('span', 'pill-title', button);
    pillPage = el('span', 'pill-page', button);
    pillStage = el('span', 'pill-page pill-stage', button);
    // A real click (or Enter/Space on the focused pill, which the browser turns into a trusted
    // click) asks the background to open the side panel; Chromium counts it as the user's gesture.
    button.addEventListener('click', (e) => safely(() => {
      if (!e.isTrusted) return;
      listenToSidePanel();
      extensionApi.runtime.sendMessage({ type: 'open-side-panel' }, () => void extensionApi.runtime.lastError);
    }));
    pill = button;
  }

  /**
   * The side panel's requests (extension pages only: `runtime.onMessage` hears nothing from the
   * page). Listened for once a side panel may ask: on the pill's click, or at load while one is
   * open (see sidePanelFresh).
   */
  let listening = false;
  function listenToSidePanel(): void {
    if (listening) return;
    listening = true;
    try {
      const runtime = extensionApi.runtime;
      const listener = (message: unknown, sender: { id?: string }, reply: (answer: unknown) => void) => {
        if (!alive()) {
          runtime.onMessage.removeListener(listener);
          return false;
        }
        if (sender.id !== runtime.id || (message as { pk?: unknown })?.pk === undefined) return false;
        sidePanelSeen = true;
        let answer: unknown = { ok: false };
        safely(() => {
          answer = answerTabRequest(message, requestContext, () => readStoredPrefs(render));
        });
        // Filling and undoing take a moment (dropdowns, the re-check): answered when done.
        if (answer instanceof Promise) {
          answer.then(reply, () => reply({ ok: false }));
          return true;
        }
        reply(answer);
        return false;
      };
      runtime.onMessage.addListener(listener);
    } catch {
      detach();
    }
  }

  function render(): void {
    if (!pill) return;
    const t = (key: PillLabelKey) => pillLabel(pillData, locale, key);
    const r = recognition;
    hostEl.hidden = r.kind === 'outside';
    const pageLabel = r.kind === 'page' ? pillLabel(pillData, locale, r.page.id) : t('shell.unknownPage');
    // A known page whose expected heading is missing says so instead of the product's name.
    const changed = r.kind === 'page' && r.missing.length > 0;
    const why = explainRecognition(r, t);
    region.setAttribute('aria-label', t('shell.region'));
    region.setAttribute('data-state', r.kind !== 'page' ? 'unknown' : changed ? 'changed' : 'recognised');
    region.classList.toggle('left', side === 'left');
    pillTitle.textContent = changed ? t('shell.changedPage') : t('shell.title');
    pillPage.textContent = pageLabel;
    // On a known page, where the year stands: the running stage and its days left.
    const stageLine = r.kind === 'page' && status
      ? `${t(`shell.stage.${status.stage}`)} · ${status.daysLeft === 0 ? t('shell.lastDay') : t('shell.daysLeft').replace('{n}', String(status.daysLeft))}`
      : '';
    pillStage.textContent = stageLine;
    pillStage.hidden = !stageLine;
    pill.title = why;
    pill.setAttribute('data-why', why);
    pill.setAttribute('aria-label', `${t('shell.expand')}. ${changed ? `${t('shell.changedPage')}: ` : ''}${pageLabel}${stageLine ? `. ${stageLine}` : ''}. ${why}`);
  }

  /**
   * Called after the page's URL changes without a reload (history API, back/forward): the
   * Navigation API's `currententrychange` fires once the URL has changed. Without it (Firefox
   * before 136), the URL is compared once a second while the tab is shown, as WXT's watcher does.
   */
  function watchNavigation(): void {
    const onNavigate = () => scheduleLooks(LOOKS_AFTER_NAVIGATION);
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (navigation && typeof navigation.addEventListener === 'function') {
      const listener = () => (alive() ? safely(onNavigate) : navigation.removeEventListener('currententrychange', listener));
      navigation.addEventListener('currententrychange', listener);
      return;
    }
    let lastUrl = location.href;
    const timer = window.setInterval(() => {
      if (!alive()) return window.clearInterval(timer);
      if (document.visibilityState !== 'visible' || location.href === lastUrl) return;
      lastUrl = location.href;
      safely(onNavigate);
    }, 1000);
  }

  // The looks need no prefs: a page whose heading is still to come (the SPA is fetching) is drawn
  // once it settles, so the pill is drawn once, not "tidak dikenali" first, and the prefs are
  // read then, for that drawing.
  watchNavigation();
  // Another tab may have changed the language or the corner, and the days left change with the
  // date: read again when this tab is shown (a storage.onChanged listener would cost every page
  // load its binding set-up).
  const onVisibility = () => {
    if (!alive()) return document.removeEventListener('visibilitychange', onVisibility);
    if (document.visibilityState === 'visible' && pill) readStoredPrefs(render);
  };
  document.addEventListener('visibilitychange', onVisibility);
  scheduleLooks(LOOKS_AFTER_LOAD);
}
