/**
 * Styles of the overlay shell, inside its shadow root: the host page's CSS cannot reach in,
 * and ours cannot leak out. What inherits through the boundary is reset by the host element's
 * inline `all: initial !important` (content-host.ts), which no page rule can beat; a `:host`
 * rule saying the same again would make the pill's style sheet expand `all` into its hundreds
 * of longhands a second time, on the host page's main thread.
 */
/**
 * The pill is set in the page's own font family and size (content-host.ts copies them from the
 * body), with one size throughout: every new font family, size or weight the page has not used yet
 * is a font lookup the browser makes in the page's first layout after the pill appears, and on
 * Linux each one is a round trip to the browser process. With a font stack of our own and three
 * sizes, that layout took ~5 ms; in the page's font at one size it takes ~0.7. `sans-serif` at
 * 14px is the fallback.
 * The pill is laid out as plain blocks (the logo positioned in the padding), not a grid: the same
 * look, and its first layout ~0.2 ms shorter.
 */
export const PILL_CSS = `
* { box-sizing: border-box; }
.pk { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; font: 14px/1.4 sans-serif; color: #1b2733; }
.pk.left { left: 16px; right: auto; }
.pill { display: block; position: relative; max-width: 320px; padding: 8px 14px 8px 46px; border: 1px solid #c9d6e3; border-radius: 999px; background: #fff; color: #1b2733; box-shadow: 0 4px 14px rgba(16,42,67,.18); cursor: pointer; font: inherit; text-align: left; text-transform: none; letter-spacing: normal; line-height: 1.3; }
.pill:hover { border-color: #0b5cad; }
.pill:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
.logo { position: absolute; left: 10px; top: 50%; margin-top: -14px; width: 28px; height: 28px; line-height: 28px; text-align: center; border-radius: 50%; background: #0b5cad; color: #fff; font-weight: 700; }
.pill-title { display: block; font-weight: 700; }
.pill-page { display: block; color: #4a5a6a; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
[hidden] { display: none !important; }
.pk.drag .pill { outline: 3px dashed #0b5cad; outline-offset: 3px; }
`;

/** Added with the panel on first open: nothing of it is parsed while the overlay is a pill. */
export const PANEL_CSS = `
.panel { width: min(380px, calc(100vw - 32px)); max-height: min(640px, calc(100vh - 32px)); display: flex; flex-direction: column; background: #fff; border: 1px solid #c9d6e3; border-radius: 12px; box-shadow: 0 8px 30px rgba(16,42,67,.25); overflow: hidden; }
.head { display: flex; align-items: center; gap: 10px; padding: 10px 12px; background: #0b5cad; color: #fff; }
.head h2 { all: unset; display: block; font-weight: 700; font-size: 15px; }
.head p { all: unset; display: block; font-size: 12px; opacity: .92; }
.head .titles { flex: 1; min-width: 0; }
.move { font-size: 18px; }
.hbtn { all: unset; cursor: pointer; width: 32px; height: 32px; border-radius: 6px; display: grid; place-items: center; font-size: 20px; line-height: 1; color: #fff; }
.hbtn:hover { background: rgba(255,255,255,.15); }
.hbtn:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
.pk.drag .panel { outline: 3px dashed #0b5cad; outline-offset: 3px; }
.body { height: 160px; min-height: 80px; max-height: calc(100vh - 100px); flex: 0 1 auto; display: flex; background: #f6f8fb; }
iframe { flex: 1; width: 100%; height: 100%; border: 0; background: #f6f8fb; }
@media (prefers-reduced-motion: no-preference) { .panel { animation: pk-in .12s ease-out; } }
@keyframes pk-in { from { opacity: 0; transform: translateY(6px); } }
`;
