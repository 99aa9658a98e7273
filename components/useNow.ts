import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { DEBUG_NOW_KEY, readNow } from '@/lib/clock';

/** "Now" from lib/clock (the real time, or the `debug.now` test hook), refreshed every minute. */
export function useNow(): Date | null {
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () => { void readNow(browser.storage.local).then((d) => { if (alive) setNow(d); }); };
    const onChanged = (changes: Record<string, unknown>, area: string) => { if (area === 'local' && DEBUG_NOW_KEY in changes) load(); };
    load();
    const timer = setInterval(load, 60_000);
    browser.storage.onChanged.addListener(onChanged);
    return () => { alive = false; clearInterval(timer); browser.storage.onChanged.removeListener(onChanged); };
  }, []);
  return now;
}
