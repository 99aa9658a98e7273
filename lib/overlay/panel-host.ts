import { browser } from 'wxt/browser';
import { createTranslator } from '@/lib/i18n/define';
import { shellMessages } from '@/lib/i18n/shell';
import { pageMessages, type PageId } from '@/lib/i18n/pages';
import { toHostMessage, type PageContext, type ToFrameMessage, type ToHostMessage } from './protocol';
import { CONNECT_TYPE, randomNonce } from './channel';
import { PANEL_CSS } from './shell-style';
import { safely } from './safely';
import { UI_PREFS_KEYS } from './ui-prefs';
import { attachFile, describeFileInput, fillLinkFields, findFileInputs, findLinkFields } from './page-fields';
import type { CreatePanel, OverlayPanel, PanelHost, PanelState } from './panel-contract';

/** The SPA draws its form after the URL changes: its fields are looked for again this much later (ms). */
const RESCAN_AFTER_NAVIGATION = 700;
const MAX_FILE_INPUTS = 20;
const MAX_DROPPED_FILES = 50;

export const createPanel: CreatePanel = (host) => new Panel(host);

/**
 * The open overlay: a header, and an extension-origin frame that draws the real UI (React, the
 * database through the background) in its own process. Connected by a MessageChannel whose
 * messages are checked with zod on both sides.
 */
class Panel implements OverlayPanel {
  private state: PanelState | null = null;
  private frame: HTMLIFrameElement | null = null;
  private port: MessagePort | null = null;
  private frameReady = false;
  /** File inputs of the last scan; the frame refers to them by index. */
  private fileInputs: HTMLInputElement[] = [];
  /** Files dropped before the frame was ready. */
  private pendingFiles: File[] = [];
  private readonly root: HTMLElement;
  private readonly title: HTMLElement;
  private readonly page: HTMLElement;
  private readonly close: HTMLButtonElement;
  private readonly move: HTMLButtonElement;
  private readonly body: HTMLElement;

  constructor(private readonly host: PanelHost) {
    const style = document.createElement('style');
    style.textContent = PANEL_CSS;
    this.root = document.createElement('div');
    this.root.className = 'panel';
    this.root.id = 'pk-panel';
    this.root.hidden = true;
    this.root.innerHTML = `<div class="head">
      <span class="logo" aria-hidden="true" style="background:#fff;color:#0b5cad">PK</span>
      <div class="titles"><h2></h2><p data-testid="pk-panel-page"></p></div>
      <button class="hbtn move" type="button" data-testid="pk-move"><span aria-hidden="true">⇄</span></button>
      <button class="hbtn close" type="button">×</button>
    </div>
    <div class="body"></div>`;
    host.region.append(style, this.root);
    const q = <T extends HTMLElement>(sel: string) => this.root.querySelector(sel) as T;
    this.title = q('.head h2');
    this.page = q('[data-testid="pk-panel-page"]');
    this.close = q('.close');
    this.move = q('.move');
    this.body = q('.body');
    this.close.addEventListener('click', () => safely(() => this.setCollapsed(true, true)));
    this.move.addEventListener('click', () => safely(() => this.moveToOtherSide()));
    this.root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') safely(() => this.setCollapsed(true, true));
    });
  }

  render(state: PanelState): void {
    this.state = state;
    const t = createTranslator(shellMessages, state.locale);
    const r = state.recognition;
    const pageLabel = r.kind === 'page' ? createTranslator(pageMessages, state.locale)(r.page.id as PageId) : t('shell.unknownPage');
    this.title.textContent = t('shell.title');
    this.page.textContent = r.kind === 'page' ? t('shell.recognised', { page: pageLabel }) : pageLabel;
    this.close.setAttribute('aria-label', t('shell.collapse'));
    this.close.title = t('shell.collapse');
    const moveLabel = t(state.side === 'left' ? 'shell.moveRight' : 'shell.moveLeft');
    this.move.setAttribute('aria-label', moveLabel);
    this.move.title = moveLabel;
    this.root.hidden = state.collapsed;
    if (!state.collapsed) this.ensureFrame(t('shell.region'));
    this.sendPage();
  }

  focus(): void {
    this.close.focus();
  }

  async setCollapsed(collapsed: boolean, focus: boolean): Promise<void> {
    if (this.extensionGone()) return;
    this.host.showCollapsed(collapsed);
    if (focus && collapsed) this.host.focusPill();
    if (focus && !collapsed) this.focus();
    await browser.storage.local.set({ [UI_PREFS_KEYS.overlayCollapsed]: collapsed });
  }

  /** The panel covers part of the page: the teacher can put it in the other bottom corner, for every page after. */
  private async moveToOtherSide(): Promise<void> {
    if (this.extensionGone() || !this.state) return;
    const side = this.state.side === 'left' ? 'right' : 'left';
    this.host.showSide(side);
    this.move.focus();
    await browser.storage.local.set({ [UI_PREFS_KEYS.overlaySide]: side });
  }

  dropFiles(files: readonly File[]): void {
    if (files.length === 0) return;
    this.pendingFiles.push(...files.slice(0, MAX_DROPPED_FILES));
    this.flushFiles();
    if (this.state?.collapsed !== false) safely(() => this.setCollapsed(false, false));
  }

  onNavigate(): void {
    this.host.setTimeout(() => safely(() => this.sendTargets()), RESCAN_AFTER_NAVIGATION);
  }

  dispose(): void {
    this.port?.close();
  }

  /**
   * After the extension is updated or removed, this script lives on in open tabs, cut off from
   * it; the user's next action takes the overlay away instead of failing.
   */
  private extensionGone(): boolean {
    let gone: boolean;
    try {
      gone = !browser.runtime?.id;
    } catch {
      gone = true;
    }
    if (gone) {
      this.dispose();
      this.host.detach();
    }
    return gone;
  }

  /** Created on first open only; the frame's process, not the page's, runs the UI. */
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
      this.connect(frame, nonce);
    }), { once: true });
    this.body.append(frame);
  }

  private connect(frame: HTMLIFrameElement, nonce: string): void {
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.port.onmessage = (event) => safely(() => {
      const parsed = toHostMessage.safeParse(event.data);
      if (parsed.success) this.onFrameMessage(parsed.data);
    });
    const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
    frame.contentWindow?.postMessage({ type: CONNECT_TYPE, nonce }, extensionOrigin, [channel.port2]);
  }

  private post(message: ToFrameMessage): void {
    this.port?.postMessage(message);
  }

  private onFrameMessage(message: ToHostMessage): void {
    switch (message.type) {
      case 'ready':
        this.frameReady = true;
        this.sendPage();
        this.flushFiles();
        break;
      case 'collapse':
        safely(() => this.setCollapsed(true, true));
        break;
      case 'resize':
        this.body.style.height = `${Math.ceil(message.height)}px`;
        break;
      case 'scan':
        this.sendTargets();
        break;
      case 'attach': {
        // Only on the user's click in the panel; the page's own upload flow continues from here.
        const input = this.fileInputs[message.index];
        const ok = !!input && input.isConnected && attachFile(input, message.file);
        this.post({ type: 'attach-result', index: message.index, ok });
        break;
      }
      case 'fill-link':
        this.post({ type: 'fill-result', ok: fillLinkFields(document, message.name, message.url) });
        break;
    }
  }

  private flushFiles(): void {
    if (!this.frameReady || this.pendingFiles.length === 0) return;
    this.post({ type: 'files', files: this.pendingFiles.splice(0) });
  }

  /** One querySelectorAll, only while the panel is open. */
  private sendTargets(): void {
    if (!this.frameReady || !this.state || this.state.collapsed) return;
    this.fileInputs = findFileInputs(document).slice(0, MAX_FILE_INPUTS);
    this.post({
      type: 'targets',
      fileInputs: this.fileInputs.map((input, index) => ({
        index, accept: (input.accept || '').slice(0, 500), label: describeFileInput(input), multiple: input.multiple,
      })),
      linkFields: findLinkFields(document) !== null,
    });
  }

  private sendPage(): void {
    const r = this.state?.recognition;
    if (!this.frameReady || !r || r.kind === 'outside') return;
    const page: PageContext = {
      site: r.site,
      pageId: r.kind === 'page' ? r.page.id : null,
      stage: r.kind === 'page' ? (r.page.stage ?? null) : null,
      step: r.kind === 'page' ? (r.page.step ?? null) : null,
      url: location.href,
      title: document.title,
    };
    this.post({ type: 'page', page });
    this.sendTargets();
  }
}
