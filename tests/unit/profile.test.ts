import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { PendampingDB } from '@/lib/db/database';
import { defaultProfile, parseStoredProfile, PROFILE_KEY } from '@/lib/settings/profile';
import { loadProfile, saveProfile } from '@/lib/settings/profile-store';
import { periodOptions } from '@/lib/settings/periods';
import { parseUiPrefs, UI_PREFS_KEYS } from '@/lib/overlay/ui-prefs';
import { DATA_REVISION_KEY } from '@/lib/data-revision';

const dbs: PendampingDB[] = [];
const freshDb = () => { const db = new PendampingDB(`test-${Math.random()}`); dbs.push(db); return db; };
afterEach(async () => { for (const db of dbs.splice(0)) await db.delete(); });

const fakeStorage = () => {
  const items: Record<string, unknown> = {};
  return { items, set: async (v: Record<string, unknown>) => { Object.assign(items, v); } };
};

const valid = {
  role: 'kepala-sekolah', name: 'Yohana Wenda', school: 'SD Inpres Wamena 1', jenjang: 'ahli-madya',
  year: 2026, periodId: '2026', timeZone: 'WIT', locale: 'id',
} as const;

describe('profile store', () => {
  it('saves, mirrors the language for the overlay, and loads back', async () => {
    const db = freshDb();
    const storage = fakeStorage();
    const result = await saveProfile(db, valid, storage);
    expect(result.ok).toBe(true);
    expect(await loadProfile(db)).toEqual(valid);
    expect(storage.items[UI_PREFS_KEYS.locale]).toBe('id');
    expect(typeof storage.items[DATA_REVISION_KEY]).toBe('number');
  });

  it('refuses invalid input, names the fields, and writes nothing', async () => {
    const db = freshDb();
    const storage = fakeStorage();
    const result = await saveProfile(db, { ...valid, role: 'pengawas', timeZone: 'UTC' }, storage);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path).sort()).toEqual(['role', 'timeZone']);
    expect(await db.settings.get(PROFILE_KEY)).toBeUndefined();
    expect(storage.items).toEqual({});
  });

  it('a damaged stored row falls back field by field instead of crashing', () => {
    const today = new Date('2026-11-23T00:00:00Z');
    expect(parseStoredProfile({ ...valid, role: 42, name: 'Pak Budi' }, today)).toEqual({ ...valid, role: 'guru', name: 'Pak Budi' });
    expect(parseStoredProfile('rusak', today)).toEqual(defaultProfile(today));
    expect(parseStoredProfile(undefined, today).year).toBe(2026);
  });
});

describe('periods and UI prefs', () => {
  it('2024 has two periods, later years one', () => {
    expect(periodOptions(2024).map((p) => p.id)).toEqual(['2024-1', '2024-2']);
    expect(periodOptions(2026).map((p) => p.id)).toEqual(['2026']);
  });
  it('corrupt UI prefs fall back to defaults', () => {
    expect(parseUiPrefs({ [UI_PREFS_KEYS.locale]: 'fr', [UI_PREFS_KEYS.overlaySide]: 'atas' })).toEqual({ locale: 'id', overlaySide: 'right', pillStatus: null });
    expect(parseUiPrefs({ [UI_PREFS_KEYS.locale]: 'en', [UI_PREFS_KEYS.pillStatus]: 'penilaian:3', [UI_PREFS_KEYS.overlaySide]: 'left' }))
      .toEqual({ locale: 'en', overlaySide: 'left', pillStatus: { stage: 'penilaian', daysLeft: 3 } });
  });
});
