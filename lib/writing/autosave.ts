/**
 * Autosave of one field: saves after a pause in typing (debounce) and at the latest `maxWaitMs`
 * (700 ms) after the first unsaved keystroke, so stored text is never more than a second behind while the
 * writer keeps typing. One save at a time; text typed during a save is saved right after.
 * Timers are injected so the rule is tested without a browser.
 */

export interface AutosaveTimers {
  now(): number;
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: AutosaveTimers = {
  now: () => Date.now(),
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface AutosaveOptions {
  readonly save: (text: string) => Promise<void>;
  readonly debounceMs?: number;
  readonly maxWaitMs?: number;
  readonly timers?: AutosaveTimers;
  /** Told when saving starts, ends, fails: for the "Tersimpan" line. */
  readonly onState?: (state: 'pending' | 'saving' | 'saved' | 'error', error?: unknown) => void;
}

export const AUTOSAVE_DEBOUNCE_MS = 300;
/** Below a second: the write itself (a few ms, more on a busy machine) must fit in the promise "at most a second behind". */
export const AUTOSAVE_MAX_WAIT_MS = 700;

export class Autosaver {
  private pending: string | undefined;
  private firstPendingAt = 0;
  private timer: unknown;
  private inFlight: Promise<void> | null = null;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly timers: AutosaveTimers;

  constructor(private readonly options: AutosaveOptions) {
    this.debounceMs = options.debounceMs ?? AUTOSAVE_DEBOUNCE_MS;
    this.maxWaitMs = options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS;
    this.timers = options.timers ?? realTimers;
  }

  get hasPending(): boolean { return this.pending !== undefined || this.inFlight !== null; }

  change(text: string): void {
    const now = this.timers.now();
    if (this.pending === undefined) this.firstPendingAt = now;
    this.pending = text;
    this.options.onState?.('pending');
    if (this.timer !== undefined) this.timers.clear(this.timer);
    const wait = Math.max(0, Math.min(this.debounceMs, this.firstPendingAt + this.maxWaitMs - now));
    this.timer = this.timers.set(() => { this.timer = undefined; void this.flush(); }, wait);
  }

  /** Saves what is pending now (pagehide, blur, leaving the page); resolves when all is stored. */
  async flush(): Promise<void> {
    if (this.timer !== undefined) { this.timers.clear(this.timer); this.timer = undefined; }
    while (this.inFlight) await this.inFlight;
    const text = this.pending;
    if (text === undefined) return;
    this.pending = undefined;
    this.options.onState?.('saving');
    let failed = false;
    this.inFlight = this.options.save(text).then(
      () => { this.inFlight = null; if (this.pending === undefined) this.options.onState?.('saved'); },
      (error: unknown) => {
        this.inFlight = null;
        failed = true;
        // Keep the text to save again: a failed save must not drop it.
        if (this.pending === undefined) this.pending = text;
        this.options.onState?.('error', error);
      },
    );
    await this.inFlight;
    // Typed while that save ran, and no timer left to save it: save it now (a failure waits for the next keystroke or flush).
    if (!failed && this.pending !== undefined && this.timer === undefined) await this.flush();
  }

  dispose(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
  }
}
