import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { BackgroundRequest, BackgroundResponse } from '@/lib/messages/schema';
import { UI_PREFS_KEYS } from '@/lib/overlay/ui-prefs';
import { useDataRevision } from '@/components/useDataRevision';
import { parseStoredProfile, type Profile } from '@/lib/settings/profile';

/**
 * The profile as seen from the overlay frame. The frame is embedded in a government page,
 * so its IndexedDB is partitioned under that site (Chromium refuses to open it): it asks the
 * background, and asks again whenever another context bumps the data revision.
 */
export function useBackgroundProfile(): Profile | null {
  const [profile, setProfile] = useState<Profile | null>(null);
  const revision = useDataRevision([UI_PREFS_KEYS.locale]);
  useEffect(() => {
    let alive = true;
    void (async () => {
      const request: BackgroundRequest = { type: 'get-profile' };
      const response = (await browser.runtime.sendMessage(request)) as BackgroundResponse | undefined;
      if (alive) setProfile(parseStoredProfile(response?.ok ? response.result : undefined, new Date()));
    })();
    return () => { alive = false; };
  }, [revision]);
  return profile;
}
