import { browser } from 'wxt/browser';
import { DATA_REVISION_KEY } from '@/lib/overlay/ui-prefs';

/** Tells contexts that cannot watch Dexie (the overlay frame) to ask again. */
export async function bumpDataRevision(): Promise<void> {
  try {
    await browser.storage.local.set({ [DATA_REVISION_KEY]: Date.now() });
  } catch {
    // Tests without browser storage: nothing is listening anyway.
  }
}
