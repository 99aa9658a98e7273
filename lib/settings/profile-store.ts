import type { PendampingDB } from '@/lib/db/database';
import { UI_PREFS_KEYS } from '@/lib/overlay/ui-prefs';
import { issueWords } from '@/lib/domain/issues';
import { DATA_REVISION_KEY } from '@/lib/data-revision';
import { parseStoredProfile, PROFILE_KEY, profileSchema, type Profile } from './profile';

/** The part of `browser.storage.local` this module needs; injected so tests use a fake. */
export interface KeyValueStorage {
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadProfile(db: PendampingDB, today: Date = new Date()): Promise<Profile> {
  const row = await db.settings.get(PROFILE_KEY);
  return parseStoredProfile(row?.value, today);
}

export type SaveResult = { ok: true; profile: Profile } | { ok: false; issues: { path: string; message: string }[] };

/**
 * Validates and stores the profile in one transaction, then mirrors the language to
 * storage.local where the overlay shell reads it without opening the database.
 */
export async function saveProfile(db: PendampingDB, input: unknown, storage: KeyValueStorage): Promise<SaveResult> {
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) {
    // Plain words (lib/domain/issues.ts), never zod's English; the form names the field itself.
    const locale = (input as { locale?: unknown } | null)?.locale === 'en' ? 'en' : 'id';
    return { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: issueWords(i, locale) })) };
  }
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: PROFILE_KEY, value: parsed.data, updatedAt: new Date().toISOString() });
  });
  await storage.set({ [UI_PREFS_KEYS.locale]: parsed.data.locale, [DATA_REVISION_KEY]: Date.now() });
  return { ok: true, profile: parsed.data };
}
