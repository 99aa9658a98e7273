/**
 * The page side of the batch queue: what the site shows after the user pressed its own save.
 * Reads the DOM only; the decision is `isEntrySaved` in batch.ts.
 */
import { isEntrySaved, type BatchEntry } from './batch';
import { isVisibleModal } from './collect';
import { waitFor } from './insert';

/** Whether a modal is open, and the texts of the rows of the site's list (e.g. `table tbody tr`). */
export function observeSave(doc: Document, rowSelector: string): { modalOpen: boolean; listTexts: string[] } {
  return {
    modalOpen: [...doc.querySelectorAll('.modal')].some(isVisibleModal),
    listTexts: [...doc.querySelectorAll(rowSelector)].filter((r) => !r.closest('.modal')).map((r) => (r.textContent ?? '').replace(/\s+/g, ' ').trim()),
  };
}

/** How often the entry's marker is in the list now (taken before filling, so a twin entry does not count). */
export function markerCount(doc: Document, rowSelector: string, entry: BatchEntry): number {
  const o = observeSave(doc, rowSelector);
  let n = 0;
  while (isEntrySaved({ modalOpen: false, listTexts: o.listTexts }, entry, n)) n++;
  return n;
}

/**
 * Resolves true once the modal is closed and the list shows the entry once more than `countBefore`,
 * false after `timeoutMs` (the user may take minutes; the side panel can wait again).
 */
export async function waitForSave(doc: Document, rowSelector: string, entry: BatchEntry, countBefore: number, timeoutMs: number): Promise<boolean> {
  const saved = await waitFor(doc.body, () => isEntrySaved(observeSave(doc, rowSelector), entry, countBefore) || null, timeoutMs);
  return saved === true;
}
