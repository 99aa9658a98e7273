/**
 * Where the user is working on the page: Bootstrap and bootstrap-vue keep closed modals in the
 * DOM (e-Kinerja's hidden "Mohon Maaf" with its own OK button, the eviden modal before a row
 * opens it), so fields and buttons are looked for only in the visible `.modal.show` when one is
 * open, and never inside a closed one.
 */
export const HIDDEN_CONTAINER = '[hidden], [aria-hidden="true"], template, .modal:not(.show), pendamping-kinerja';

export function isHidden(el: Element): boolean {
  return el.closest(HIDDEN_CONTAINER) !== null;
}

/** The open modal the user works in (the last one opened sits on top), or null. */
export function openModal(doc: Document): Element | null {
  const open = doc.querySelectorAll('.modal.show');
  for (let i = open.length - 1; i >= 0; i--) if (!isHidden(open[i]!.parentElement ?? open[i]!)) return open[i]!;
  return null;
}
