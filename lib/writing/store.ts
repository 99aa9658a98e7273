/**
 * The writing documents in the database (lib/db tables writingDocuments and writingRevisions).
 * Every save is one read-write transaction over both tables: the document's field, its version
 * counter and the revision that keeps the text change together or not at all.
 */
import Dexie from 'dexie';
import type { PendampingDB } from '@/lib/db/database';
import { mergeField } from './merge';
import {
  documentId, emptyDocument, FIELD_SCHEMAS, WritingDocumentSchema, WritingRevisionSchema,
  type DocumentKind, type RevisionOrigin, type WritingDocument, type WritingRevision,
} from './model';
import { deletedChars, shouldCoalesce } from './revisions';

export interface DocumentKey {
  readonly kind: DocumentKind;
  readonly year: number;
  readonly periodId: string;
  /** Daily notes only. */
  readonly entryId?: string;
}

export interface FieldBase {
  /** The field's version the editor last saw stored (0: never saved). */
  readonly version: number;
  /** The text it had then: the common ancestor when another tab saved in between. */
  readonly text: string;
}

export interface SaveFieldInput extends DocumentKey {
  readonly field: string;
  readonly text: string;
  /** What this editor started from; 'current' = whatever is stored (a restore). */
  readonly base: FieldBase | 'current';
  readonly session: string;
  readonly origin?: RevisionOrigin;
  readonly now: string;
  /** Line put between the two texts kept when both tabs changed the same place. */
  readonly conflictMarker: string;
}

export interface SaveFieldResult {
  readonly version: number;
  readonly text: string;
  /** Another tab had saved since `base`: the stored text is a merge. */
  readonly merged: boolean;
  /** The merge kept both texts one after the other. */
  readonly conflict: boolean;
}

/** A stored row read through the schema; a row that does not fit is reported, never shown half-broken. */
export function parseDocument(row: unknown): WritingDocument | null {
  const parsed = WritingDocumentSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}

export async function getDocument(db: PendampingDB, id: string): Promise<WritingDocument | null> {
  const row = await db.writingDocuments.get(id);
  return row ? parseDocument(row) : null;
}

export async function listDocuments(db: PendampingDB, periodId: string): Promise<WritingDocument[]> {
  const rows = await db.writingDocuments.where('[periodId+kind]').between([periodId, Dexie.minKey], [periodId, Dexie.maxKey]).toArray();
  return rows.map(parseDocument).filter((d): d is WritingDocument => d !== null);
}

/** Every version of a field, oldest first. */
export async function listRevisions(db: PendampingDB, docId: string, field: string): Promise<WritingRevision[]> {
  return db.writingRevisions.where('[docId+field]').equals([docId, field]).sortBy('id');
}

function fieldText(doc: WritingDocument, field: string): string {
  return (doc.fields as Record<string, string>)[field] ?? '';
}

export async function saveField(db: PendampingDB, input: SaveFieldInput): Promise<SaveFieldResult> {
  if (!(field(input.kind, input.field))) throw new Error(`unknown field ${input.kind}.${input.field}`);
  const id = documentId(input.periodId, input.kind, input.entryId);
  const origin = input.origin ?? 'typing';
  return db.transaction('rw', db.writingDocuments, db.writingRevisions, async () => {
    const stored = parseDocument(await db.writingDocuments.get(id)) ?? emptyDocument(input.kind, input.year, input.periodId, input.now, input.entryId);
    const storedText = fieldText(stored, input.field);
    const storedVersion = stored.versions[input.field] ?? 0;
    const base = input.base === 'current' ? { version: storedVersion, text: storedText } : input.base;
    const raced = base.version !== storedVersion;
    const { text, conflict } = raced ? mergeField(base.text, input.text, storedText, input.conflictMarker) : { text: input.text, conflict: false };
    if (text === storedText && !raced) return { version: storedVersion, text, merged: false, conflict: false };
    if (text === storedText) return { version: storedVersion, text, merged: true, conflict: false };

    const lastId = stored.revs[input.field];
    const last = lastId ? await db.writingRevisions.get(lastId) : undefined;
    let revId: number;
    const revOrigin: RevisionOrigin = raced ? 'merge' : origin;
    if (last && !raced && shouldCoalesce(last, { session: input.session, origin: revOrigin, now: input.now, text })) {
      await db.writingRevisions.update(last.id!, { text, updatedAt: input.now, deleted: last.deleted + deletedChars(last.text, text) });
      revId = last.id!;
    } else {
      const revision = WritingRevisionSchema.parse({ docId: id, field: input.field, text, at: input.now, updatedAt: input.now, session: input.session, origin: revOrigin, deleted: 0 });
      revId = await db.writingRevisions.add(revision) as number;
    }
    const version = storedVersion + 1;
    const next = WritingDocumentSchema.parse({
      ...stored,
      fields: { ...stored.fields, [input.field]: text },
      versions: { ...stored.versions, [input.field]: version },
      revs: { ...stored.revs, [input.field]: revId },
      updatedAt: input.now,
    });
    await db.writingDocuments.put(next);
    return { version, text, merged: raced, conflict };
  });
}

function field(kind: DocumentKind, name: string): boolean {
  return name in FIELD_SCHEMAS[kind].shape;
}

/** Puts an earlier version back as the field's text: a new revision, so the text it replaces stays in history. */
export async function restoreRevision(db: PendampingDB, key: DocumentKey, revisionId: number, session: string, now: string): Promise<SaveFieldResult> {
  const revision = await db.writingRevisions.get(revisionId);
  if (!revision) throw new Error('revision not found');
  return saveField(db, { ...key, field: revision.field, text: revision.text, base: 'current', session, origin: 'restore', now, conflictMarker: '' });
}

export async function setEvidenceLink(db: PendampingDB, key: DocumentKey, evidenceId: string, linked: boolean, now: string): Promise<void> {
  const id = documentId(key.periodId, key.kind, key.entryId);
  await db.transaction('rw', db.writingDocuments, async () => {
    const doc = parseDocument(await db.writingDocuments.get(id)) ?? emptyDocument(key.kind, key.year, key.periodId, now, key.entryId);
    const ids = new Set(doc.evidenceIds);
    if (linked) ids.add(evidenceId); else ids.delete(evidenceId);
    await db.writingDocuments.put(WritingDocumentSchema.parse({ ...doc, evidenceIds: [...ids], updatedAt: now }));
  });
}

/** A new daily note dated `date`; returns its entry id. */
export async function createNote(db: PendampingDB, year: number, periodId: string, date: string, now: string, entryId: string = crypto.randomUUID().slice(0, 13)): Promise<string> {
  const doc = emptyDocument('catatan', year, periodId, now, entryId);
  await db.transaction('rw', db.writingDocuments, async () => {
    await db.writingDocuments.add(WritingDocumentSchema.parse({ ...doc, fields: { ...doc.fields, tanggal: date } }));
  });
  return entryId;
}
