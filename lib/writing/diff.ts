/**
 * Word diff between two versions of a field, for the history view. jsdiff's diffWords keeps
 * whitespace with the words, so joining the parts gives back either text exactly.
 */
import { diffWordsWithSpace } from 'diff';

export interface DiffPart { readonly kind: 'same' | 'added' | 'removed'; readonly text: string }

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((p) => ({ kind: p.added ? 'added' : p.removed ? 'removed' : 'same', text: p.value }));
}
