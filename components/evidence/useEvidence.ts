import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { useDataRevision } from '@/components/useDataRevision';
import { getDb } from '@/lib/db/database';
import { listEvidence, type EvidenceFilter, type ListResult } from '@/lib/evidence/query';
import { allTags, getThumb } from '@/lib/evidence/store';
import type { EvidenceItem } from '@/lib/evidence/model';
import { ensureThumb } from '@/lib/evidence/thumbs';


/**
 * The filtered list, live. Dexie's live query did not always re-run a reversed, limited cursor
 * query after a write in Chromium, so the data revision (bumped after every evidence write,
 * here or in the background) is a dependency as well.
 */
export function useEvidenceList(filter: EvidenceFilter, limit: number): ListResult | undefined {
  const key = JSON.stringify(filter);
  const revision = useDataRevision();
  return useLiveQuery(() => listEvidence(getDb(), filter, { limit }), [key, limit, revision]);
}

/** The tag filter's options, read after the first screen (`ready`) so they never delay it. */
export function useAllTags(ready = true): string[] {
  const revision = useDataRevision();
  return useLiveQuery(async () => (ready ? allTags(getDb()) : []), [ready, revision], []);
}

/**
 * Whether there is any evidence at all (to tell "nothing stored yet" from "nothing matches").
 * Asked only once the first screen is shown (`ready`), and as a one-row read, not a count
 * (IndexedDB counts walk the whole table).
 */
export function useHasEvidence(ready: boolean): boolean | undefined {
  const revision = useDataRevision();
  return useLiveQuery(async () => (ready ? (await getDb().evidence.limit(1).primaryKeys()).length > 0 : undefined), [ready, revision]);
}

/** Object URL of the stored thumbnail; images without one get it made once, then stored. */
export function useThumbUrl(item: EvidenceItem): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    let made: string | null = null;
    if (item.hasThumb) {
      void getThumb(getDb(), item.id).then((blob) => {
        if (!alive || !blob) return;
        made = URL.createObjectURL(blob);
        setUrl(made);
      });
    } else if (item.media === 'image') {
      void ensureThumb(getDb(), item.id);
    }
    return () => { alive = false; if (made) URL.revokeObjectURL(made); };
  }, [item.id, item.hasThumb, item.media]);
  return url;
}

export interface StorageSpace { usage?: number; quota?: number; persisted?: boolean }

export function useStorageSpace(revision: unknown): [StorageSpace, () => Promise<void>] {
  const [space, setSpace] = useState<StorageSpace>({});
  const refresh = async () => {
    const storage = navigator.storage;
    if (!storage) return;
    const [estimate, persisted] = await Promise.all([
      storage.estimate ? storage.estimate() : Promise.resolve({} as StorageEstimate),
      storage.persisted ? storage.persisted() : Promise.resolve(false),
    ]);
    setSpace({ usage: estimate.usage, quota: estimate.quota, persisted });
  };
  useEffect(() => { void refresh(); }, [revision]);
  return [space, refresh];
}

/** Asks once per page for storage the browser will not evict (granted silently to extensions with unlimitedStorage). */
export async function askPersistence(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
