/**
 * Every way adding or changing evidence can fail, as a code the UI turns into Indonesian
 * words (lib/i18n/evidence.ts `evidence.error.<code>`). Params fill the message.
 */
export type EvidenceErrorCode =
  | 'empty' // zero-byte file
  | 'unreadable' // the browser could not read the file (moved, deleted, no permission)
  | 'too-large' // over the transfer maximum of the overlay
  | 'quota' // not enough browser storage
  | 'bad-url' // not http(s)
  | 'invalid' // metadata failed validation
  | 'hash-mismatch' // the transfer arrived damaged
  | 'not-found'
  | 'storage'; // any other storage failure

export class EvidenceError extends Error {
  constructor(
    readonly code: EvidenceErrorCode,
    readonly params: Record<string, number | string> = {},
    options?: { cause?: unknown },
  ) {
    super(`evidence:${code}`, options);
    this.name = 'EvidenceError';
  }
}

export function isEvidenceError(e: unknown): e is EvidenceError {
  return e instanceof EvidenceError;
}
