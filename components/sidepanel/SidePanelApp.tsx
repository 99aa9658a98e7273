import { browser } from 'wxt/browser';
import { LocaleProvider, useLocale, useMessages, useT } from '@/components/i18n';
import { useProfile } from '@/components/useProfile';
import { createTranslator } from '@/lib/i18n/define';
import { pageMessages, type PageId } from '@/lib/i18n/pages';
import { shellMessages } from '@/lib/i18n/shell';
import { sidePanelMessages } from '@/lib/i18n/sidepanel';
import { appUrl } from '@/lib/app-url';
import { SIDE_PANEL_BEAT, UI_PREFS_KEYS, type OverlaySide } from '@/lib/overlay/ui-prefs';
import { useEffect, useState } from 'react';
import { useActiveTabPage } from './useActiveTabPage';
import { SidePanelChecklist } from './SidePanelChecklist';
import { SidePanelAutofill } from './SidePanelAutofill';
import { SidePanelEvidence } from './SidePanelEvidence';
import { SidePanelPaste } from './SidePanelPaste';
import { documentKindForStep } from '@/lib/writing/paste';
import { askTab } from './tab-client';
import { explainRecognition } from '@/lib/sites/explain';
import type { PageContext } from '@/lib/overlay/tab-protocol';

/** Why the page was (not) recognised, and on a changed page what is missing, in the side panel's language. */
function RecognitionNote({ page }: { page: PageContext }) {
  const ts = useMessages(sidePanelMessages);
  const tsh = useMessages(shellMessages);
  const r = page.recognition;
  const why = explainRecognition(r, (key) => tsh(key));
  return (
    <>
      {r.kind === 'page' && r.missing.length > 0 && (
        <section className="card changed" role="alert" data-testid="overlay-changed">
          <h2 style={{ fontSize: 15 }}>{ts('side.changedTitle')}</h2>
          <p className="small" style={{ margin: 0 }}>{ts('side.changedBody', { missing: r.missing.map((m) => `'${m}'`).join(', ') })}</p>
        </section>
      )}
      {why && <p className="muted small" data-testid="overlay-why">{ts('side.why', { why })}</p>}
    </>
  );
}

/**
 * The side panel: an extension page beside the tab, which the host page cannot reach, cover or
 * click. It opens the database itself and follows the active tab's page.
 */
/** While open, the side panel says so, so that pages loaded beside it listen for it at once (ui-prefs.ts). */
function useHeartbeat(): void {
  useEffect(() => {
    const beat = () => void browser.storage.local.set({ [UI_PREFS_KEYS.sidePanelAt]: Date.now() });
    beat();
    const timer = setInterval(beat, SIDE_PANEL_BEAT);
    return () => clearInterval(timer);
  }, []);
}

export function SidePanelApp() {
  useHeartbeat();
  const { profile, saved, loading } = useProfile();
  if (loading) return null;
  return (
    <LocaleProvider locale={profile.locale}>
      <SidePanelBody saved={saved} />
    </LocaleProvider>
  );
}

/** The app opens in a new tab: `tabs.create` needs no permission. */
const openApp = (route: string) => void browser.tabs.create({ url: appUrl(route) });

function SidePanelBody({ saved }: { saved: boolean }) {
  const t = useT();
  const ts = useMessages(sidePanelMessages);
  const locale = useLocale();
  const { state, tabId, reply, refresh } = useActiveTabPage();
  const page = reply?.page ?? null;
  const pageName = page?.pageId ? createTranslator(pageMessages, locale)(page.pageId as PageId) : null;
  // A performance mark each time another page is shown: `npm run bench` times page change → side panel updated with it.
  useEffect(() => { if (page) performance.mark('pk-page', { detail: page.url }); }, [page?.url, page?.pageId]);

  return (
    <main className="overlay" aria-busy={state === 'loading'}>
      {!saved && (
        <p className="card small assume" data-testid="side-assume-guru">
          {ts('side.assumeGuru')}{' '}
          <button className="link-btn" type="button" onClick={() => openApp('/pengaturan')}>{ts('side.openSettings')}</button>
        </p>
      )}
      {state === 'loading' && <p className="muted" role="status">{ts('side.loading')}</p>}
      {state === 'other' && (
        <section className="card" data-testid="side-other">
          <h1 style={{ fontSize: 17 }}>{ts('side.otherTitle')}</h1>
          <p className="small">{ts('side.otherBody')}</p>
        </section>
      )}
      {state === 'waiting' && (
        <section className="card" data-testid="side-waiting">
          <h1 style={{ fontSize: 17 }}>{ts('side.waitingTitle')}</h1>
          <p className="small">{ts('side.waitingBody')}</p>
          <button className="btn secondary small-btn" type="button" onClick={refresh}>{ts('side.retry')}</button>
        </section>
      )}
      {state === 'page' && page && (pageName ? (
        <section className="page-line" data-testid="overlay-page" aria-live="polite">
          <h1>{pageName}</h1>
          <p className="muted small">
            {t(`overlay.site.${page.site}`)}{page.stage && ` · ${t('overlay.stage', { stage: t(`stage.${page.stage}`) })}`}
          </p>
        </section>
      ) : (
        <section className="card" data-testid="overlay-unknown" aria-live="polite">
          <h1 style={{ fontSize: 17 }}>{t('overlay.unknownTitle')}</h1>
          <p className="small">{t('overlay.unknownBody')}</p>
        </section>
      ))}
      {state === 'page' && page && <RecognitionNote page={page} />}
      {/* On e-Kinerja the form at hand comes first: filling it is why the teacher opened the panel there. */}
      {state === 'page' && page?.site === 'ekinerja' && tabId !== null && <SidePanelAutofill key={tabId} tabId={tabId} pageId={page.pageId} />}
      {/* On the Ruang GTK document pages the teacher's own notes come first: pasting them is the work at hand. */}
      {state === 'page' && page?.site === 'ruang-gtk' && tabId !== null && documentKindForStep(page.step ?? undefined) && (
        <SidePanelPaste key={`${tabId}-${page.step}`} tabId={tabId} kind={documentKindForStep(page.step ?? undefined)!} />
      )}
      <SidePanelChecklist stage={page?.stage ?? null} step={page?.step ?? null} />
      {state === 'page' && page?.pageId && tabId !== null && reply && (
        <SidePanelEvidence page={page} targets={reply.targets} tabId={tabId} rescan={refresh} />
      )}
      <div className="row" style={{ gap: 8, flexWrap: 'wrap' }}>
        <button className="btn secondary" type="button" onClick={() => openApp('/')}>{t('overlay.openApp')}</button>
        {state === 'page' && tabId !== null && <PillCorner tabId={tabId} />}
      </div>
      <p className="muted small" style={{ marginTop: 12 }}>{t('overlay.never')}</p>
    </main>
  );
}

/** The pill's corner on the page, for pages whose own controls sit under it. */
function PillCorner({ tabId }: { tabId: number }) {
  const t = useMessages(shellMessages);
  const [side, setSide] = useState<OverlaySide | null>(null);
  useEffect(() => {
    void browser.storage.local.get(UI_PREFS_KEYS.overlaySide).then((r) => setSide(r[UI_PREFS_KEYS.overlaySide] === 'left' ? 'left' : 'right'));
  }, []);
  if (!side) return null;
  const move = async () => {
    const to: OverlaySide = side === 'left' ? 'right' : 'left';
    setSide(to);
    await browser.storage.local.set({ [UI_PREFS_KEYS.overlaySide]: to });
    await askTab(tabId, { pk: 'prefs' });
  };
  return (
    <button className="btn secondary" type="button" data-testid="pk-move" onClick={() => void move()}>
      {t(side === 'left' ? 'shell.moveRight' : 'shell.moveLeft')}
    </button>
  );
}
