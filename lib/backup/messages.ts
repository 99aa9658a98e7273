/**
 * A backup error in the reader's words: the catalogue key and its parameters (sizes as text,
 * table names as the kind a teacher knows). Never zod's or zip.js's English.
 */
import type { BackupMessageKey } from '@/lib/i18n/backup';
import type { Translate } from '@/lib/i18n/define';
import { formatBytes } from '@/lib/evidence/model';
import { BackupError } from './errors';

export function kindLabel(t: Translate<BackupMessageKey>, table: string): string {
  const key = `kind.${table}` as BackupMessageKey;
  const text = t(key);
  return text === key ? t('kind.other', { name: table }) : text;
}

export function backupErrorText(t: Translate<BackupMessageKey>, error: unknown, locale: 'id' | 'en' = 'id'): string {
  const e = error instanceof BackupError ? error : new BackupError('storage', {}, { cause: error });
  const d = e.details;
  const params: Record<string, string | number> = { ...d };
  if (typeof d.needed === 'number') params.needed = formatBytes(d.needed, locale);
  if (typeof d.available === 'number') params.available = formatBytes(d.available, locale);
  if (typeof d.table === 'string') params.table = kindLabel(t, d.table);
  return t(`error.${e.code}` as BackupMessageKey, params);
}
