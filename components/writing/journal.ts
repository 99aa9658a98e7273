import { getDb } from '@/lib/db/database';
import { JOURNAL_KEY, parseJournal, type JournalEntry } from '@/lib/writing/journal';
import { saveField } from '@/lib/writing/store';

/** Each mounted field tells what it has not saved yet (null when all is stored). */
const editors = new Set<() => JournalEntry | null>();
let listening = false;

function onPageHide(event: PageTransitionEvent) {
  if (event.persisted) return; // kept in the back/forward cache: the page and its timers come back
  const entries = [...editors].map((get) => get()).filter((e): e is JournalEntry => e !== null);
  if (entries.length === 0) return;
  try {
    const kept = parseJournal(localStorage.getItem(JOURNAL_KEY));
    localStorage.setItem(JOURNAL_KEY, JSON.stringify([...kept, ...entries]));
  } catch { /* storage full or blocked: the autosave a second earlier is what stays */ }
}

export function registerUnsaved(get: () => JournalEntry | null): () => void {
  if (!listening) { window.addEventListener('pagehide', onPageHide); listening = true; }
  editors.add(get);
  return () => { editors.delete(get); };
}

let recovering: Promise<void> | null = null;

/** Saves what a closed tab left in the journal (once per page load), through the merge rule. */
export function recoverJournal(conflictMarker: string): Promise<void> {
  recovering ??= (async () => {
    const entries = parseJournal(localStorage.getItem(JOURNAL_KEY));
    if (entries.length === 0) return;
    for (const e of entries) {
      await saveField(getDb(), { ...e, origin: 'typing', now: new Date().toISOString(), conflictMarker });
    }
    localStorage.removeItem(JOURNAL_KEY);
  })().catch(() => { recovering = null; });
  return recovering;
}
