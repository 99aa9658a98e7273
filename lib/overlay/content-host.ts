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
import { decodeUiPrefs, parseUiPrefs, UI_PREFS_GLOBAL, UI_PREFS_KEYS, type OverlaySide, type UiPrefs } from './ui-prefs';
import { PANEL_GLOBAL, PANEL_SCRIPT, type CreatePanel, type OverlayPanel } from './panel-contract';

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
 * The overlay's first half, run at every page load of the sites: it recognises the page and
 * draws a small pill in an open shadow root. The panel (panel-host.ts, a second file) is loaded
 * only when the user opens it, and does the opening, closing and file drops itself.
 *
 * Written as plain functions over one closure's state, without classes or helper objects: V8
 * compiles this file from source at every load, on the host page's main thread, and each
 * function and property access is compile time the page pays for (see README, Design notes).
 * Every entry point (the start, timers, listeners, a storage reply) catches what it throws,
 * so nothing reaches the host page.
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
  let collapsedPref: boolean | undefined;
  let side: OverlaySide = 'right';
  let prefsKnown = false;
  /** Opening the panel on an unknown page holds for that page only. */
  let openedOnUnknownUrl: string | null = null;
  let lookTimer: number | undefined;
  let panel: OverlayPanel | null = null;
  let panelLoading: Promise<OverlayPanel> | null = null;
  let region: HTMLElement;
  let pill: HTMLButtonElement | undefined;
  let pillTitle: HTMLElement;
  let pillPage: HTMLElement;

  const alive = () => !attached || hostEl.isConnected;
  const detach = () => hostEl.remove();
  const later = (fn: () => void, ms: number) => window.setTimeout(() => alive() && safely(fn), ms);

  function usePrefs(prefs: UiPrefs): void {
    locale = prefs.locale;
    collapsedPref = prefs.overlayCollapsed;
    side = prefs.overlaySide;
    prefsKnown = true;
  }

  /**
   * The prefs as they are now, from storage. With a callback, not a promise: see extension-api.ts.
   * After the extension was updated or removed the call throws ("Extension context invalidated"),
   * and the orphaned pill goes away.
   */
  function readStoredPrefs(then: () => void): void {
    try {
      extensionApi.storage.local.get([UI_PREFS_KEYS.locale, UI_PREFS_KEYS.overlayCollapsed, UI_PREFS_KEYS.overlaySide], (raw) => safely(() => {
        usePrefs(parseUiPrefs(raw));
        then();
      }));
    } catch {
      detach();
    }
  }

  /**
   * The prefs for the first drawing: those the background's registered script set as this page
   * loaded (ui-prefs-script.ts), which cost the page no extension call, or else storage's.
   */
  function withPrefs(then: () => void): void {
    if (prefsKnown) return then();
    const given = decodeUiPrefs((globalThis as Record<string, unknown>)[UI_PREFS_GLOBAL]);
    if (!given) return readStoredPrefs(then);
    usePrefs(given);
    then();
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
      if (pill ? urlChanged || !sameRecognition(before, recognition) : settled() || last) draw();
      if (!last && !settled()) lookTimer = later(look, delays[index]! - delays[index - 1]!);
    };
    lookTimer = later(look, delays[0]!);
  }

  function draw(): void {
    if (pill) return render();
    if (!prefsKnown) return withPrefs(draw);
    buildPill();
    // Drawn while detached, then attached once: the page pays for one style pass, not several.
    render();
    document.documentElement.append(hostEl);
    attached = true;
  }

  /**
   * Plain DOM calls, not innerHTML: a fragment parse measured no cheaper for six elements.
   * The root is open so tests and assistive tech can reach it; the frame's channel is guarded
   * by a nonce relayed through the background, never visible to the page.
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
    const root = hostEl.attachShadow({ mode: 'open' });
    el('style', '', root).textContent = PILL_CSS;
    region = el('div', 'pk', root);
    region.setAttribute('role', 'region');
    useThePagesFont(region);
    const button = el('button', 'pill', region);
    button.type = 'button';
    button.setAttribute('aria-controls', 'pk-panel');
    const logo = el('span', 'logo', button);
    logo.setAttribute('aria-hidden', 'true');
    logo.textContent = 'PK';
    pillTitle = el('span', 'pill-title', button);
    pillPage = el('span', 'pill-page', button);
    pillPage.setAttribute('data-testid', 'pk-page-label');
    button.addEventListener('click', () => withPanel((p) => p.setCollapsed(false, true)));
    pill = button;
    // Files dropped on the pill or the panel go to the panel's half, which opens. They are read
    // during the drop event: the browser empties the DataTransfer once it is over.
    const hasFiles = (e: DragEvent) => !!e.dataTransfer?.types.includes('Files');
    region.addEventListener('dragover', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      region.classList.add('drag');
    });
    region.addEventListener('dragleave', () => region.classList.remove('drag'));
    region.addEventListener('drop', (e) => safely(() => {
      region.classList.remove('drag');
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      const files = [...e.dataTransfer!.files];
      withPanel((p) => p.dropFiles(files));
    }));
  }

  /**
   * The panel opens only when the user asks (then the choice is remembered): an open panel
   * uninvited would sit over the site's own buttons. Unknown pages always start as the pill.
   */
  function isCollapsed(): boolean {
    if (recognition.kind !== 'page') return openedOnUnknownUrl !== location.href;
    return collapsedPref ?? true;
  }

  /**
   * The panel's file is imported on first use only: the page never compiles it on a plain load.
   * An import that fails (the extension was updated or removed, and this script lives on cut
   * off from it) takes the orphaned pill away.
   */
  function withPanel(use: (panel: OverlayPanel) => unknown): void {
    try {
      panelLoading ??= import(/* @vite-ignore */ extensionApi.runtime.getURL(PANEL_SCRIPT)).then(() => {
        const create = (globalThis as Record<string, unknown>)[PANEL_GLOBAL] as CreatePanel | undefined;
        if (!create) throw new Error('overlay panel missing');
        const created = create({
          region,
          showCollapsed(collapsed) {
            collapsedPref = collapsed;
            openedOnUnknownUrl = !collapsed && recognition.kind !== 'page' ? location.href : null;
            render();
          },
          showSide(to) {
            side = to;
            render();
          },
          focusPill: () => pill?.focus(),
          detach,
          setTimeout: later,
        });
        panel = created;
        render();
        return created;
      });
      panelLoading.then((p) => safely(() => use(p)), detach);
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
    const collapsed = isCollapsed();
    region.setAttribute('aria-label', t('shell.region'));
    region.setAttribute('data-state', r.kind !== 'page' ? 'unknown' : changed ? 'changed' : 'recognised');
    region.classList.toggle('left', side === 'left');
    pillTitle.textContent = changed ? t('shell.changedPage') : t('shell.title');
    pillPage.textContent = pageLabel;
    // Stays up while the panel's file loads on first open, so the corner is never empty.
    pill.hidden = !collapsed && panel !== null;
    pill.title = why;
    pill.setAttribute('data-why', why);
    pill.setAttribute('aria-expanded', String(!collapsed));
    pill.setAttribute('aria-label', `${t('shell.expand')}. ${changed ? `${t('shell.changedPage')}: ` : ''}${pageLabel}. ${why}`);
    if (panel) panel.render({ recognition: r, locale, collapsed, side });
    else if (!collapsed) withPanel(() => undefined);
  }

  /**
   * Called after the page's URL changes without a reload (history API, back/forward): the
   * Navigation API's `currententrychange` fires once the URL has changed. Without it (Firefox
   * before 136), the URL is compared once a second while the tab is shown, as WXT's watcher does.
   */
  function watchNavigation(): void {
    const onNavigate = () => {
      scheduleLooks(LOOKS_AFTER_NAVIGATION);
      panel?.onNavigate();
    };
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
  // read then, for that drawing (the registered prefs script has run by then, whatever the order).
  watchNavigation();
  // Another tab may have changed the language or the panel state: read again when this tab is
  // shown (a storage.onChanged listener would cost every page load its binding set-up).
  const onVisibility = () => {
    if (!alive()) return document.removeEventListener('visibilitychange', onVisibility);
    if (document.visibilityState === 'visible') readStoredPrefs(render);
  };
  document.addEventListener('visibilitychange', onVisibility);
  scheduleLooks(LOOKS_AFTER_LOAD);
}
