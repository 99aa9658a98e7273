/**
 * "Now" for every context (background, popup, app; the overlay frame asks the background).
 *
 * Test and demo hook: when storage.local holds `debug.now` (an ISO date-time such as
 * '2026-01-10T08:00:00+07:00'), that instant is "now" everywhere, frozen, until the key is removed.
 * The key is read only when present; nothing in the product ever writes it. The e2e tests and
 * `npm run demo` set it with `chrome.storage.local.set({ 'debug.now': … })`.
 * Pure code never calls this: it receives `now`/`today` as arguments.
 */
export const DEBUG_NOW_KEY = 'debug.now';

export interface KeyValueReader { get(keys: string | string[]): Promise<Record<string, unknown>> }

export function parseDebugNow(value: unknown): Date | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

export async function readNow(storage: KeyValueReader | undefined, real: () => Date = () => new Date()): Promise<Date> {
  if (!storage) return real();
  try {
    const got = await storage.get(DEBUG_NOW_KEY);
    return parseDebugNow(got[DEBUG_NOW_KEY]) ?? real();
  } catch {
    return real();
  }
}
