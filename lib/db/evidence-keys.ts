/**
 * The evidence list's lookup keys (table `evidenceKeys`, multiEntry index `keys`), so that every
 * filter combination the #/bukti page offers reads a date-ordered key range and can stop after
 * one screen, instead of collecting all matches and sorting them.
 *
 * Every key ends with the activity date, so a key's range is already in list order (date, then
 * id, as the compound [x+activityDate] indexes order ties):
 *  - one facet:            `stage:pelaksanaan` ␁ 2025-03-04
 *  - two facets (a pair):  `tag:modul` ␂ `stage:pelaksanaan` ␁ 2025-03-04 (canonical FACETS order)
 *  - a search prefix:      `w:refl` ␁ 2025-03-04 (every prefix of every search word, 2..TERM_MAX letters)
 *  - two search words:     `w2:fot` ␂ `lap` ␁ 2025-03-04 (pairs of the words' first three letters), so a
 *    two-word search that matches little or nothing reads a short range instead of two long ones.
 *    An item with more than MAX_PAIR_HEADS distinct heads gets the marker `w2*` instead; while any
 *    such item exists, multi-word searches intersect the single-word keys (slower, still correct).
 * A year filter is a date range inside any key (year is derived from the date).
 * Control characters are removed from values, so ␁/␂ cannot occur inside them.
 * It lives with the database: the v4 upgrade (schema.ts) writes these keys, and lib/evidence reads them.
 */
import type { EvidenceItem } from './evidence-rows';

export interface EvidenceKeysRow { readonly id: string; readonly keys: string[] }

/** Facets that can be filtered on, most selective first (the first two present form the driving pair). */
export const FACETS = ['tag', 'step', 'indicator', 'periodId', 'stage', 'media', 'kind'] as const;
export type Facet = (typeof FACETS)[number];
/** Search prefixes are indexed up to this length; longer query words are checked on the rows. */
export const TERM_MAX = 16;
export const PAIR_HEAD = 3;
export const MAX_PAIR_HEADS = 40;
export const PAIR_OVERFLOW = 'w2*';

const DATE = '\u0001';
const PAIR = '\u0002';

const clean = (v: string | number) => String(v).replace(/[\u0000-\u001f]/g, ' ');
export const facetPart = (facet: Facet, value: string | number) => `${facet}:${clean(value)}`;
export const pairPart = (a: string, b: string) => `${a}${PAIR}${b}`;
export const termPart = (token: string) => `w:${token.slice(0, TERM_MAX)}`;
/** Key of two search words by their heads (needs two distinct heads of PAIR_HEAD letters). */
export function termPairPart(a: string, b: string): string {
  const [x, y] = [a.slice(0, PAIR_HEAD), b.slice(0, PAIR_HEAD)].sort() as [string, string];
  return `w2:${x}${PAIR}${y}`;
}

/** [lower, upper] of a key's entries between two ISO dates (inclusive). */
export function keyRange(part: string, from = '', to = '\uffff'): [string, string] {
  return [`${part}${DATE}${from}`, `${part}${DATE}${to}`];
}

type Keyed = Pick<EvidenceItem, 'id' | 'activityDate' | 'tags' | 'words' | Exclude<Facet, 'tag'>>;

export function keysOf(item: Keyed): EvidenceKeysRow {
  const date = item.activityDate;
  const dims = FACETS.map((f) => (f === 'tag' ? item.tags.map((t) => facetPart('tag', t))
    : item[f] === null || item[f] === undefined ? [] : [facetPart(f, item[f] as string)]));
  const out = new Set<string>();
  for (let a = 0; a < dims.length; a++) {
    for (const pa of dims[a]!) {
      out.add(`${pa}${DATE}${date}`);
      for (let b = a + 1; b < dims.length; b++) for (const pb of dims[b]!) out.add(`${pairPart(pa, pb)}${DATE}${date}`);
    }
  }
  for (const w of item.words) for (let n = 2; n <= Math.min(w.length, TERM_MAX); n++) out.add(`${termPart(w.slice(0, n))}${DATE}${date}`);
  const heads = [...new Set(item.words.filter((w) => w.length >= PAIR_HEAD).map((w) => w.slice(0, PAIR_HEAD)))].sort();
  if (heads.length > MAX_PAIR_HEADS) out.add(`${PAIR_OVERFLOW}${DATE}${date}`);
  else for (let a = 0; a < heads.length; a++) for (let b = a + 1; b < heads.length; b++) out.add(`${termPairPart(heads[a]!, heads[b]!)}${DATE}${date}`);
  return { id: item.id, keys: [...out] };
}
