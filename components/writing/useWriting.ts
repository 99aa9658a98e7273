import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/database';
import { listDocuments, listRevisions, parseDocument } from '@/lib/writing/store';
import type { WritingDocument, WritingRevision } from '@/lib/writing/model';
import { periodOptions } from '@/lib/settings/periods';

/** One document, live: another tab's save shows up here. `loading` until the first read; `doc` null when not written yet. */
export function useDocument(id: string): { loading: boolean; doc: WritingDocument | null; unreadable: boolean } {
  const result = useLiveQuery(async () => {
    const row = await getDb().writingDocuments.get(id);
    return { row };
  }, [id]);
  if (!result) return { loading: true, doc: null, unreadable: false };
  const doc = result.row ? parseDocument(result.row) : null;
  return { loading: false, doc, unreadable: Boolean(result.row) && !doc };
}

export function usePeriodDocuments(periodId: string): WritingDocument[] | undefined {
  return useLiveQuery(() => listDocuments(getDb(), periodId), [periodId]);
}

export function useRevisions(docId: string, field: string): WritingRevision[] | undefined {
  return useLiveQuery(() => listRevisions(getDb(), docId, field), [docId, field]);
}

/** `2026` → 2026, `2024-1` → 2024; null when the id is not a period of lib/domain. */
export function yearOfPeriod(periodId: string): number | null {
  const m = /^(\d{4})(?:-\d)?$/.exec(periodId);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2024 || year > 2100) return null;
  return periodOptions(year).some((p) => p.id === periodId) ? year : null;
}

/** One id per page load: saves of this tab are told apart from other tabs' in the revision history. */
export const TAB_SESSION = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID().slice(0, 8) : String(Math.random()).slice(2, 10);
