/**
 * The little the overlay needs from a content-script runtime, without WXT's
 * ContentScriptContext: that one reads `chrome.runtime` at start (the first touch of an
 * extension API namespace builds its bindings, ~1 ms of the host page's main thread) and posts
 * a window message the page's own listeners receive. Measured in scripts/bench.mjs.
 *
 * Liveness is the DOM: an instance is alive until its element, once attached, leaves the page.
 * Every timer and listener here checks it, so an overlay the page removed goes quiet. (Browsers
 * do not inject a new version into open tabs after an update; the old one finds out on the
 * user's next click, see content-host.ts.)
 */
export const OVERLAY_ELEMENT = 'pendamping-kinerja';

export class HostLifecycle {
  private attachedOnce = false;

  constructor(private readonly element: HTMLElement) {}

  get alive(): boolean {
    return !this.attachedOnce || this.element.isConnected;
  }

  attach(): void {
    document.documentElement.append(this.element);
    this.attachedOnce = true;
  }

  detach(): void {
    this.element.remove();
  }

  setTimeout(fn: () => void, ms: number): number {
    return window.setTimeout(() => {
      if (this.alive) fn();
    }, ms);
  }

  /**
   * Calls `onChange` after the page's URL changes without a reload (history API, back/forward).
   * The Navigation API's `currententrychange` fires once the URL has changed (its `navigate`
   * fires before). Without it (Firefox before 136), the URL is compared once a second while the
   * tab is shown, as WXT's own watcher does.
   */
  onLocationChange(onChange: () => void): void {
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (navigation && typeof navigation.addEventListener === 'function') {
      const listener = () => {
        if (this.alive) onChange();
        else navigation.removeEventListener('currententrychange', listener);
      };
      navigation.addEventListener('currententrychange', listener);
      return;
    }
    let lastUrl = location.href;
    const timer = window.setInterval(() => {
      if (!this.alive) {
        window.clearInterval(timer);
        return;
      }
      if (document.visibilityState !== 'visible' || location.href === lastUrl) return;
      lastUrl = location.href;
      onChange();
    }, 1000);
  }

  /** A listener that goes quiet once this instance is gone. */
  listen<K extends keyof DocumentEventMap>(target: Document, type: K, fn: (event: DocumentEventMap[K]) => void): void {
    const listener = (event: DocumentEventMap[K]) => {
      if (this.alive) fn(event);
      else target.removeEventListener(type, listener);
    };
    target.addEventListener(type, listener);
  }
}
