/**
 * Filtered, date-sorted lists of evidence that read only as many rows as the screen shows.
 * The most selective filter that has a [field+activityDate] index drives a reverse cursor;
 * the other filters are checked on the rows the cursor passes, and the cursor stops at the
 * limit. Text and tag filters first collect matching ids from the multiEntry indexes (keys
 * only, no rows). Bodies live in another table and are never touched here.
 */
import Dexie, { type Collection, type InsertType } from 'dexie';
import type { PendampingDB } from '@/lib/db/database';
import type { EvidenceItem, EvidenceStage, MediaKind } from './model';
import { tokenize } from './model';

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
/** Above this many text/tag matches, walk the date index instead of loading the matches. */
const ID_SET_LOAD_LIMIT = 300;

type Indexed = 'step' | 'indicator' | 'periodId' | 'stage' | 'media' | 'kind' | 'year';
/** Most selective first. */
const INDEX_ORDER: readonly Indexed[] = ['step', 'indicator', 'periodId', 'stage', 'media', 'kind', 'year'];

function matches(item: EvidenceItem, f: EvidenceFilter, ids: Set<string> | null): boolean {
  if (ids && !ids.has(item.id)) return false;
  if (f.year !== undefined && item.year !== f.year) return false;
  if (f.periodId !== undefined && item.periodId !== f.periodId) return false;
  if (f.stage !== undefined && item.stage !== f.stage) return false;
  if (f.step !== undefined && item.step !== f.step) return false;
  if (f.indicator !== undefined && item.indicator !== f.indicator) return false;
  if (f.kind !== undefined && item.kind !== f.kind) return false;
  if (f.media !== undefined && item.media !== f.media) return false;
  if (f.tag !== undefined && !item.tags.includes(f.tag)) return false;
  return true;
}

/** Ids whose words start with every query token (and carry the tag), from index keys only. */
async function idSet(db: PendampingDB, f: EvidenceFilter): Promise<Set<string> | null> {
  const tokens = f.text ? [...new Set(tokenize(f.text))] : [];
  const sets: Set<string>[] = [];
  for (const token of tokens) {
    sets.push(new Set((await db.evidence.where('words').startsWith(token).primaryKeys()) as string[]));
  }
  if (f.tag !== undefined) sets.push(new Set((await db.evidence.where('tags').equals(f.tag).primaryKeys()) as string[]));
  if (sets.length === 0) {
    // Text with no usable token (one letter, only punctuation) matches nothing rather than everything.
    return f.text && f.text.trim() ? new Set() : null;
  }
  sets.sort((a, b) => a.size - b.size);
  const [first, ...rest] = sets;
  return new Set([...first!].filter((id) => rest.every((s) => s.has(id))));
}

function orderedCollection(db: PendampingDB, f: EvidenceFilter, order: 'desc' | 'asc'): EvidenceCollection {
  const field = INDEX_ORDER.find((k) => f[k] !== undefined);
  let collection: EvidenceCollection;
  if (field) {
    const value = f[field] as string | number;
    collection = db.evidence.where(`[${field}+activityDate]`).between([value, Dexie.minKey], [value, Dexie.maxKey]);
  } else {
    collection = db.evidence.orderBy('activityDate');
  }
  return order === 'desc' ? collection.reverse() : collection;
}

type EvidenceCollection = Collection<EvidenceItem, string, InsertType<EvidenceItem, 'id'>>;

const byDate = (order: 'desc' | 'asc') => (a: EvidenceItem, b: EvidenceItem) => {
  const c = a.activityDate < b.activityDate ? -1 : a.activityDate > b.activityDate ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  return order === 'desc' ? -c : c;
};

export async function listEvidence(db: PendampingDB, filter: EvidenceFilter = {}, options: ListOptions = {}): Promise<ListResult> {
  const limit = options.limit ?? FIRST_SCREEN;
  const offset = options.offset ?? 0;
  const order = options.order ?? 'desc';
  const ids = await idSet(db, filter);
  if (ids && ids.size === 0) return { items: [], hasMore: false };
  if (ids && ids.size <= ID_SET_LOAD_LIMIT) {
    const rows = (await db.evidence.bulkGet([...ids])).filter((i): i is EvidenceItem => !!i && matches(i, filter, null));
    rows.sort(byDate(order));
    return { items: rows.slice(offset, offset + limit), hasMore: rows.length > offset + limit };
  }
  const needsFilter = ids !== null || INDEX_ORDER.filter((k) => filter[k] !== undefined).length > 1 || filter.tag !== undefined;
  let collection = orderedCollection(db, filter, order);
  if (needsFilter) collection = collection.filter((i) => matches(i, filter, ids));
  const rows = await collection.offset(offset).limit(limit + 1).toArray();
  return { items: rows.slice(0, limit), hasMore: rows.length > limit };
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
