import { Link, Navigate, useParams } from '@tanstack/react-router';
import { writingMessages } from '@/lib/i18n/writing';
import { DOCUMENTS, wordingFor, type WritingDocument } from '@/lib/writing/model';
import { useMessages, useT } from '@/components/i18n';
import { useProfile } from '@/components/useProfile';
import { PageTitle } from '@/components/app/PageTitle';
import { periodLabel } from '@/components/app/labels';
import { buildExport, downloadText, linkedEvidenceTitles } from './exportView';
import { usePeriodDocuments, yearOfPeriod } from './useWriting';
import './writing.css';

/** #/rencana: the plan of the period in the profile. */
export function RencanaRedirect() {
  const { profile, loading } = useProfile();
  if (loading) return null;
  return <Navigate to="/rencana/$period" params={{ period: profile.periodId }} replace />;
}

/** #/refleksi: the documents of the period in the profile. */
export function RefleksiRedirect() {
  const { profile, loading } = useProfile();
  if (loading) return null;
  return <Navigate to="/refleksi/$period" params={{ period: profile.periodId }} replace />;
}

function filled(doc: WritingDocument | undefined): number {
  return doc ? Object.values(doc.fields as Record<string, string>).filter((v) => v.trim() !== '').length : 0;
}

/** #/refleksi/<period>: every document of the cycle with how far it is, and the export of the whole period. */
export function WritingIndex() {
  const { period } = useParams({ from: '/refleksi/$period' });
  const t = useMessages(writingMessages);
  const ta = useT();
  const { profile } = useProfile();
  const docs = usePeriodDocuments(period);
  const year = yearOfPeriod(period);
  if (year === null) return <section><PageTitle>{t('refleksi.title')}</PageTitle><div className="notice error" role="alert">{t('badPeriod', { period })}</div></section>;
  return (
    <section className="wr-page">
      <PageTitle>{t('refleksi.title')}</PageTitle>
      <p className="lead">{t('refleksi.intro')}</p>
      <p className="small muted">{t('period', { period: periodLabel(ta, year, period) })}</p>
      <div className="row no-print" style={{ marginBottom: 16 }}>
        <Link className="btn secondary" to="/cetak/$period" params={{ period }} data-testid="print-all">{t('refleksi.exportAll')}</Link>
        <button type="button" className="btn secondary" onClick={() => void linkedEvidenceTitles(docs ?? []).then((titles) => downloadText(buildExport(t, ta, profile, period, year, docs ?? [], undefined, titles), t('export.empty'), period, 'semua'))}>{t('refleksi.textAll')}</button>
      </div>
      <ul className="wr-index">
        {DOCUMENTS.map((def) => {
          const ofKind = (docs ?? []).filter((d) => d.kind === def.kind);
          const site = wordingFor(def.site, year).map((w) => w.label).join(' / ');
          const to = def.kind === 'rencana' ? '/rencana/$period' : '/refleksi/$period/$doc';
          const total = def.kind === 'catatan' ? null : def.fields.length;
          return (
            <li key={def.kind} className="card">
              <h2><Link to={to} params={{ period, doc: def.slug }} data-testid={`open-${def.slug}`}>{t(`doc.${def.kind}`)}</Link></h2>
              <p className="small muted">{def.kind !== 'catatan' && t('onSite', { year: String(year), labels: site })}</p>
              <p className="small">{t(`docIntro.${def.kind}`)}</p>
              <p className="small"><strong>{total === null ? t('notes.count', { count: ofKind.length }) : t('refleksi.fieldsFilled', { filled: filled(ofKind[0]), total })}</strong></p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
