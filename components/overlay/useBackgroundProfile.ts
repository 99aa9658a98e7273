import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { BackgroundRequest, BackgroundResponse } from '@/lib/messages/schema';
import { DATA_REVISION_KEY, UI_PREFS_KEYS } from '@/lib/overlay/ui-prefs';
import { parseStoredProfile, type Profile } from '@/lib/settings/profile';

/**
 * The profile as seen from the overlay frame. The frame is embedded in a government page,
 * so its IndexedDB is partitioned under that site (Chromium refuses to open it): it asks the
 * background, and asks again whenever another context bumps the data revision.
 */
export function useBackgroundProfile(): Profile | null {
  const [profile, setProfile] = useState<Profile | null>(null);
  useEffect(() => {
    let alive = true;
    const load = async () => {
      const request: BackgroundRequest = { type: 'get-profile' };
      const response = (await browser.runtime.sendMessage(request)) as BackgroundResponse | undefined;
      if (alive) setProfile(parseStoredProfile(response?.ok ? response.result : undefined, new Date()));
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (DATA_REVISION_KEY in changes || UI_PREFS_KEYS.locale in changes)) void load();
    };
    void load();
    browser.storage.onChanged.addListener(onChanged);
    return () => { alive = false; browser.storage.onChanged.removeListener(onChanged); };
  }, []);
  return profile;
}
