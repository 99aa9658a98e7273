import { Link } from '@tanstack/react-router';
import { useT } from '@/components/i18n';
import { useProfile } from '@/components/useProfile';
import { PageTitle } from './PageTitle';
import { jenjangLabel, periodLabel, roleLabel } from './labels';
import { StageOverview } from './StageOverview';
import { NextStepsCard } from './NextStepsCard';
import { AssumedNote } from '@/components/first-run/AssumedNote';
import { BackupStatusLine } from '@/components/backup/BackupStatusLine';

export function Dashboard() {
  const t = useT();
  const { profile, saved, loading } = useProfile();
  if (loading) return null;
  return (
    <section aria-labelledby="dash-title">
      <PageTitle>{t('dashboard.title')}</PageTitle>
      <p className="lead" id="dash-title">{profile.name ? t('dashboard.greeting', { name: profile.name }) : t('dashboard.greetingAnon')}</p>
      {/* Before a profile is saved the year is shown for a guru, and the page says so. */}
      {!saved && <AssumedNote settingsLink={(label) => <Link to="/pengaturan">{label}</Link>} />}
      <StageOverview />
      <NextStepsCard />
      {saved && (
        <div className="card" data-testid="profile-card">
          <h2>{t('dashboard.profileHeading')}</h2>
          <dl className="dl">
            <dt>{t('dashboard.role')}</dt><dd>{roleLabel(t, profile.role)}</dd>
            <dt>{t('dashboard.school')}</dt><dd>{profile.school || '—'}</dd>
            <dt>{t('dashboard.period')}</dt><dd>{periodLabel(t, profile.year, profile.periodId)}</dd>
            <dt>{t('dashboard.jenjang')}</dt><dd>{jenjangLabel(t, profile.jenjang)}</dd>
            <dt>{t('dashboard.timeZone')}</dt><dd>{t(`zone.${profile.timeZone}`)}</dd>
          </dl>
          <p style={{ marginTop: 12 }}><Link to="/pengaturan" className="btn secondary">{t('dashboard.editProfile')}</Link></p>
        </div>
      )}
      <BackupStatusLine />
      <div className="card">
        <h2>{t('dashboard.sitesHeading')}</h2>
        <p>{t('dashboard.sitesBody')}</p>
      </div>
    </section>
  );
}
