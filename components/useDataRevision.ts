import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { isDataChange } from '@/lib/data-revision';

/**
 * A number that changes whenever any context bumps the data revision (or one of `alsoKeys`
 * changes, e.g. the test clock): use it as an effect dependency to read again.
 */
export function useDataRevision(alsoKeys: readonly string[] = []): number {
  const [revision, setRevision] = useState(0);
  const keys = alsoKeys.join('|');
  useEffect(() => {
    const watched = keys ? keys.split('|') : [];
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (isDataChange(changes, area, watched)) setRevision((r) => r + 1);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [keys]);
  return revision;
}
