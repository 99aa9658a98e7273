/**
 * The rule when two tabs saved the same field: never drop text. Each side's change is found against
 * the text both started from (common prefix and suffix); changes in different places are both
 * applied; changes that overlap keep both texts, the other tab's first, and report a conflict so
 * the writer is told and can tidy up.
 */

export interface MergeResult {
  readonly text: string;
  /** true when both versions were kept one after the other (the writer should look). */
  readonly conflict: boolean;
}

interface Change { readonly start: number; readonly end: number; readonly insert: string }

/** Where `next` differs from `base`: base[start, end) was replaced by `insert`. */
export function changeBetween(base: string, next: string): Change {
  let start = 0;
  const max = Math.min(base.length, next.length);
  while (start < max && base[start] === next[start]) start++;
  let tail = 0;
  while (tail < max - start && base[base.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  return { start, end: base.length - tail, insert: next.slice(start, next.length - tail) };
}

export function mergeField(base: string, mine: string, theirs: string, conflictMarker: string): MergeResult {
  if (mine === theirs || theirs === base) return { text: mine, conflict: false };
  if (mine === base) return { text: theirs, conflict: false };
  // One side already holds the other's text (e.g. a retry of a save that did land): keep the longer.
  if (mine.includes(theirs)) return { text: mine, conflict: false };
  if (theirs.includes(mine)) return { text: theirs, conflict: false };
  const a = changeBetween(base, mine);
  const b = changeBetween(base, theirs);
  // Strictly apart (an insertion at the very place the other side edits is ambiguous: keep both instead).
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (first.end < second.start || (first.end === second.start && first.start < first.end && second.start < second.end)) {
    const text = base.slice(0, first.start) + first.insert + base.slice(first.end, second.start) + second.insert + base.slice(second.end);
    return { text, conflict: false };
  }
  return { text: `${theirs}\n\n${conflictMarker}\n${mine}`, conflict: true };
}
