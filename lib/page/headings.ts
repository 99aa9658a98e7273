/**
 * The page's visible headings, of every kind the sites use, read in one pass: e-Kinerja (2026) has
 * no h1 at all, its page title is a `strong.h5`, its cards and modals title themselves with h5/h6
 * and `.card-header`; Ruang GTK's new markup uses `[role=heading]`. Texts only, in document order:
 * recognition (lib/sites/recognise.ts) does the rest without the DOM.
 */
import { HIDDEN_CONTAINER } from './visible';

const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, .h1, .h2, .h3, .h4, .h5, .h6, [role="heading"], .modal-title, .card-header, .card-title';
const MAX_HEADINGS = 40;
const MAX_HEADING_CHARS = 160;

export function readHeadings(doc: Document): string[] {
  const out: string[] = [];
  for (const el of doc.querySelectorAll(HEADING_SELECTOR)) {
    if (out.length >= MAX_HEADINGS) break;
    // Closed modals (the hidden "Mohon Maaf") and hidden templates are not what the user sees.
    if (el.closest(HIDDEN_CONTAINER)) continue;
    const text = el.textContent?.trim();
    if (text) out.push(text.length > MAX_HEADING_CHARS ? text.slice(0, MAX_HEADING_CHARS) : text);
  }
  return out;
}
