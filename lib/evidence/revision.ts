import { browser } from 'wxt/browser';
import { bumpDataRevision as bump } from '@/lib/data-revision';

/** Tells contexts that cannot watch Dexie (the overlay frame) to ask again. */
export async function bumpDataRevision(): Promise<void> {
  try {
    await bump(browser.storage.local);
  } catch {
    // Tests without browser storage: nothing is listening anyway.
  }
}
