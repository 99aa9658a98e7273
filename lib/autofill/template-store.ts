/**
 * The `templates` table (schema version 6): every write in one transaction; imports all or nothing.
 */
import type { PendampingDB } from '@/lib/db/database';
import {
  newTemplateId, starterRecords, TemplateContentSchema, TemplateFileSchema, TemplateRecordSchema, toFile,
  type TemplateContent, type TemplateFile, type TemplateRecord,
} from './templates';

const SEEDED_KEY = 'templates.seeded';

/** Every template, by name; writes the starting templates the first time (once, even if deleted later). */
export async function listTemplates(db: PendampingDB, now: Date = new Date()): Promise<TemplateRecord[]> {
  await db.transaction('rw', db.templates, db.settings, async () => {
    if (await db.settings.get(SEEDED_KEY)) return;
    await db.templates.bulkPut(starterRecords(now));
    await db.settings.put({ key: SEEDED_KEY, value: true, updatedAt: now.toISOString() });
  });
  const rows = await db.templates.toArray();
  // Rows are read through zod: a row that does not parse is left out rather than crashing the page.
  return rows.flatMap((r) => {
    const parsed = TemplateRecordSchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  }).sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

export async function saveTemplate(db: PendampingDB, content: TemplateContent, id?: string, now: Date = new Date()): Promise<TemplateRecord> {
  const checked = TemplateContentSchema.parse(content);
  return db.transaction('rw', db.templates, async () => {
    const existing = id ? await db.templates.get(id) : undefined;
    const record = TemplateRecordSchema.parse({
      ...checked,
      id: existing?.id ?? id ?? newTemplateId(),
      origin: existing?.origin ?? 'pengguna',
      createdAt: existing?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    });
    await db.templates.put(record);
    return record;
  });
}

export async function duplicateTemplate(db: PendampingDB, id: string, copySuffix: string, now: Date = new Date()): Promise<TemplateRecord | null> {
  return db.transaction('rw', db.templates, async () => {
    const source = await db.templates.get(id);
    if (!source) return null;
    const record: TemplateRecord = TemplateRecordSchema.parse({
      ...source, id: newTemplateId(), name: `${source.name} ${copySuffix}`.slice(0, 120), origin: 'pengguna',
      createdAt: now.toISOString(), updatedAt: now.toISOString(),
    });
    await db.templates.add(record);
    return record;
  });
}

/** Deletes and returns the row, so the page can offer "Urungkan". */
export async function deleteTemplate(db: PendampingDB, id: string): Promise<TemplateRecord | null> {
  return db.transaction('rw', db.templates, async () => {
    const row = await db.templates.get(id);
    if (row) await db.templates.delete(id);
    return row ?? null;
  });
}

export async function restoreTemplate(db: PendampingDB, record: TemplateRecord): Promise<void> {
  const checked = TemplateRecordSchema.parse(record);
  await db.transaction('rw', db.templates, async () => { await db.templates.put(checked); });
}

export async function exportTemplates(db: PendampingDB, now: Date = new Date()): Promise<TemplateFile> {
  return toFile(await listTemplates(db, now), now);
}

export type ImportOutcome =
  | { ok: true; count: number }
  | { ok: false; reason: 'not-json' | 'wrong-file' | 'invalid'; problems: ImportProblem[] };

/** Where a bad file is bad: the template's position (1-based) and the field key, when known. */
export interface ImportProblem { readonly template?: number; readonly field?: string }

/**
 * Reads a template file (its text) and adds its templates as new rows, all in one transaction.
 * A bad file changes nothing; `problems` are the zod issue paths, for the Indonesian message.
 */
export async function importTemplates(db: PendampingDB, text: string, now: Date = new Date()): Promise<ImportOutcome> {
  let data: unknown;
  try { data = JSON.parse(text); } catch { return { ok: false, reason: 'not-json', problems: [] }; }
  if (!data || typeof data !== 'object' || (data as { kind?: unknown }).kind !== 'pendamping-kinerja/templates') {
    return { ok: false, reason: 'wrong-file', problems: [] };
  }
  const parsed = TemplateFileSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i): ImportProblem => {
      const [top, index, part, key] = i.path;
      if (top !== 'templates' || typeof index !== 'number') return {};
      return { template: index + 1, ...(part === 'values' && typeof key === 'string' ? { field: key } : typeof part === 'string' ? { field: part } : {}) };
    });
    return { ok: false, reason: 'invalid', problems };
  }
  const at = now.toISOString();
  const rows = parsed.data.templates.map((t) => TemplateRecordSchema.parse({ ...t, id: newTemplateId(), origin: 'impor', createdAt: at, updatedAt: at }));
  await db.transaction('rw', db.templates, async () => { await db.templates.bulkAdd(rows); });
  return { ok: true, count: rows.length };
}
