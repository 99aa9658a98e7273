import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/database';
import { PROFILE_KEY, parseStoredProfile, type Profile } from '@/lib/settings/profile';
import { useNow } from './useNow';

export interface ProfileState {
  readonly profile: Profile;
  /** false until the user has saved a profile once. */
  readonly saved: boolean;
  readonly loading: boolean;
}

/** The profile, live: a save in the app shows up at once in every open popup and overlay. */
export function useProfile(): ProfileState {
  const row = useLiveQuery(() => getDb().settings.get(PROFILE_KEY), [], null);
  // Before a first save, the year shown is this year by lib/clock (the debug.now hook included).
  const now = useNow();
  return {
    profile: parseStoredProfile(row?.value, now ?? new Date()),
    saved: row !== null && row !== undefined,
    loading: row === null,
  };
}
