import Dexie, { type EntityTable } from 'dexie';
import { DB_NAME, SCHEMA_HISTORY } from './schema';
import type { EvidenceBody, EvidenceItem, EvidenceThumb } from './evidence-rows';
import type { EvidenceKeysRow } from './evidence-keys';
import type { TemplateRecord } from '@/lib/autofill/templates';
import type { WritingDocument, WritingRevision } from '@/lib/writing/model';

export interface SettingRow {
  key: string;
  value: unknown;
  updatedAt: string;
}

export interface ChecklistRow {
  /** `${periodId}/${role}/${stepId}` */
  id: string;
  periodId: string;
  role: 'guru' | 'kepala-sekolah';
  stageId: 'perencanaan' | 'pelaksanaan' | 'penilaian';
  stepId: string;
  done: boolean;
  /** 'manual' = the user's hand (an untick that sticks); 'auto' = ticked from proof. */
  source: 'manual' | 'auto';
  /** What proved an automatic tick, e.g. 'evidence:42'. */
  proof?: string;
  updatedAt: string;
}

export interface CalendarOverrideRow {
  id?: number;
  windowId: string;
  start?: string;
  end?: string;
  note?: string;
  changedAt: string;
  origin: 'user' | 'imported';
  /** For imported rows: the title of the update file's source. */
  sourceTitle?: string;
}

export interface ReminderLogRow {
  /** The reminder id (lib/reminders), or 'summary:<instant>'. */
  id: string;
  /** ISO instant it was shown or skipped. */
  at: string;
  outcome: 'shown' | 'summarised' | 'skipped';
  notificationId?: string;
  /** Where a click on the notification goes. */
  target?: string;
}

/**
 * The one database, in the extension's origin, shared by the service worker, the companion app
 * and the popup. Content scripts never open it (their IndexedDB would belong to the host site),
 * nor does the overlay frame: embedded in a government page it is a third-party context, where
 * Chromium refuses IndexedDB; it asks the background instead (lib/messages).
 */
export class PendampingDB extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;
  checklist!: EntityTable<ChecklistRow, 'id'>;
  calendarOverrides!: EntityTable<CalendarOverrideRow, 'id'>;
  reminderLog!: EntityTable<ReminderLogRow, 'id'>;
  /** Evidence metadata (v3). Bodies and thumbnails live in their own tables, keyed by the same id. */
  evidence!: EntityTable<EvidenceItem, 'id'>;
  evidenceBodies!: EntityTable<EvidenceBody, 'id'>;
  evidenceThumbs!: EntityTable<EvidenceThumb, 'id'>;
  /** List lookup keys (v4), one row per evidence id. */
  evidenceKeys!: EntityTable<EvidenceKeysRow, 'id'>;
  /** e-Kinerja auto-fill templates (v6). */
  templates!: EntityTable<TemplateRecord, 'id'>;
  /** Writing (v5): documents of a period and every kept version of their fields (lib/writing). */
  writingDocuments!: EntityTable<WritingDocument, 'id'>;
  writingRevisions!: EntityTable<WritingRevision, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    for (const v of SCHEMA_HISTORY) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

let shared: PendampingDB | null = null;

/** The database of this extension context, opened lazily. Tests pass their own instance instead. */
export function getDb(): PendampingDB {
  shared ??= new PendampingDB();
  return shared;
}
