/**
 * "Something in the database changed": a counter in storage.local that every store bumps after a
 * write commits, and every context that cannot watch Dexie itself (the overlay frame, the reminder
 * service, lists that Dexie's live query misses) listens to. One key, one writer function, one test for changes.
 */
import { browser } from 'wxt/browser';

export const DATA_REVISION_KEY = 'data.revision';

export interface RevisionStorage {
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * Bumps the revision in `storage`; by default this context's `storage.local`, when there is one
 * (node tests without the fake browser have none, and nobody is listening there).
 */
export async function bumpDataRevision(storage: RevisionStorage | undefined = browser?.storage?.local): Promise<void> {
  await storage?.set({ [DATA_REVISION_KEY]: Date.now() });
}

/** Whether a storage.onChanged event means "read again": the revision, or one of `alsoKeys`. */
export function isDataChange(changes: Record<string, unknown>, area: string, alsoKeys: readonly string[] = []): boolean {
  return area === 'local' && [DATA_REVISION_KEY, ...alsoKeys].some((key) => key in changes);
}
