import { extensionApi } from './extension-api';
import type { Locale } from '@/lib/i18n/define';
import type { PageAdapter } from '@/lib/sites/pages';
import { locateSite, pathHasAdapter, recognisePage, type Recognition } from '@/lib/sites/recognise';
import pillData from 'virtual:pendamping-kinerja/pill-data';
import { adaptersOf, pillLabel, type PillLabelKey } from './pill-data';
import { PILL_CSS } from './shell-style';
import { safely } from './safely';
import { parseUiPrefs, UI_PREFS_KEYS } from './ui-prefs';
import { HostLifecycle, OVERLAY_ELEMENT } from './host-lifecycle';
import { PANEL_GLOBAL, PANEL_SCRIPT, type CreatePanel, type OverlayPanel } from './panel-contract';

/** SPA pages render their heading after the URL changes; look again at these delays (ms). */
const RECHECK_DELAYS = [250, 700, 1500, 3000];
const HEADING_SELECTOR = 'h1, h2, [role="heading"][aria-level="1"], [role="heading"][aria-level="2"]';
const MAX_HEADINGS = 30;

export function readHeadings(doc: Document): string[] {
  const out: string[] = [];
  for (const el of doc.querySelectorAll(HEADING_SELECTOR)) {
    if (out.length >= MAX_HEADINGS) break;
    // Closed modals and hidden templates are not what the user sees.
    if (el.closest('[hidden], [aria-hidden="true"], template')) continue;
    const text = el.textContent?.trim();
    if (text) out.push(text);
  }
  return out;
}

/**
 * Runs the overlay's first half on every page load of the sites: it recognises the page and
 * draws a small pill in an open shadow root. The panel (panel-host.ts, a second file) is
 * loaded only when the user opens it. Everything is wrapped so that nothing this script does
 * can throw into the host page.
 */
export function runOverlayHost(): void {
  safely(() => new OverlayHost().start());
}

function sameRecognition(a: Recognition, b: Recognition): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'page' || (b.kind === 'page' && a.page.id === b.page.id);
}

class OverlayHost {
  private recognition: Recognition = { kind: 'outside' };
  /** This site's page adapters (a tab never changes site without a reload). */
  private adapters: readonly PageAdapter[] = [];
  private locale: Locale = 'id';
  private collapsedPref: boolean | undefined;
  private recheckTimers: number[] = [];
  /** Opening the panel on an unknown page holds for that page only. */
  private openedOnUnknownUrl: string | null = null;
  private panel: OverlayPanel | null = null;
  private panelLoading: Promise<OverlayPanel> | null = null;
  private readonly hostEl = document.createElement(OVERLAY_ELEMENT);
  private readonly lifecycle = new HostLifecycle(this.hostEl);
  // Built only on pages of the sites, once the prefs are read (buildPill).
  private region!: HTMLElement;
  private pill: HTMLButtonElement | undefined;
  private pillTitle!: HTMLElement;
  private pillPage!: HTMLElement;

  /**
   * One read of the prefs, then one pass that reads the page and draws the pill: the page
   * pays for two short calls at load and nothing after, unless its heading is still to come.
   */
  start(): void {
    const site = locateSite(location.hostname, location.pathname);
    if (!site) return;
    this.adapters = adaptersOf(pillData, site.site);
    this.readPrefs(() => this.show());
  }

  private show(): void {
    this.recognise();
    if (this.recognition.kind === 'outside') return;
    // A page whose heading is still to come (the SPA is fetching) is drawn once it settles, so
    // the pill is drawn once instead of saying "tidak dikenali" first.
    if (this.settled()) this.draw();
    this.lifecycle.onLocationChange(() => safely(() => this.onNavigate()));
    // Another tab may have changed the language or the panel state: read again when this tab is
    // shown (a storage.onChanged listener would cost every page load its binding set-up).
    this.lifecycle.listen(document, 'visibilitychange', () => safely(() => {
      if (document.visibilityState === 'visible') this.readPrefs(() => this.render());
    }));
    this.scheduleRechecks();
  }

  private draw(): void {
    if (!this.pill) {
      this.buildPill();
      // Drawn while detached, then attached once: the page pays for one style pass, not several.
      this.render();
      this.lifecycle.attach();
    } else {
      this.render();
    }
  }

  /**
   * Plain DOM calls, not innerHTML: no fragment parser is started for five elements.
   * The root is open so tests and assistive tech can reach it; the frame's channel is guarded
   * by a nonce relayed through the background, never visible to the page.
   */
  private buildPill(): void {
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent: Node) => {
      const node = document.createElement(tag);
      node.className = className;
      parent.appendChild(node);
      return node;
    };
    // Inline !important beats any page rule aimed at unknown elements.
    this.hostEl.style.cssText = 'all: initial !important; display: block !important';
    const root = this.hostEl.attachShadow({ mode: 'open' });
    el('style', '', root).textContent = PILL_CSS;
    this.region = el('div', 'pk', root);
    this.region.setAttribute('role', 'region');
    this.pill = el('button', 'pill', this.region);
    this.pill.type = 'button';
    this.pill.setAttribute('aria-controls', 'pk-panel');
    const logo = el('span', 'logo', this.pill);
    logo.setAttribute('aria-hidden', 'true');
    logo.textContent = 'PK';
    this.pillTitle = el('span', 'pill-title', this.pill);
    this.pillPage = el('span', 'pill-page', this.pill);
    this.pillPage.dataset.testid = 'pk-page-label';
    this.pill.addEventListener('click', () => this.withPanel((panel) => panel.setCollapsed(false, true)));
    this.listenForDrops();
  }

  /**
   * With a callback, not a promise: see extension-api.ts. After the extension was updated or
   * removed the call throws ("Extension context invalidated"), and the orphaned pill goes away.
   */
  private readPrefs(then: () => void): void {
    try {
      extensionApi.storage.local.get([UI_PREFS_KEYS.locale, UI_PREFS_KEYS.overlayCollapsed], (raw) => safely(() => {
        const prefs = parseUiPrefs(raw);
        this.locale = prefs.locale;
        this.collapsedPref = prefs.overlayCollapsed;
        then();
      }));
    } catch {
      this.lifecycle.detach();
    }
  }

  /** Recognition runs again on a short schedule after a navigation, until the page settles. */
  private onNavigate(): void {
    this.scheduleRechecks(true);
    this.panel?.onNavigate();
  }

  /**
   * Files dropped on the pill or the panel go to the panel's half, which opens. The files are
   * read during the drop event: the browser empties the DataTransfer once it is over.
   */
  private listenForDrops(): void {
    const region = this.region;
    const hasFiles = (e: DragEvent) => !!e.dataTransfer?.types.includes('Files');
    region.addEventListener('dragover', (e) => safely(() => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      region.classList.add('drag');
    }));
    region.addEventListener('dragleave', () => region.classList.remove('drag'));
    region.addEventListener('drop', (e) => safely(() => {
      region.classList.remove('drag');
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      const files = [...e.dataTransfer!.files];
      this.withPanel((panel) => panel.dropFiles(files));
    }));
  }

  private recognise(): void {
    this.recognition = recognisePage({ host: location.hostname, path: location.pathname, headings: readHeadings(document) }, this.adapters);
  }

  /** Settled: a page matched by path and heading, or a path that no adapter could match. */
  private settled(): boolean {
    const r = this.recognition;
    if (r.kind === 'outside') return true;
    if (r.kind === 'page') return r.by === 'path+heading';
    const loc = locateSite(location.hostname, location.pathname);
    return !loc || !pathHasAdapter(loc, this.adapters);
  }

  /** Each look is one querySelectorAll over headings, and looking stops once the page is settled. */
  private scheduleRechecks(afterNavigation = false): void {
    for (const id of this.recheckTimers) clearTimeout(id);
    this.recheckTimers = [];
    if (!afterNavigation && this.settled()) return;
    // At load the page was just read at this URL: a look redraws only when what it finds differs.
    let checkedUrl = afterNavigation ? '' : location.href;
    const delays = afterNavigation ? [0, ...RECHECK_DELAYS] : RECHECK_DELAYS;
    delays.forEach((delay, i) => {
      this.recheckTimers.push(
        this.lifecycle.setTimeout(() => safely(() => {
          if (checkedUrl === location.href && this.settled() && this.pill) return;
          const before = this.recognition;
          const urlChanged = checkedUrl !== location.href;
          this.recognise();
          checkedUrl = location.href;
          const firstDraw = !this.pill && (this.settled() || i === delays.length - 1);
          if (firstDraw || (this.pill && (urlChanged || !sameRecognition(before, this.recognition)))) this.draw();
        }), delay),
      );
    });
  }

  /**
   * The panel opens only when the user asks (then the choice is remembered): an open panel
   * uninvited would sit over the site's own buttons. Unknown pages always start as the pill.
   */
  private isCollapsed(): boolean {
    if (this.recognition.kind !== 'page') return this.openedOnUnknownUrl !== location.href;
    return this.collapsedPref ?? true;
  }

  /**
   * The panel's file is imported on first use only: the page never compiles it on a plain load.
   * Opening, closing and dropping are the panel half's work (panel-host.ts); this half only
   * draws the pill. An import that fails (the extension was updated or removed, and this
   * script lives on cut off from it) takes the orphaned pill away.
   */
  private withPanel(use: (panel: OverlayPanel) => unknown): void {
    try {
      this.panelLoading ??= import(/* @vite-ignore */ extensionApi.runtime.getURL(PANEL_SCRIPT)).then(() => {
        const create = (globalThis as Record<string, unknown>)[PANEL_GLOBAL] as CreatePanel | undefined;
        if (!create) throw new Error('overlay panel missing');
        this.panel = create({
          region: this.region,
          showCollapsed: (collapsed) => this.showCollapsed(collapsed),
          focusPill: () => this.pill?.focus(),
          detach: () => this.lifecycle.detach(),
          setTimeout: (fn, ms) => this.lifecycle.setTimeout(fn, ms),
        });
        this.render();
        return this.panel;
      });
      this.panelLoading.then((panel) => safely(() => use(panel)), () => this.lifecycle.detach());
    } catch {
      this.lifecycle.detach();
    }
  }

  private showCollapsed(collapsed: boolean): void {
    this.collapsedPref = collapsed;
    this.openedOnUnknownUrl = !collapsed && this.recognition.kind !== 'page' ? location.href : null;
    this.render();
  }

  private render(): void {
    const pill = this.pill;
    if (!pill) return;
    const t = (key: PillLabelKey) => pillLabel(pillData, this.locale, key);
    const r = this.recognition;
    this.hostEl.hidden = r.kind === 'outside';
    const pageLabel = r.kind === 'page' ? pillLabel(pillData, this.locale, r.page.id) : t('shell.unknownPage');
    const collapsed = this.isCollapsed();
    this.region.setAttribute('aria-label', t('shell.region'));
    this.region.setAttribute('data-state', r.kind === 'page' ? 'recognised' : 'unknown');
    this.pillTitle.textContent = t('shell.title');
    this.pillPage.textContent = pageLabel;
    // Stays up while the panel's file loads on first open, so the corner is never empty.
    pill.hidden = !collapsed && this.panel !== null;
    pill.setAttribute('aria-expanded', String(!collapsed));
    pill.setAttribute('aria-label', `${t('shell.expand')}. ${pageLabel}`);
    if (this.panel) this.panel.render({ recognition: r, locale: this.locale, collapsed });
    else if (!collapsed) this.withPanel(() => undefined);
  }
}
