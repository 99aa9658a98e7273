import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { useMessages, useT } from '@/components/i18n';
import { useProfile } from '@/components/useProfile';
import { getDb } from '@/lib/db/database';
import { classifyStorageError } from '@/lib/db/errors';
import { zoneOfIana } from '@/lib/first-run';
import { firstRunMessages } from '@/lib/i18n/first-run';
import { ROLES, TIME_ZONES, type Profile } from '@/lib/settings/profile';
import { saveProfile } from '@/lib/settings/profile-store';
import { PageTitle } from './PageTitle';
import { roleLabel } from './labels';

/** The device's own zone, when it is an Indonesian one: offered first, and used until the teacher picks. */
function deviceZone(): Profile['timeZone'] | null {
  try {
    return zoneOfIana(Intl.DateTimeFormat().resolvedOptions().timeZone);
  } catch {
    return null;
  }
}

/**
 * Opened once, on install: the two answers that change what is shown (role and time zone),
 * one click each, each saved at once. Everything else waits for Pengaturan.
 */
export function WelcomePage() {
  const t = useMessages(firstRunMessages);
  const ta = useT();
  const ids = useId();
  const { profile, saved, loading } = useProfile();
  const [error, setError] = useState<string | null>(null);
  if (loading) return null;
  const guess = deviceZone();
  const shownZone = saved ? profile.timeZone : (guess ?? profile.timeZone);

  async function choose(change: Partial<Pick<Profile, 'role' | 'timeZone'>>) {
    setError(null);
    try {
      const result = await saveProfile(getDb(), { ...profile, timeZone: shownZone, ...change }, browser.storage.local);
      if (!result.ok) setError(ta('storage.unknown'));
    } catch (e) {
      setError(ta(`storage.${classifyStorageError(e)}`));
    }
  }

  return (
    <section className="welcome" aria-labelledby={`${ids}-t`}>
      <PageTitle>{t('welcome.title')}</PageTitle>
      <p className="lead" id={`${ids}-t`}>{t('welcome.intro')}</p>
      <div className="card">
        <h2 id={`${ids}-role`}>{t('welcome.role')}</h2>
        <div className="row" role="group" aria-labelledby={`${ids}-role`}>
          {ROLES.map((role) => (
            <button key={role} type="button" className={`btn choice${saved && profile.role === role ? '' : ' secondary'}`}
              aria-pressed={saved && profile.role === role} data-testid={`welcome-role-${role}`} onClick={() => void choose({ role })}>
              {roleLabel(ta, role)}
            </button>
          ))}
        </div>
      </div>
      <div className="card">
        <h2 id={`${ids}-zone`}>{t('welcome.zone')}</h2>
        <p className="small muted" id={`${ids}-zh`}>{t('welcome.zoneHint')}</p>
        <div className="row" role="group" aria-labelledby={`${ids}-zone`} aria-describedby={`${ids}-zh`}>
          {TIME_ZONES.map((zone) => (
            <button key={zone} type="button" className={`btn choice${saved && profile.timeZone === zone ? '' : ' secondary'}`}
              aria-pressed={saved && profile.timeZone === zone} data-testid={`welcome-zone-${zone}`} onClick={() => void choose({ timeZone: zone })}>
              {ta(`zone.${zone}`)}{zone === guess && <span className="small"> · {t('welcome.guess')}</span>}
            </button>
          ))}
        </div>
      </div>
      <p role="status" aria-live="polite" data-testid="welcome-status" className={error ? 'error' : ''}>
        {error ?? (saved ? t('welcome.saved', { role: roleLabel(ta, profile.role), zone: profile.timeZone }) : t('welcome.notSaved'))}
      </p>
      <div className="row">
        <Link className="btn" to="/">{t('welcome.next')}</Link>
        <Link className="btn secondary" to="/pengaturan">{t('welcome.more')}</Link>
      </div>
      <p className="small muted" style={{ marginTop: 16 }}>{t('welcome.sites')}</p>
    </section>
  );
}
