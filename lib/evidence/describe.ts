/** Turns evidence errors and warnings into words of the current language. */
import type { Locale, Translate } from '@/lib/i18n/define';
import type { EvidenceMessageKey } from '@/lib/i18n/evidence';
import { classifyStorageError } from '@/lib/db/errors';
import { EvidenceError } from './errors';
import { formatBytes, type ItemWarning } from './model';

export function describeError(t: Translate<EvidenceMessageKey>, error: unknown, locale: Locale): string {
  if (!(error instanceof EvidenceError)) {
    return t(classifyStorageError(error) === 'quota' ? 'error.quotaUnknown' : 'error.storage', { needed: '?' });
  }
  const p = error.params;
  switch (error.code) {
    case 'quota': {
      const needed = formatBytes(Number(p.needed ?? 0), locale);
      const available = Number(p.available ?? -1);
      return available >= 0 ? t('error.quota', { needed, available: formatBytes(available, locale) }) : t('error.quotaUnknown', { needed });
    }
    case 'too-large':
      return t('error.too-large', { name: String(p.name ?? ''), size: formatBytes(Number(p.size ?? 0), locale), limit: formatBytes(Number(p.limit ?? 0), locale) });
    case 'empty':
    case 'unreadable':
      return t(`error.${error.code}`, { name: String(p.name ?? '') });
    case 'invalid':
      return t('error.invalid', { fields: String(p.fields ?? '') });
    default:
      return t(`error.${error.code}`);
  }
}

export function describeWarning(t: Translate<EvidenceMessageKey>, warning: ItemWarning, locale: Locale): string {
  switch (warning.code) {
    case 'too-big': return t('warn.tooBig', { size: formatBytes(warning.size, locale), limit: formatBytes(warning.limit, locale) });
    case 'not-pdf': return t('warn.notPdf');
    case 'drive-sharing': return t('drive.reminder');
  }
}

/** Errors crossing the runtime messaging as plain JSON. */
export interface ErrorPayload { code: EvidenceError['code']; params: Record<string, number | string> }
export function toPayload(error: unknown): ErrorPayload {
  if (error instanceof EvidenceError) return { code: error.code, params: error.params };
  return { code: classifyStorageError(error) === 'quota' ? 'quota' : 'storage', params: {} };
}
export function fromPayload(payload: ErrorPayload): EvidenceError {
  return new EvidenceError(payload.code, payload.params);
}
