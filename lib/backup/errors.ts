/**
 * Why a backup could not be written, read or restored. The page shows the Indonesian (or English)
 * text for `code` from lib/i18n/backup.ts with `details` filled in; zod's English never reaches
 * the screen. The original error stays in `cause` for the developer console.
 */
export type BackupProblem =
  | 'not-zip' | 'truncated' | 'no-manifest' | 'bad-manifest' | 'newer-format'
  | 'unsafe-name' | 'duplicate-name' | 'unexpected-entry' | 'missing-entry'
  | 'size-mismatch' | 'zip-bomb' | 'bad-json' | 'bad-record' | 'bad-body'
  | 'no-space' | 'quota' | 'storage' | 'cancelled';

export class BackupError extends Error {
  constructor(
    readonly code: BackupProblem,
    readonly details: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(`backup: ${code} ${JSON.stringify(details)}`, options);
    this.name = 'BackupError';
  }
}
