import { browser } from 'wxt/browser';
import { LocaleProvider, useT } from '@/components/i18n';
import { useProfile } from '@/components/useProfile';
import { periodLabel, roleLabel } from '@/components/app/labels';
import { appUrl } from '@/lib/app-url';
import { AssumedNote } from '@/components/first-run/AssumedNote';
import { PopupChecklist } from './PopupChecklist';

export function Popup() {
  const { profile, loading } = useProfile();
  if (loading) return null;
  return (
    <LocaleProvider locale={profile.locale}>
      <PopupBody />
    </LocaleProvider>
  );
}

async function open(route: string) {
  await browser.tabs.create({ url: appUrl(route) });
  window.close();
}

function PopupBody() {
  const t = useT();
  const { profile, saved } = useProfile();
  return (
    // One <main> holds everything, so every part of the popup sits in a landmark (axe: landmark-one-main, region).
    <main className="popup">
      <header className="brand">
        <div className="brand-logo" aria-hidden="true">PK</div>
        <div>
          <h1 className="brand-name" style={{ fontSize: 16, margin: 0 }}>{t('app.title')}</h1>
        </div>
      </header>
      {saved ? (
        <section className="card" aria-live="polite" data-testid="popup-profile">
          <p style={{ fontWeight: 600, margin: 0 }} data-testid="popup-name">{profile.name || '—'}</p>
          <p className="muted small" style={{ margin: 0 }}>{profile.school}</p>
          <p className="small" style={{ margin: '6px 0 0' }} data-testid="popup-period">
            {t('popup.periodLine', { role: roleLabel(t, profile.role), period: periodLabel(t, profile.year, profile.periodId) })}
          </p>
        </section>
      ) : (
        // No profile yet: the year is shown for a guru, and says so.
        <AssumedNote settingsLink={(label) => <a href="#" onClick={(e) => { e.preventDefault(); void open('/pengaturan'); }}>{label}</a>} />
      )}
      <PopupChecklist onOpen={(route) => void open(route)} />
      <div className="row">
        <button className="btn" type="button" onClick={() => void open('/')}>{t('popup.open')}</button>
        <button className="btn secondary" type="button" onClick={() => void open('/pengaturan')}>{t('popup.settings')}</button>
      </div>
      <p className="muted small" style={{ marginTop: 12 }}>{t('app.privacy')}</p>
    </main>
  );
}
