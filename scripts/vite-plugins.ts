import type { Plugin } from 'vite';

/** The content script's first half, the one file the host page compiles at every load. */
export const CONTENT_SCRIPT = 'overlay-host.js';

/**
 * V8's explicit compile hint for the content script's first half: compile every function with
 * the script instead of parsing each one twice (pre-parse, then again on first call). Everything
 * in that file runs at load (the rest lives in overlay-panel.js), so nothing is compiled in vain.
 * Chromium 136+ reads the comment; others ignore it. Added after minification, which drops comments.
 */
export function compileHints(): Plugin {
  return {
    name: 'pendamping-kinerja:compile-hints',
    generateBundle(_options, bundle) {
      const chunk = bundle[CONTENT_SCRIPT];
      if (chunk?.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
    },
  };
}
