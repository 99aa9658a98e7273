import { browser } from 'wxt/browser';
import { LocaleProvider, useT } from '@/components/i18n';
import { createTranslator } from '@/lib/i18n/define';
import { pageMessages, type PageId } from '@/lib/i18n/pages';
import { useLocale } from '@/components/i18n';
import type { BackgroundRequest } from '@/lib/messages/schema';
import { useHostChannel } from './useHostChannel';
import { useBackgroundProfile } from './useBackgroundProfile';
import { EvidenceOverlay } from './EvidenceOverlay';
import { OverlayChecklist } from './OverlayChecklist';
import { useReportHeight } from './useReportHeight';

export function OverlayApp() {
  const profile = useBackgroundProfile();
  if (!profile) return null;
  return (
    <LocaleProvider locale={profile.locale}>
      <OverlayBody />
    </LocaleProvider>
  );
}

function OverlayBody() {
  const t = useT();
  const locale = useLocale();
  const { page, send } = useHostChannel();
  useReportHeight(send);
  if (!page) return <p className="muted" role="status">{t('overlay.connecting')}</p>;
  const pageName = page.pageId ? createTranslator(pageMessages, locale)(page.pageId as PageId) : null;

  const openApp = () => {
    const request: BackgroundRequest = { type: 'open-app', route: '/' };
    void browser.runtime.sendMessage(request);
  };

  return (
    <div className="overlay" onKeyDown={(e) => { if (e.key === 'Escape') send({ type: 'collapse' }); }}>
      {pageName ? (
        // One compact block: the panel's header already names the page, and every pixel here
        // covers the site's own fields.
        <section className="page-line" data-testid="overlay-page">
          <h1>{pageName}</h1>
          <p className="muted small">
            {t(`overlay.site.${page.site}`)}{page.stage && ` · ${t('overlay.stage', { stage: t(`stage.${page.stage}`) })}`}
          </p>
        </section>
      ) : (
        <section className="card" data-testid="overlay-unknown">
          <h1 style={{ fontSize: 17 }}>{t('overlay.unknownTitle')}</h1>
          <p className="small">{t('overlay.unknownBody')}</p>
        </section>
      )}
      <OverlayChecklist stage={page.stage} step={page.step} />
      {page.pageId && <EvidenceOverlay page={page} />}
      <button className="btn secondary" type="button" onClick={openApp}>{t('overlay.openApp')}</button>
      <p className="muted small" style={{ marginTop: 12 }}>{t('overlay.never')}</p>
    </div>
  );
}
