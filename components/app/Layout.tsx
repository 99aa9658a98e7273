import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { LocaleProvider, useLocale, useT } from '@/components/i18n';
import { useProfile } from '@/components/useProfile';
import { NAV_ITEMS } from './nav';

export function AppLayout() {
  const { profile } = useProfile();
  return (
    <LocaleProvider locale={profile.locale}>
      <Shell />
    </LocaleProvider>
  );
}

function Shell() {
  const t = useT();
  const mainRef = useRef<HTMLElement>(null);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const first = useRef(true);
  useEffect(() => {
    // After an in-app navigation, move focus to the new page so screen readers announce it.
    if (first.current) { first.current = false; return; }
    mainRef.current?.focus();
  }, [pathname]);
  const locale = useLocale();
  useEffect(() => { document.documentElement.lang = locale; }, [locale]);
  return (
    <div className="app">
      <a className="skip" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>{t('app.skip')}</a>
      <aside className="sidebar">
        <div className="brand">
          <div className="brand-logo" aria-hidden="true">PK</div>
          <div><div className="brand-name">{t('app.title')}</div><div className="brand-sub">{t('app.tagline')}</div></div>
        </div>
        <nav className="nav" aria-label={t('nav.label')}>
          {NAV_ITEMS.map((item) => (
            <Link key={item.to} to={item.to} activeOptions={{ exact: item.to === '/' }} activeProps={{ 'aria-current': 'page', className: 'active' }}>
              {t(item.label)}
            </Link>
          ))}
        </nav>
        <p className="sidebar-foot">{t('app.privacy')} <Link to="/privasi">{t('app.privacyLink')}</Link></p>
      </aside>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
