/**
 * Evidence storage on Dexie: add (file or link), edit, re-tag, delete with undo, merge
 * duplicates, read a body. Every write is one transaction, so a failure (full disk, quota)
 * leaves the store exactly as it was. Works in the app page, the background worker and node tests.
 * Every write that commits announces itself (`changed`), so no caller has to remember to.
 */
import type { PendampingDB } from '@/lib/db/database';
import { classifyStorageError } from '@/lib/db/errors';
import type { IsoDate } from '@/lib/domain';
import { EvidenceError } from './errors';
import {
  checkUrl, editableFields, evidenceMetaInput, linkHash, mediaKindOf, newEvidenceId, normaliseTags, periodForDate, searchWords,
  type EvidenceBody, type EvidenceItem, type EvidenceMeta, type EvidenceMetaInput, type EvidencePatch, type EvidenceThumb,
} from './model';
import { hashBlob } from './sha256';
import { keysOf } from '@/lib/db/evidence-keys';
import { bumpDataRevision } from '@/lib/data-revision';

export interface SpaceEstimate { readonly quota?: number; readonly usage?: number }

export interface AddOptions {
  readonly now?: Date;
  /** The SHA-256 when already known (the overlay transfer checks it on arrival). */
  readonly sha256?: string;
  /** navigator.storage.estimate in the browser; tests inject their own. */
  readonly estimate?: () => Promise<SpaceEstimate>;
  readonly onHashProgress?: (done: number) => void;
}

export interface AddResult {
  readonly item: EvidenceItem;
  /** Items with the same content already stored (offer to merge). */
  readonly duplicates: EvidenceItem[];
}

/**
 * Tells every context that reads through the data revision (the overlay frame, the evidence list,
 * the checklist's evidence proofs) to read again. Writes that commit while a bump is on its way
 * share the next one (a batch of 250 adds is a few storage writes, not 250); each caller resolves
 * after a bump that started after its write. A failed announcement never fails the write.
 */
let bumping: Promise<void> | null = null;
let bumpAgain = false;
function changed(): Promise<void> {
  if (bumping) {
    bumpAgain = true;
    return bumping;
  }
  bumping = (async () => {
    do {
      bumpAgain = false;
      try {
        await bumpDataRevision();
      } catch {
        // No storage here (a worker being torn down): the next write announces again.
      }
    } while (bumpAgain);
    bumping = null; // in the same step as the last check, so no write slips between them
  })();
  return bumping;
}

/** `changed`, passing a committed transaction's result through. */
async function announced<T>(result: T): Promise<T> {
  await changed();
  return result;
}

function parseMeta(input: EvidenceMetaInput): EvidenceMeta {
  const parsed = evidenceMetaInput.safeParse(input);
  if (!parsed.success) {
    throw new EvidenceError('invalid', { fields: parsed.error.issues.map((i) => i.path.join('.')).join(', ') });
  }
  return parsed.data;
}

function defaultEstimate(): Promise<SpaceEstimate> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  return storage?.estimate ? storage.estimate() : Promise.resolve({});
}

function buildItem(
  meta: EvidenceMeta, id: string, now: Date,
  body: { kind: 'file'; name: string; type: string; size: number } | { kind: 'link'; name: string; url: string },
  contentHash: string,
): EvidenceItem {
  const tags = normaliseTags(meta.tags);
  const iso = now.toISOString();
  const date = meta.activityDate as IsoDate;
  const base = {
    id, title: meta.title, description: meta.description, activityDate: date, year: Number(date.slice(0, 4)),
    periodId: meta.periodId ?? periodForDate(date), stage: meta.stage, step: meta.step, indicator: meta.indicator, tags,
    contentHash, hasThumb: false, createdAt: iso, updatedAt: iso,
  };
  if (body.kind === 'file') {
    const file = { name: body.name, type: body.type, size: body.size };
    return { ...base, kind: 'file', media: mediaKindOf(body.type, body.name), file, link: null,
      words: searchWords([meta.title, meta.description, body.name, ...tags]) };
  }
  const link = { name: body.name, url: body.url };
  return { ...base, kind: 'link', media: 'link', file: null, link, words: searchWords([meta.title, meta.description, body.name, ...tags]) };
}

function wordsOf(item: EvidenceItem): string[] {
  return searchWords([item.title, item.description, item.file?.name ?? item.link?.name, ...item.tags]);
}

async function quotaError(size: number, estimate: () => Promise<SpaceEstimate>, cause?: unknown): Promise<EvidenceError> {
  let available = -1;
  try {
    const e = await estimate();
    if (e.quota !== undefined && e.usage !== undefined) available = Math.max(0, e.quota - e.usage);
  } catch { /* no estimate: say only what is needed */ }
  return new EvidenceError('quota', { needed: size, available }, { cause });
}

function storageFailure(error: unknown): EvidenceError {
  if (error instanceof EvidenceError) return error;
  return new EvidenceError(classifyStorageError(error) === 'quota' ? 'quota' : 'storage', {}, { cause: error });
}

async function duplicatesOf(db: PendampingDB, hash: string, exceptId: string): Promise<EvidenceItem[]> {
  if (!hash) return [];
  return db.evidence.where('contentHash').equals(hash).filter((i) => i.id !== exceptId).toArray();
}

export interface StoredFile {
  /** The item as written; its `contentHash` is filled in when `dedup` settles. */
  readonly item: EvidenceItem;
  /** The content hash and the items with the same content, once the file has been hashed. */
  readonly dedup: Promise<{ readonly hash: string; readonly duplicates: EvidenceItem[] }>;
}

/**
 * Stores a file (any type, any size the browser allows) and resolves as soon as the write has
 * committed: the Blob goes to IndexedDB as is, copied to disk by the browser without passing
 * through JS memory. Hashing for the duplicate check reads the file slice by slice afterwards,
 * so the teacher waits for the disk only; `dedup` settles when the check is done.
 */
export async function storeFileEvidence(
  db: PendampingDB, metaInput: EvidenceMetaInput, file: Blob, options: AddOptions = {},
): Promise<StoredFile> {
  const meta = parseMeta(metaInput);
  const name = (file as Partial<File>).name || meta.title;
  if (file.size === 0) throw new EvidenceError('empty', { name });
  try {
    await file.slice(0, 1).arrayBuffer();
  } catch (cause) {
    throw new EvidenceError('unreadable', { name }, { cause });
  }
  const estimate = options.estimate ?? defaultEstimate;
  try {
    const e = await estimate();
    if (e.quota !== undefined && e.usage !== undefined && e.quota - e.usage < file.size) {
      throw await quotaError(file.size, estimate);
    }
  } catch (error) {
    if (error instanceof EvidenceError) throw error;
  }

  const now = options.now ?? new Date();
  const id = newEvidenceId(now);
  const item = buildItem(meta, id, now, { kind: 'file', name, type: file.type, size: file.size }, options.sha256 ?? '');
  try {
    await db.transaction('rw', db.evidence, db.evidenceKeys, db.evidenceBodies, async () => {
      await db.evidence.add(item);
      await db.evidenceKeys.put(keysOf(item));
      await db.evidenceBodies.add({ id, blob: file });
    });
  } catch (error) {
    if (classifyStorageError(error) === 'quota') throw await quotaError(file.size, estimate, error);
    throw storageFailure(error);
  }
  await changed();
  const dedup = (async () => {
    const hash = options.sha256 ?? (await hashBlob(file, options.onHashProgress));
    if (!options.sha256) await db.evidence.update(id, { contentHash: hash });
    return { hash, duplicates: await duplicatesOf(db, hash, id) };
  })();
  // A failed check leaves the stored file alone (it is the user's data); it only finds no duplicate.
  dedup.catch(() => undefined);
  return { item, dedup };
}

/** Stores a file and waits for the duplicate check too. */
export async function addFileEvidence(
  db: PendampingDB, metaInput: EvidenceMetaInput, file: Blob, options: AddOptions = {},
): Promise<AddResult> {
  const { item, dedup } = await storeFileEvidence(db, metaInput, file, options);
  const { hash, duplicates } = await dedup;
  return { item: { ...item, contentHash: hash }, duplicates };
}

export async function addLinkEvidence(
  db: PendampingDB, metaInput: EvidenceMetaInput, link: { name?: string; url: string }, options: { now?: Date } = {},
): Promise<AddResult> {
  const checked = checkUrl(link.url);
  if (!checked.ok) throw new EvidenceError('bad-url', { url: link.url.slice(0, 200) });
  const meta = parseMeta(metaInput);
  const now = options.now ?? new Date();
  const id = newEvidenceId(now);
  const name = link.name?.trim() || meta.title;
  const item = buildItem(meta, id, now, { kind: 'link', name, url: checked.url }, linkHash(checked.url));
  try {
    await db.transaction('rw', db.evidence, db.evidenceKeys, async () => {
      await db.evidence.add(item);
      await db.evidenceKeys.put(keysOf(item));
    });
  } catch (error) {
    throw storageFailure(error);
  }
  await changed();
  return { item, duplicates: await duplicatesOf(db, item.contentHash, id) };
}

export async function getEvidence(db: PendampingDB, id: string): Promise<EvidenceItem | undefined> {
  return db.evidence.get(id);
}

/** The body of a file item, as the Blob IndexedDB hands back (read lazily by the browser). */
export async function getEvidenceBody(db: PendampingDB, id: string): Promise<Blob | undefined> {
  return (await db.evidenceBodies.get(id))?.blob;
}

export async function updateEvidence(db: PendampingDB, id: string, patchInput: EvidencePatch, now: Date = new Date()): Promise<EvidenceItem> {
  const parsed = editableFields.safeParse(patchInput);
  if (!parsed.success) throw new EvidenceError('invalid', { fields: parsed.error.issues.map((i) => i.path.join('.')).join(', ') });
  const patch = parsed.data;
  return db.transaction('rw', db.evidence, db.evidenceKeys, async () => {
    const current = await db.evidence.get(id);
    if (!current) throw new EvidenceError('not-found');
    let link = current.link;
    let contentHash = current.contentHash;
    if (patch.link) {
      if (current.kind !== 'link') throw new EvidenceError('invalid', { fields: 'link' });
      const checked = checkUrl(patch.link.url);
      if (!checked.ok) throw new EvidenceError('bad-url', { url: patch.link.url.slice(0, 200) });
      link = { name: patch.link.name, url: checked.url };
      contentHash = linkHash(checked.url);
    }
    const activityDate = (patch.activityDate ?? current.activityDate) as IsoDate;
    const next: EvidenceItem = {
      ...current,
      title: patch.title ?? current.title,
      description: patch.description ?? current.description,
      activityDate,
      year: Number(activityDate.slice(0, 4)),
      periodId: patch.periodId !== undefined ? patch.periodId : patch.activityDate ? periodForDate(activityDate) : current.periodId,
      stage: patch.stage !== undefined ? patch.stage : current.stage,
      step: patch.step !== undefined ? patch.step : current.step,
      indicator: patch.indicator !== undefined ? patch.indicator : current.indicator,
      tags: patch.tags ? normaliseTags(patch.tags) : current.tags,
      link, contentHash,
      updatedAt: now.toISOString(),
    };
    const withWords = { ...next, words: wordsOf(next) };
    await db.evidence.put(withWords);
    await db.evidenceKeys.put(keysOf(withWords));
    return withWords;
  }).catch((e: unknown) => { throw storageFailure(e); }).then(announced);
}

/** Adds and removes tags on many items in one transaction. */
export async function retagEvidence(
  db: PendampingDB, ids: readonly string[], change: { add?: readonly string[]; remove?: readonly string[] }, now: Date = new Date(),
): Promise<number> {
  const add = normaliseTags(change.add ?? []);
  const remove = new Set(normaliseTags(change.remove ?? []));
  return db.transaction('rw', db.evidence, db.evidenceKeys, async () => {
    const items = (await db.evidence.bulkGet([...ids])).filter((i): i is EvidenceItem => !!i);
    const updated = items.map((item) => {
      const tags = normaliseTags([...item.tags.filter((t) => !remove.has(t)), ...add]);
      const next = { ...item, tags, updatedAt: now.toISOString() };
      return { ...next, words: wordsOf(next) };
    });
    await db.evidence.bulkPut(updated);
    await db.evidenceKeys.bulkPut(updated.map(keysOf));
    return updated.length;
  }).catch((e: unknown) => { throw storageFailure(e); }).then(announced);
}

/** What delete keeps so undo can put it back (held in memory by the page that deleted). */
export interface DeletedEvidence {
  readonly item: EvidenceItem;
  readonly body: EvidenceBody | undefined;
  readonly thumb: EvidenceThumb | undefined;
}

/**
 * Deletes items with their bodies. The returned snapshot holds the body Blobs (references,
 * not copies), so `restoreEvidence` can undo for as long as the page keeps it.
 */
export async function deleteEvidence(db: PendampingDB, ids: readonly string[]): Promise<DeletedEvidence[]> {
  return db.transaction('rw', [db.evidence, db.evidenceKeys, db.evidenceBodies, db.evidenceThumbs], async () => {
    const [items, bodies, thumbs] = await Promise.all([
      db.evidence.bulkGet([...ids]), db.evidenceBodies.bulkGet([...ids]), db.evidenceThumbs.bulkGet([...ids]),
    ]);
    const out: DeletedEvidence[] = [];
    items.forEach((item, i) => { if (item) out.push({ item, body: bodies[i], thumb: thumbs[i] }); });
    await db.evidence.bulkDelete([...ids]);
    await db.evidenceKeys.bulkDelete([...ids]);
    await db.evidenceBodies.bulkDelete([...ids]);
    await db.evidenceThumbs.bulkDelete([...ids]);
    return out;
  }).catch((e: unknown) => { throw storageFailure(e); }).then(announced);
}

export async function restoreEvidence(db: PendampingDB, deleted: readonly DeletedEvidence[]): Promise<void> {
  await db.transaction('rw', [db.evidence, db.evidenceKeys, db.evidenceBodies, db.evidenceThumbs], async () => {
    await db.evidence.bulkPut(deleted.map((d) => d.item));
    await db.evidenceKeys.bulkPut(deleted.map((d) => keysOf(d.item)));
    await db.evidenceBodies.bulkPut(deleted.flatMap((d) => (d.body ? [d.body] : [])));
    await db.evidenceThumbs.bulkPut(deleted.flatMap((d) => (d.thumb ? [d.thumb] : [])));
  }).catch((e: unknown) => { throw storageFailure(e); });
  await changed();
}

/**
 * Merges a duplicate into the item kept: tags joined, empty fields filled, the earlier
 * creation time kept; the duplicate and its body are removed. One transaction.
 */
export async function mergeDuplicate(db: PendampingDB, keepId: string, dropId: string, now: Date = new Date()): Promise<EvidenceItem> {
  return db.transaction('rw', [db.evidence, db.evidenceKeys, db.evidenceBodies, db.evidenceThumbs], async () => {
    const [keep, drop] = await db.evidence.bulkGet([keepId, dropId]);
    if (!keep || !drop) throw new EvidenceError('not-found');
    const merged: EvidenceItem = {
      ...keep,
      description: keep.description || drop.description,
      stage: keep.stage ?? drop.stage,
      step: keep.step ?? drop.step,
      indicator: keep.indicator ?? drop.indicator,
      tags: normaliseTags([...keep.tags, ...drop.tags]),
      hasThumb: keep.hasThumb,
      createdAt: keep.createdAt < drop.createdAt ? keep.createdAt : drop.createdAt,
      updatedAt: now.toISOString(),
    };
    const withWords = { ...merged, words: wordsOf(merged) };
    await db.evidence.put(withWords);
    await db.evidenceKeys.put(keysOf(withWords));
    await db.evidence.delete(dropId);
    await db.evidenceKeys.delete(dropId);
    await db.evidenceBodies.delete(dropId);
    await db.evidenceThumbs.delete(dropId);
    return withWords;
  }).catch((e: unknown) => { throw storageFailure(e); }).then(announced);
}

/** Thumbnails are made once (by the app page) and kept; lists read them per visible item. */
export async function saveThumb(db: PendampingDB, id: string, blob: Blob): Promise<void> {
  await db.transaction('rw', db.evidence, db.evidenceThumbs, async () => {
    if (!(await db.evidence.get(id))) return;
    await db.evidenceThumbs.put({ id, blob });
    await db.evidence.update(id, { hasThumb: true });
  });
  await changed();
}

export async function getThumb(db: PendampingDB, id: string): Promise<Blob | undefined> {
  return (await db.evidenceThumbs.get(id))?.blob;
}

/** Every tag in use, from the index keys alone. */
export async function allTags(db: PendampingDB): Promise<string[]> {
  return (await db.evidence.orderBy('tags').uniqueKeys()).map(String);
}

export async function countEvidence(db: PendampingDB): Promise<number> {
  return db.evidence.count();
}

