import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createTranslator, type Locale } from '@/lib/i18n/define';
import { shellMessages } from '@/lib/i18n/shell';
import { pageMessages, type PageId } from '@/lib/i18n/pages';
import { locateSite, pathHasAdapter, recognisePage, type Recognition } from '@/lib/sites/recognise';
import type { PageContext, ToFrameMessage, ToHostMessage } from './protocol';
import { CONNECT_TYPE, PROTOCOL_GLOBAL, PROTOCOL_SCRIPT, randomNonce, type ProtocolValidators } from './channel';
import { PANEL_CSS, PILL_CSS } from './shell-style';
import { parseUiPrefs, UI_PREFS_KEYS } from './ui-prefs';
import { attachFile, describeFileInput, fillLinkFields, findFileInputs, findLinkFields } from './page-fields';

/** SPA pages render their heading after the URL changes; look again at these delays (ms). */
const RECHECK_DELAYS = [60, 250, 700, 1500, 3000];
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
 * Runs the overlay shell: a small pill in an open shadow root, and — only once the user
 * opens it — an extension-origin frame that draws the real UI in its own process.
 * Everything is wrapped so that nothing this script does can throw into the host page.
 */
export function runOverlayHost(ctx: ContentScriptContext): void {
  safely(() => new OverlayHost(ctx).start());
}

function sameRecognition(a: Recognition, b: Recognition): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'page' || (b.kind === 'page' && a.page.id === b.page.id);
}

function safely(fn: () => unknown): void {
  try {
    const result = fn();
    if (result instanceof Promise) result.catch(() => undefined);
  } catch {
    // The host page must never see our errors; the overlay simply stays as it was.
  }
}

class OverlayHost {
  private recognition: Recognition = { kind: 'outside' };
  private locale: Locale = 'id';
  private collapsedPref: boolean | undefined;
  private frame: HTMLIFrameElement | null = null;
  private port: MessagePort | null = null;
  private frameReady = false;
  private recheckTimers: number[] = [];
  /** File inputs of the last scan; the frame refers to them by index. */
  private fileInputs: HTMLInputElement[] = [];
  /** Files dropped before the frame was ready. */
  private pendingFiles: File[] = [];
  /** Opening the panel on an unknown page holds for that page only. */
  private openedOnUnknownUrl: string | null = null;
  private validators: Promise<ProtocolValidators> | null = null;
  private readonly root: ShadowRoot;
  private readonly hostEl: HTMLElement;
  private readonly region: HTMLElement;
  private readonly pill: HTMLButtonElement;
  /** Built on first open: a collapsed overlay never parses the panel's markup or styles. */
  private panel: { root: HTMLElement; title: HTMLElement; page: HTMLElement; close: HTMLButtonElement; body: HTMLElement } | null = null;

  constructor(private readonly ctx: ContentScriptContext) {
    this.hostEl = document.createElement('pendamping-kinerja');
    // Inline !important beats any page rule aimed at unknown elements.
    this.hostEl.style.setProperty('all', 'initial', 'important');
    this.hostEl.style.setProperty('display', 'block', 'important');
    // Open so tests and assistive tech can reach it; the frame's channel is guarded by a
    // nonce relayed through the background, never visible to the page.
    this.root = this.hostEl.attachShadow({ mode: 'open' });
    this.root.innerHTML = `<style>${PILL_CSS}</style>
<div class="pk" role="region">
  <button class="pill" type="button" aria-expanded="false" aria-controls="pk-panel">
    <span class="logo" aria-hidden="true">PK</span>
    <span class="pill-text"><span class="pill-title"></span><span class="pill-page" data-testid="pk-page-label"></span></span>
  </button>
</div>`;
    this.region = this.root.querySelector('.pk') as HTMLElement;
    this.pill = this.root.querySelector('.pill') as HTMLButtonElement;
  }

  private ensurePanel(): NonNullable<OverlayHost['panel']> {
    if (this.panel) return this.panel;
    const style = document.createElement('style');
    style.textContent = PANEL_CSS;
    const root = document.createElement('div');
    root.className = 'panel';
    root.id = 'pk-panel';
    root.hidden = true;
    root.innerHTML = `<div class="head">
      <span class="logo" aria-hidden="true" style="background:#fff;color:#0b5cad">PK</span>
      <div class="titles"><h2></h2><p data-testid="pk-panel-page"></p></div>
      <button class="close" type="button">×</button>
    </div>
    <div class="body"></div>`;
    this.region.append(style, root);
    const q = <T extends HTMLElement>(sel: string) => root.querySelector(sel) as T;
    this.panel = { root, title: q('.head h2'), page: q('[data-testid="pk-panel-page"]'), close: q('.close'), body: q('.body') };
    this.panel.close.addEventListener('click', () => safely(() => this.setCollapsed(true, true)));
    root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') safely(() => this.setCollapsed(true, true));
    });
    return this.panel;
  }

  async start(): Promise<void> {
    this.recognise();
    if (this.recognition.kind === 'outside') return;
    await this.readPrefs();
    if (!this.ctx.isValid) return;
    this.pill.addEventListener('click', () => safely(() => this.setCollapsed(false, true)));
    this.listenForDrops();
    // Drawn while detached, then attached once: the page pays for one style pass, not several.
    this.render();
    document.documentElement.append(this.hostEl);
    this.ctx.onInvalidated(() => {
      this.hostEl.remove();
      this.port?.close();
    });
    this.ctx.addEventListener(window, 'wxt:locationchange', () => safely(() => this.onNavigate()));
    // Another tab may have changed the language or the panel state: read again when this tab is
    // shown (a storage.onChanged listener would cost every page load its binding set-up).
    this.ctx.addEventListener(document, 'visibilitychange', () => safely(async () => {
      if (document.visibilityState !== 'visible') return;
      await this.readPrefs();
      this.render();
    }));
    this.scheduleRechecks();
  }

  private async readPrefs(): Promise<void> {
    const prefs = parseUiPrefs(await browser.storage.local.get([UI_PREFS_KEYS.locale, UI_PREFS_KEYS.overlayCollapsed]));
    this.locale = prefs.locale;
    this.collapsedPref = prefs.overlayCollapsed;
  }


  /**
   * WXT's watcher fires on the Navigation API's `navigate` event, before the URL and the DOM
   * change, so after a navigation recognition runs again on a short schedule until it settles.
   */
  private onNavigate(): void {
    this.scheduleRechecks(true);
    // The SPA draws its form after the URL changes: look for its fields once more shortly after.
    this.ctx.setTimeout(() => safely(() => this.sendTargets()), 700);
  }

  /** Files dropped on the pill or the panel go to the frame, which stores them via the background. */
  private listenForDrops(): void {
    const region = this.region;
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    region.addEventListener('dragover', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = 'copy';
      region.classList.add('drag');
    });
    region.addEventListener('dragleave', () => region.classList.remove('drag'));
    region.addEventListener('drop', (e) => safely(() => {
      region.classList.remove('drag');
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      const files = [...e.dataTransfer!.files].slice(0, 50);
      if (files.length === 0) return;
      this.pendingFiles.push(...files);
      if (this.isCollapsed()) void this.setCollapsed(false, false);
      this.flushFiles();
    }));
  }

  private flushFiles(): void {
    if (!this.port || !this.frameReady || this.pendingFiles.length === 0) return;
    const message: ToFrameMessage = { type: 'files', files: this.pendingFiles.splice(0) };
    this.port.postMessage(message);
  }

  /** One querySelectorAll, only when the panel is open: a closed overlay costs the page nothing. */
  private sendTargets(): void {
    if (!this.port || !this.frameReady || this.isCollapsed()) return;
    this.fileInputs = findFileInputs(document).slice(0, 20);
    const message: ToFrameMessage = {
      type: 'targets',
      fileInputs: this.fileInputs.map((input, index) => ({
        index, accept: (input.accept || '').slice(0, 500), label: describeFileInput(input), multiple: input.multiple,
      })),
      linkFields: findLinkFields(document) !== null,
    };
    this.port.postMessage(message);
  }

  private recognise(): void {
    this.recognition = recognisePage({ host: location.hostname, path: location.pathname, headings: readHeadings(document) });
  }

  /** Settled: a page matched by path and heading, or a path that no adapter could match. */
  private settled(): boolean {
    const r = this.recognition;
    if (r.kind === 'outside') return true;
    if (r.kind === 'page') return r.by === 'path+heading';
    const loc = locateSite(location.hostname, location.pathname);
    return !loc || !pathHasAdapter(loc);
  }

  /** Each look is one querySelectorAll over headings, and looking stops once the page is settled. */
  private scheduleRechecks(afterNavigation = false): void {
    for (const id of this.recheckTimers) clearTimeout(id);
    this.recheckTimers = [];
    if (!afterNavigation && this.settled()) return;
    let checkedUrl = '';
    for (const delay of afterNavigation ? [0, ...RECHECK_DELAYS] : RECHECK_DELAYS) {
      this.recheckTimers.push(
        this.ctx.setTimeout(() => safely(() => {
          if (checkedUrl === location.href && this.settled()) return;
          const before = this.recognition;
          const urlChanged = checkedUrl !== location.href;
          this.recognise();
          checkedUrl = location.href;
          if (urlChanged || !sameRecognition(before, this.recognition)) this.render();
        }), delay),
      );
    }
  }

  /**
   * The panel opens only when the user asks (then the choice is remembered): an open panel
   * uninvited would sit over the site's own buttons. Unknown pages always start as the pill.
   */
  private isCollapsed(): boolean {
    if (this.recognition.kind !== 'page') return this.openedOnUnknownUrl !== location.href;
    return this.collapsedPref ?? true;
  }

  private async setCollapsed(collapsed: boolean, focus: boolean): Promise<void> {
    this.collapsedPref = collapsed;
    this.openedOnUnknownUrl = !collapsed && this.recognition.kind !== 'page' ? location.href : null;
    this.render();
    if (focus) (collapsed ? this.pill : this.panel?.close)?.focus();
    await browser.storage.local.set({ [UI_PREFS_KEYS.overlayCollapsed]: collapsed });
  }

  private render(): void {
    const t = createTranslator(shellMessages, this.locale);
    const tp = createTranslator(pageMessages, this.locale);
    const r = this.recognition;
    this.hostEl.hidden = r.kind === 'outside';
    const pageLabel = r.kind === 'page' ? tp(r.page.id as PageId) : t('shell.unknownPage');
    const collapsed = this.isCollapsed();
    this.region.setAttribute('aria-label', t('shell.region'));
    this.region.setAttribute('data-state', r.kind === 'page' ? 'recognised' : 'unknown');
    (this.root.querySelector('.pill-title') as HTMLElement).textContent = t('shell.title');
    (this.root.querySelector('.pill-page') as HTMLElement).textContent = pageLabel;
    this.pill.hidden = !collapsed;
    this.pill.setAttribute('aria-expanded', String(!collapsed));
    this.pill.setAttribute('aria-label', `${t('shell.expand')}. ${pageLabel}`);
    const panel = collapsed ? this.panel : this.ensurePanel();
    if (panel) {
      panel.title.textContent = t('shell.title');
      panel.page.textContent = r.kind === 'page' ? t('shell.recognised', { page: pageLabel }) : pageLabel;
      panel.close.setAttribute('aria-label', t('shell.collapse'));
      panel.close.title = t('shell.collapse');
      panel.root.hidden = collapsed;
    }
    if (!collapsed) this.ensureFrame(t('shell.region'));
    this.sendPage();
  }

  /** The frame is created on first open only, so a collapsed overlay costs the page nothing more. */
  private ensureFrame(title: string): void {
    if (this.frame) return;
    const nonce = randomNonce();
    const frame = document.createElement('iframe');
    frame.title = title;
    frame.src = browser.runtime.getURL('/overlay.html');
    this.frame = frame;
    // The frame learns the nonce from the background (the page cannot), then accepts a
    // channel only from whoever knows it.
    const registered = browser.runtime.sendMessage({ type: 'overlay-register', nonce });
    frame.addEventListener('load', () => safely(async () => {
      await registered;
      await this.connect(frame, nonce);
    }), { once: true });
    this.ensurePanel().body.append(frame);
  }

  /** The validators arrive with the panel, never on page load (see channel.ts). */
  private loadValidators(): Promise<ProtocolValidators> {
    this.validators ??= import(/* @vite-ignore */ browser.runtime.getURL(PROTOCOL_SCRIPT)).then(() => {
      const loaded = (globalThis as Record<string, unknown>)[PROTOCOL_GLOBAL] as ProtocolValidators | undefined;
      if (!loaded) throw new Error('panel protocol missing');
      return loaded;
    });
    return this.validators;
  }

  private async connect(frame: HTMLIFrameElement, nonce: string): Promise<void> {
    const { toHostMessage } = await this.loadValidators();
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.port.onmessage = (event) => safely(() => {
      const parsed = toHostMessage.safeParse(event.data);
      if (!parsed.success) return;
      this.onFrameMessage(parsed.data);
    });
    const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
    frame.contentWindow?.postMessage({ type: CONNECT_TYPE, nonce }, extensionOrigin, [channel.port2]);
  }

  private onFrameMessage(message: ToHostMessage): void {
    switch (message.type) {
      case 'ready':
        this.frameReady = true;
        this.sendPage();
        this.flushFiles();
        break;
      case 'collapse':
        void this.setCollapsed(true, true);
        break;
      case 'resize':
        if (this.panel) this.panel.body.style.height = `${Math.ceil(message.height)}px`;
        break;
      case 'scan':
        this.sendTargets();
        break;
      case 'attach': {
        // Only on the user's click in the panel; the page's own upload flow continues from here.
        const input = this.fileInputs[message.index];
        const ok = !!input && input.isConnected && attachFile(input, message.file);
        this.port?.postMessage({ type: 'attach-result', index: message.index, ok } satisfies ToFrameMessage);
        break;
      }
      case 'fill-link': {
        const ok = fillLinkFields(document, message.name, message.url);
        this.port?.postMessage({ type: 'fill-result', ok } satisfies ToFrameMessage);
        break;
      }
    }
  }

  private sendPage(): void {
    if (!this.port || !this.frameReady) return;
    const r = this.recognition;
    if (r.kind === 'outside') return;
    const page: PageContext = {
      site: r.site,
      pageId: r.kind === 'page' ? r.page.id : null,
      stage: r.kind === 'page' ? (r.page.stage ?? null) : null,
      step: r.kind === 'page' ? (r.page.step ?? null) : null,
      url: location.href,
      title: document.title,
    };
    const message: ToFrameMessage = { type: 'page', page };
    this.port.postMessage(message);
    this.sendTargets();
  }
}
