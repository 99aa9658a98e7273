import { Link } from '@tanstack/react-router';
import { useMessages } from '@/components/i18n';
import { useFormatDate } from '@/components/useFormatDate';
import { useNow } from '@/components/useNow';
import { backupReminderDue, daysSinceBackup, stageEndedSinceBackup } from '@/lib/backup/settings';
import { useChecklist } from '@/components/checklist/useChecklist';
import { backupMessages } from '@/lib/i18n/backup';
import type { IsoDate } from '@/lib/domain';
import { localIsoDate, useBackupStatus } from './useBackupStatus';

/**
 * The dashboard's backup line: the date of the last backup, and a reminder with a link when it
 * is older than the person's setting (or there is data and no backup at all).
 */
export function BackupStatusLine({ withLink = true }: { withLink?: boolean }) {
  const t = useMessages(backupMessages);
  const format = useFormatDate();
  const now = useNow();
  const { settings, hasData, loading } = useBackupStatus();
  const { view } = useChecklist();
  if (loading || !now) return null;
  const days = daysSinceBackup(settings, now);
  const stageEnded = view && hasData
    ? stageEndedSinceBackup(view.stages.map((s) => s.end), settings.lastBackupAt && localIsoDate(settings.lastBackupAt), view.today)
    : null;
  const due = backupReminderDue(settings, now, hasData) || stageEnded !== null;
  const line = settings.lastBackupAt === null ? t('last.never')
    : days === 0 ? t('last.today', { date: format(localIsoDate(settings.lastBackupAt) as IsoDate) })
      : t('last.at', { date: format(localIsoDate(settings.lastBackupAt) as IsoDate), days: days ?? 0 });
  return (
    <div className={due ? 'notice warn' : 'card'} data-testid="backup-status" role={due ? 'status' : undefined}>
      <p>{line}</p>
      {due && <p>{settings.lastBackupAt === null ? t('remind.never')
        : stageEnded !== null && !backupReminderDue(settings, now, hasData) ? t('remind.stageEnded', { date: format(stageEnded as IsoDate) })
          : t('remind.due')}</p>}
      {withLink && (
        <p style={{ marginTop: 8 }}>
          <Link to="/pengaturan/cadangan" className={due ? 'btn' : 'btn secondary'}>{due ? t('remind.action') : t('nav.link')}</Link>
        </p>
      )}
    </div>
  );
}

/** The link from the settings page. */
export function BackupSettingsLink() {
  const t = useMessages(backupMessages);
  return (
    <div className="card" data-testid="backup-link">
      <h2>{t('page.title')}</h2>
      <p>{t('nav.linkBody')}</p>
      <p style={{ marginTop: 8 }}><Link to="/pengaturan/cadangan" className="btn secondary">{t('nav.link')}</Link></p>
    </div>
  );
}
