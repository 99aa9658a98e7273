/**
 * The last words of a closing tab. An IndexedDB write started in `pagehide` may not commit before
 * the tab is gone, so the fields with unsaved text are also written synchronously to localStorage
 * there, and the next writing page that opens saves them through the normal merge rule (a save
 * that did land merges to itself, so nothing is doubled).
 */
import { z } from 'zod';
import { DOCUMENT_KINDS } from './model';

export const JOURNAL_KEY = 'pk.writing.journal';

export const JournalEntrySchema = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  year: z.number().int().min(2024).max(2100),
  periodId: z.string().regex(/^\d{4}(-\d)?$/),
  entryId: z.string().max(40).optional(),
  field: z.string().regex(/^[a-zA-Z]{1,40}$/),
  text: z.string().max(20_000),
  base: z.object({ version: z.number().int().nonnegative(), text: z.string().max(20_000) }),
  session: z.string().min(1).max(60),
});
export type JournalEntry = z.infer<typeof JournalEntrySchema>;

/** Entries of a stored journal; a damaged one is skipped, never thrown. */
export function parseJournal(raw: string | null): JournalEntry[] {
  if (!raw) return [];
  let value: unknown;
  try { value = JSON.parse(raw); } catch { return []; }
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => { const p = JournalEntrySchema.safeParse(v); return p.success ? [p.data] : []; });
}
