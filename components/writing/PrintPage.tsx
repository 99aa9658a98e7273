import { Link, useParams } from '@tanstack/react-router';
import { useEffect } from 'react';
import { writingMessages } from '@/lib/i18n/writing';
import { documentBySlug } from '@/lib/writing/model';
import { useMessages, useT } from '@/components/i18n';
import { useFormatDate } from '@/components/useFormatDate';
import { useProfile } from '@/components/useProfile';
import { useLiveQuery } from 'dexie-react-hooks';
import { buildExport, downloadText, linkedEvidenceTitles } from './exportView';
import { usePeriodDocuments, yearOfPeriod } from './useWriting';
import type { IsoDate } from '@/lib/domain';
import './writing.css';

export function PrintAllRoute() {
  const { period } = useParams({ from: '/cetak/$period' });
  return <PrintView periodId={period} />;
}

export function PrintDocumentRoute() {
  const { period, doc } = useParams({ from: '/cetak/$period/$doc' });
  return <PrintView periodId={period} slug={doc} />;
}

/** A printable page (the browser's print dialog saves it as PDF): the profile in the header, then every field. */
function PrintView({ periodId, slug }: { periodId: string; slug?: string }) {
  const t = useMessages(writingMessages);
  const ta = useT();
  const fmt = useFormatDate();
  const { profile } = useProfile();
  const docs = usePeriodDocuments(periodId);
  const year = yearOfPeriod(periodId);
  const def = slug ? documentBySlug(slug) : undefined;
  const titles = useLiveQuery(() => linkedEvidenceTitles(docs ?? []), [docs]);
  const view = year !== null && docs && titles ? buildExport(t, ta, profile, periodId, year, docs, def?.kind, titles) : null;
  useEffect(() => { document.body.classList.add('wr-printing'); return () => document.body.classList.remove('wr-printing'); }, []);
  useEffect(() => { if (view) document.title = view.header.title; }, [view]);
  if (year === null || (slug && !def)) return <div className="notice error" role="alert">{year === null ? t('badPeriod', { period: periodId }) : t('badDocument')}</div>;
  if (!view) return null;
  const today = new Date();
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}` as IsoDate;
  const back = def ? (def.kind === 'rencana' ? `#/rencana/${periodId}` : `#/refleksi/${periodId}/${def.slug}`) : `#/refleksi/${periodId}`;
  return (
    <article className="wr-print" data-testid="print-view">
      <div className="row no-print" style={{ marginBottom: 16 }}>
        <button type="button" className="btn" onClick={() => window.print()}>{t('export.print')}</button>
        <button type="button" className="btn secondary" onClick={() => downloadText(view, t('export.empty'), periodId, def?.slug ?? 'semua')}>{t('export.text')}</button>
        <a className="btn secondary" href={back}>{t('export.back')}</a>
      </div>
      <header className="wr-print-head">
        <h1>{view.header.title}</h1>
        <dl className="dl">
          {view.header.lines.map(([label, value]) => <div key={label} style={{ display: 'contents' }}><dt>{label}</dt><dd>{value}</dd></div>)}
        </dl>
        <p className="small muted">{t('export.printedAt', { date: fmt(iso) })}</p>
      </header>
      {view.sections.map((s, i) => (
        <section key={i} className="wr-print-section">
          <h2>{s.title}</h2>
          {s.subtitle && <p className="small muted">{s.subtitle}</p>}
          {s.entries.map((e) => (
            <div key={e.label} className="wr-print-entry">
              <h3>{e.label}</h3>
              <p className={e.text.trim() ? 'wr-print-text' : 'muted'}>{e.text.trim() ? e.text : t('export.empty')}</p>
            </div>
          ))}
        </section>
      ))}
      <Link to="/" className="no-print small">{ta('notFound.back')}</Link>
    </article>
  );
}
