/**
 * When a keystroke save extends the last revision instead of starting a new one. History stays
 * readable (one revision per spell of typing, not one per second) and never hides real text: a
 * revision is extended only by the same editor, within a few minutes, and while the characters
 * it has lost on the way stay typo-sized. A restore or a merge always starts its own revision.
 */
import { wordDiff } from './diff';
import type { WritingRevision } from './model';

/** A spell of typing kept as one revision lasts at most this long. */
export const COALESCE_WINDOW_MS = 5 * 60_000;
/** Characters a coalesced revision may lose (typo fixes); deleting more starts a new revision. */
export const COALESCE_MAX_DELETED = 20;

/** Characters of `before` that a word diff finds removed in `after` (text moved around or kept is not counted). */
export function deletedChars(before: string, after: string): number {
  if (after.startsWith(before)) return 0; // typing at the end: the common case, no diff needed
  return wordDiff(before, after).reduce((n, p) => n + (p.kind === 'removed' ? p.text.length : 0), 0);
}

export function shouldCoalesce(last: Pick<WritingRevision, 'session' | 'origin' | 'at' | 'deleted' | 'text'>, next: { session: string; origin: WritingRevision['origin']; now: string; text: string }): boolean {
  if (next.origin !== 'typing' || last.origin !== 'typing') return false;
  if (last.session !== next.session) return false;
  if (Date.parse(next.now) - Date.parse(last.at) > COALESCE_WINDOW_MS) return false;
  return last.deleted + deletedChars(last.text, next.text) <= COALESCE_MAX_DELETED;
}
