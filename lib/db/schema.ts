/**
 * Every schema version the database has ever had, oldest first. A released entry is never
 * edited: a change is a new entry with an `upgrade` that carries old rows forward.
 * tests/unit/db/upgrade.test.ts holds a frozen copy of each released entry, writes data with
 * it, and checks the data survives opening with the current database.
 */
import type { Transaction } from 'dexie';
import { keysOf } from './evidence-keys';
import type { EvidenceItem } from './evidence-rows';

export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    // settings: one row per key (the profile, later other preferences), validated by zod on read.
    stores: { settings: '&key' },
  },
  {
    version: 2,
    // checklist: ticks per period, role and step ('2026/guru/data-diri'); looked up by [periodId+role].
    // calendarOverrides: the user's and imported changes to window dates (lib/domain CalendarOverride).
    // reminderLog: every reminder already shown (or skipped), so none is shown twice.
    stores: { checklist: '&id, [periodId+role]', calendarOverrides: '++id, windowId', reminderLog: '&id, at' },
    upgrade: async (tx) => {
      // Reminders start on with the defaults for anyone who already had a profile.
      const settings = tx.table('settings');
      if (!(await settings.get('reminders'))) {
        await settings.put({ key: 'reminders', value: { enabled: true }, updatedAt: new Date().toISOString() });
      }
    },
  },
  {
    version: 3,
    // Evidence (lib/evidence). Metadata only in `evidence`, so lists and filters never read a body.
    // Compound [x+activityDate] indexes give the first screen of a filtered, date-sorted list
    // from a cursor with a limit; `words` (multiEntry) is the text-search token index.
    stores: {
      evidence:
        '&id, activityDate, [stage+activityDate], [step+activityDate], [periodId+activityDate], [year+activityDate], '
        + '[kind+activityDate], [media+activityDate], [indicator+activityDate], *tags, *words, contentHash',
      evidenceBodies: '&id',
      evidenceThumbs: '&id',
    },
  },
  {
    version: 4,
    // Lookup keys of the evidence list (lib/db/evidence-keys.ts) in their own table, so list rows stay
    // small: one facet, a pair of facets, or a search prefix, each ending with the activity date.
    // The `*words` index is replaced by the `w:` prefix keys.
    stores: {
      evidence:
        '&id, activityDate, [stage+activityDate], [step+activityDate], [periodId+activityDate], [year+activityDate], '
        + '[kind+activityDate], [media+activityDate], [indicator+activityDate], *tags, contentHash',
      evidenceKeys: '&id, *keys',
    },
    upgrade: async (tx) => {
      const items = (await tx.table('evidence').toArray()) as EvidenceItem[];
      await tx.table('evidenceKeys').bulkPut(items.map(keysOf));
    },
  },
  {
    version: 5,
    // Writing (lib/writing): one row per document of a period (`2026/refleksi`, `2026/catatan/<entry>`),
    // and every kept version of a field, ordered by the auto-increment id within [docId+field].
    stores: {
      writingDocuments: '&id, [periodId+kind], updatedAt',
      writingRevisions: '++id, [docId+field], docId',
    },
  },
  {
    version: 6,
    // e-Kinerja auto-fill templates (lib/autofill/templates.ts TemplateRecordSchema), listed by
    // form kind. Version 5 is the documents table, added in parallel; nothing to carry forward.
    stores: { templates: '&id, formKind' },
  },
];

export const DB_NAME = 'pendamping-kinerja';
