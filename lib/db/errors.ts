/**
 * Turns storage failures into words a teacher can act on. The UI shows `message`; the raw
 * error stays in `cause` for the developer console of the extension page only.
 */
export type StorageProblem = 'quota' | 'blocked' | 'unknown';

export function classifyStorageError(error: unknown): StorageProblem {
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return 'quota';
  if (name === 'DatabaseClosedError' || name === 'VersionError' || name === 'OpenFailedError') return 'blocked';
  return 'unknown';
}
