/**
 * Filtered, date-sorted lists of evidence that read only as many rows as the screen shows.
 *  - No filter, a year, or one facet (stage, step, period, …) with or without a year: a reverse
 *    range of the activityDate / [facet+activityDate] index, limited to one screen.
 *  - Anything else (a tag, two or more facets, search words): the list keys of lib/db/evidence-keys.ts.
 *    A driving key (a facet pair, a selective facet or the longest search word) gives ids already
 *    in list order; it is read keys-only in growing pages, other search words are key sets, and a
 *    third facet is checked on the rows; two search words use their pair key and are checked on the rows. Only the rows of the screen are read from `evidence`.
 * Everything runs in one read transaction. Bodies and thumbnails are never touched here.
 */
import Dexie from 'dexie';
import type { PendampingDB } from '@/lib/db/database';
import type { EvidenceItem, EvidenceStage, MediaKind } from './model';
import { tokenize } from './model';
import { FACETS, PAIR_HEAD, PAIR_OVERFLOW, TERM_MAX, facetPart, keyRange, pairPart, termPairPart, termPart, type Facet } from '@/lib/db/evidence-keys';

export interface EvidenceFilter {
  readonly year?: number;
  readonly periodId?: string;
  readonly stage?: EvidenceStage;
  readonly step?: string;
  readonly indicator?: string;
  readonly tag?: string;
  readonly kind?: 'file' | 'link';
  readonly media?: MediaKind;
  readonly text?: string;
}

export interface ListOptions {
  readonly limit?: number;
  readonly offset?: number;
  /** Newest activity first (default) or oldest first. */
  readonly order?: 'desc' | 'asc';
}

export interface ListResult {
  readonly items: EvidenceItem[];
  readonly hasMore: boolean;
}

export const FIRST_SCREEN = 50;
/** First page of driving ids read keys-only; later pages grow four-fold. */
const FIRST_KEY_PAGE = 200;
/** Facets that narrow well enough to drive a text search on their own. */
const SELECTIVE: readonly Facet[] = ['tag', 'step', 'indicator'];

function dateBounds(f: EvidenceFilter): [string, string] | null {
  return f.year === undefined ? null : [`${f.year}-01-01`, `${f.year}-12-31`];
}

function facetMatches(item: EvidenceItem, facet: Facet, f: EvidenceFilter): boolean {
  if (facet === 'tag') return item.tags.includes(f.tag!);
  return item[facet] === f[facet];
}

type IndexedFacet = Exclude<Facet, 'tag'>;

/** One facet (not a tag) at most, no text: the compound index alone answers it. */
async function simpleList(db: PendampingDB, f: EvidenceFilter, facet: IndexedFacet | undefined, want: number, offset: number, order: 'desc' | 'asc') {
  const bounds = dateBounds(f);
  let collection;
  if (facet) {
    const v = f[facet] as string;
    collection = db.evidence.where(`[${facet}+activityDate]`)
      .between([v, bounds ? bounds[0] : Dexie.minKey], [v, bounds ? bounds[1] : Dexie.maxKey], true, true);
  } else {
    collection = bounds ? db.evidence.where('activityDate').between(bounds[0], bounds[1], true, true) : db.evidence.orderBy('activityDate');
  }
  if (order === 'desc') collection = collection.reverse();
  return collection.offset(offset).limit(want).toArray();
}

function keyCollection(db: PendampingDB, part: string, f: EvidenceFilter) {
  const bounds = dateBounds(f);
  const [lo, hi] = bounds ? keyRange(part, bounds[0], bounds[1]) : keyRange(part);
  return db.evidenceKeys.where('keys').between(lo, hi, true, true);
}

async function keyedList(db: PendampingDB, f: EvidenceFilter, facets: Facet[], tokens: string[], want: number, offset: number, order: 'desc' | 'asc') {
  // The driving key, other keys read whole as sets, and what is left to check on rows.
  const longest = [...tokens].sort((a, b) => b.length - a.length);
  let driver: string;
  let setParts: string[];
  let rowFacets: Facet[];
  let rowTokens = tokens.filter((t) => t.length > TERM_MAX);
  // Two search words with distinct heads: their pair key drives, every word is checked on the rows.
  const headed = longest.filter((t) => t.length >= PAIR_HEAD);
  const second = headed.find((t) => t.slice(0, PAIR_HEAD) !== headed[0]?.slice(0, PAIR_HEAD));
  const pairUsable = second !== undefined
    && (await db.evidenceKeys.where('keys').between(...keyRange(PAIR_OVERFLOW), true, true).limit(1).primaryKeys()).length === 0;
  const facetKey = facets.length >= 2 ? pairPart(facetPart(facets[0]!, f[facets[0]!]!), facetPart(facets[1]!, f[facets[1]!]!))
    : facets.length === 1 ? facetPart(facets[0]!, f[facets[0]!]!) : null;
  if (pairUsable) {
    driver = termPairPart(headed[0]!, second!);
    setParts = [];
    rowFacets = facets;
    rowTokens = tokens;
  } else if (facetKey && (facets.length >= 2 || SELECTIVE.includes(facets[0]!) || tokens.length === 0)) {
    driver = facetKey;
    setParts = longest.map(termPart);
    rowFacets = facets.slice(2);
  } else {
    driver = termPart(longest[0]!);
    setParts = longest.slice(1).map(termPart);
    rowFacets = facets;
  }
  const rowCheck = (item: EvidenceItem) => rowFacets.every((facet) => facetMatches(item, facet, f))
    && rowTokens.every((t) => item.words.some((w) => w.startsWith(t)));
  const needsRows = rowFacets.length > 0 || rowTokens.length > 0;

  const sets = await Promise.all(setParts.map(async (p) => new Set((await keyCollection(db, p, f).primaryKeys()) as string[])));
  const out: EvidenceItem[] = [];
  let candidates: string[] = [];
  let scanned = 0;
  // With nothing to check (no key sets, no row checks) every driving id is a result: read one screen of keys, not four.
  const firstPage = sets.length === 0 && !needsRows ? want : Math.max(FIRST_KEY_PAGE, want * 4);
  for (let page = firstPage; ; page *= 4) {
    const base = keyCollection(db, driver, f);
    const ids = (await (order === 'desc' ? base.reverse() : base).limit(page).primaryKeys()) as string[];
    const exhausted = ids.length < page;
    for (const id of ids.slice(scanned)) if (sets.every((s) => s.has(id))) candidates.push(id);
    scanned = ids.length;
    if (!needsRows) {
      if (candidates.length >= want || exhausted) {
        const slice = candidates.slice(offset, want);
        return { rows: (await db.evidence.bulkGet(slice)).filter((i): i is EvidenceItem => !!i) };
      }
      continue;
    }
    // Check candidates on their rows a screen at a time; stop as soon as enough pass.
    while (candidates.length > 0 && out.length < want) {
      const chunk = candidates.slice(0, Math.max(want - out.length, 50));
      candidates = candidates.slice(chunk.length);
      for (const item of await db.evidence.bulkGet(chunk)) if (item && rowCheck(item)) out.push(item);
    }
    if (out.length >= want || exhausted) return { rows: out.slice(offset, want) };
  }
}

export async function listEvidence(db: PendampingDB, filter: EvidenceFilter = {}, options: ListOptions = {}): Promise<ListResult> {
  const limit = options.limit ?? FIRST_SCREEN;
  const offset = options.offset ?? 0;
  const order = options.order ?? 'desc';
  const want = offset + limit + 1;
  const text = filter.text?.trim() ?? '';
  const tokens = [...new Set(tokenize(text))];
  // Text with no usable token (one letter, only punctuation) matches nothing rather than everything.
  if (text && tokens.length === 0) return { items: [], hasMore: false };
  const facets = FACETS.filter((k) => filter[k] !== undefined);
  return db.transaction('r', db.evidence, db.evidenceKeys, async () => {
    if (tokens.length === 0 && facets.length <= 1 && facets[0] !== 'tag') {
      const rows = await simpleList(db, filter, facets[0] as IndexedFacet | undefined, limit + 1, offset, order);
      return { items: rows.slice(0, limit), hasMore: rows.length > limit };
    }
    const { rows } = await keyedList(db, filter, facets, tokens, want, offset, order);
    return { items: rows.slice(0, limit), hasMore: rows.length > limit };
  });
}

/** Evidence that fits a site's upload or link field, for the overlay's offer. */
export async function evidenceForPage(
  db: PendampingDB,
  want: { stage: EvidenceStage | null; step: string | null; kind: 'file' | 'link'; limit?: number },
): Promise<EvidenceItem[]> {
  const limit = want.limit ?? 30;
  const seen = new Set<string>();
  const out: EvidenceItem[] = [];
  const add = (items: EvidenceItem[]) => { for (const i of items) if (!seen.has(i.id)) { seen.add(i.id); out.push(i); } };
  // Best fit first: same step, then same stage, then the newest of that kind.
  if (want.step) add((await listEvidence(db, { step: want.step, kind: want.kind }, { limit })).items);
  if (out.length < limit && want.stage) add((await listEvidence(db, { stage: want.stage, kind: want.kind }, { limit })).items);
  if (out.length < limit) add((await listEvidence(db, { kind: want.kind }, { limit })).items);
  return out.slice(0, limit);
}
