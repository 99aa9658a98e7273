import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/database';
import { BACKUP_SETTINGS_KEY } from '@/lib/backup/registry';
import { backupSettingsSchema, DEFAULT_BACKUP_SETTINGS, type BackupSettings } from '@/lib/backup/settings';

/** The backup settings row and whether there is anything to lose, live from Dexie. */
export function useBackupStatus(): { settings: BackupSettings; hasData: boolean; loading: boolean } {
  const value = useLiveQuery(async () => {
    const db = getDb();
    const row = await db.settings.get(BACKUP_SETTINGS_KEY);
    const parsed = backupSettingsSchema.safeParse(row?.value ?? {});
    const hasData = (await db.evidence.count()) > 0 || (await db.checklist.count()) > 0;
    return { settings: parsed.success ? parsed.data : DEFAULT_BACKUP_SETTINGS, hasData };
  }, [], null);
  return value ? { ...value, loading: false } : { settings: DEFAULT_BACKUP_SETTINGS, hasData: false, loading: true };
}

/** The local calendar date of an instant, for formatDate. */
export function localIsoDate(instant: string | Date): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
