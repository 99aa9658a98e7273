import { Link, useParams } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { indicatorsFor } from '@/lib/domain';
import { getDb } from '@/lib/db/database';
import { writingMessages, type WritingMessageKey } from '@/lib/i18n/writing';
import type { Translate } from '@/lib/i18n/define';
import { chosenIndicatorId, findIndicator, guidanceFor } from '@/lib/writing/guidance';
import { documentBySlug, documentDef, documentId, noteDate, wordingFor, type DocumentDef, type DocumentKind, type WritingDocument } from '@/lib/writing/model';
import { createNote, type DocumentKey } from '@/lib/writing/store';
import type { Indicator, Role } from '@/lib/domain';
import { useLocale, useMessages, useT } from '@/components/i18n';
import { useProfile } from '@/components/useProfile';
import { PageTitle } from '@/components/app/PageTitle';
import { periodLabel } from '@/components/app/labels';
import { FieldEditor, type FieldNotice, type FieldState } from './FieldEditor';
import { HistoryPanel } from './HistoryPanel';
import { EvidencePanel } from './EvidencePanel';
import { buildExport, downloadText, linkedEvidenceTitles } from './exportView';
import { useDocument, usePeriodDocuments, yearOfPeriod } from './useWriting';
import { recoverJournal } from './journal';
import './writing.css';

export function RencanaDocumentRoute() {
  const { period } = useParams({ from: '/rencana/$period' });
  return <DocumentScreen periodId={period} kind="rencana" />;
}

export function RefleksiDocumentRoute() {
  const { period, doc } = useParams({ from: '/refleksi/$period/$doc' });
  const t = useMessages(writingMessages);
  const def = documentBySlug(doc);
  if (!def || def.kind === 'rencana') return <section><PageTitle>{t('refleksi.title')}</PageTitle><div className="notice error" role="alert">{t('badDocument')}</div></section>;
  if (def.kind === 'catatan') return <NotesScreen periodId={period} />;
  return <DocumentScreen periodId={period} kind={def.kind} />;
}

/** The line "Tersimpan 09.41" for a set of fields; screen readers hear only saves and errors, not every keystroke. */
function useSaveStatus() {
  const [states, setStates] = useState<Record<string, FieldState>>({});
  const [notices, setNotices] = useState<FieldNotice[]>([]);
  const onState = useCallback((field: string, state: FieldState) => setStates((s) => (s[field] === state ? s : { ...s, [field]: state })), []);
  const onNotice = useCallback((n: FieldNotice) => setNotices((list) => [...list.filter((x) => !(x.field === n.field && x.kind === n.kind)), n].slice(-4)), []);
  return { states, notices, onState, onNotice, dismiss: () => setNotices([]) };
}

function SaveStatus({ states, updatedAt, t }: { states: Record<string, FieldState>; updatedAt: string | null; t: Translate<WritingMessageKey> }) {
  const locale = useLocale();
  const values = Object.values(states);
  const busy = values.some((s) => s === 'pending' || s === 'saving');
  const failed = values.some((s) => s === 'error');
  const time = updatedAt ? new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { hour: '2-digit', minute: '2-digit' }).format(new Date(updatedAt)) : null;
  const settled = time ? t('save.saved', { time }) : t('save.never');
  return (
    <p className={`wr-status${failed ? ' error' : ''}`} data-testid="save-status" data-state={failed ? 'error' : busy ? 'busy' : 'saved'}>
      <span aria-hidden="true">{busy ? t('save.saving') : settled}</span>
      <span className="sr-only" role="status">{busy ? '' : settled}</span>
    </p>
  );
}

function Notices({ notices, dismiss, label, t }: { notices: FieldNotice[]; dismiss: () => void; label: (field: string) => string; t: Translate<WritingMessageKey> }) {
  if (notices.length === 0) return null;
  const serious = notices.some((n) => n.kind === 'conflict' || n.kind === 'error');
  return (
    <div className={`notice ${serious ? 'warn' : 'ok'} no-print`} role={serious ? 'alert' : 'status'} data-testid="wr-notice">
      {notices.map((n, i) => (
        <p key={i}>
          {n.kind === 'conflict' ? t('save.conflict', { field: label(n.field) })
            : n.kind === 'merged' ? t('save.merged')
              : n.kind === 'error' ? t('save.error', { reason: n.reason ?? '' })
                : `${label(n.field)}: ${t('save.otherTab')}`}
        </p>
      ))}
      <button type="button" className="btn secondary" onClick={dismiss}>OK</button>
    </div>
  );
}

/** Editors open only after a closed tab's unsaved words are stored, so they start from them. */
function useRecovered(marker: string): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => { void recoverJournal(marker).finally(() => setDone(true)); }, [marker]);
  return done;
}

function BadPeriod({ periodId }: { periodId: string }) {
  const t = useMessages(writingMessages);
  return <section><PageTitle>{t('refleksi.title')}</PageTitle><div className="notice error" role="alert">{t('badPeriod', { period: periodId })}</div></section>;
}

function fieldLabel(t: Translate<WritingMessageKey>, kind: DocumentKind, field: string): string {
  return t(`field.${kind}.${field}` as WritingMessageKey);
}

/** The fields of one document, each with its guidance and thinking questions beside it. */
function DocumentFields({ docKey, def, doc, year, role, indicator, t, onState, onNotice }: {
  docKey: DocumentKey; def: DocumentDef; doc: WritingDocument | null; year: number; role: Role; indicator: Indicator | undefined;
  t: Translate<WritingMessageKey>; onState: (f: string, s: FieldState) => void; onNotice: (n: FieldNotice) => void;
}) {
  const [history, setHistory] = useState<string | null>(null);
  const id = documentId(docKey.periodId, docKey.kind, docKey.entryId);
  const fields = (doc?.fields ?? {}) as Record<string, string>;
  const indicatorOptions = useMemo(() => indicatorsFor(role, year).map((i) => ({ value: i.id, label: `${i.number}. ${i.name}` })), [role, year]);
  return (
    <>
      {def.fields.map((f) => {
        const label = fieldLabel(t, def.kind, f.id);
        const stored = { version: doc?.versions[f.id] ?? 0, text: fields[f.id] ?? '' };
        const guide = guidanceFor(f, indicator);
        const asideId = `${id}-${f.id}-aside`.replace(/[^a-zA-Z0-9-]/g, '-');
        const site = wordingFor(f.site, year);
        const questions = t(`think.${def.kind}.${f.id}` as WritingMessageKey).split('\n');
        return (
          <div className="wr-row" key={f.id}>
            <div className="wr-editor">
              <FieldEditor
                docKey={docKey} def={f} label={label} stored={stored} t={t} onState={onState} onNotice={onNotice} describedBy={asideId}
                options={f.input === 'indicator' ? indicatorOptions : undefined}
                suggestions={f.input === 'behaviour' ? indicator?.behaviours.map((b) => b.text) : undefined}
              />
              <div className="wr-field-foot small muted">
                {site.length > 0 && def.kind !== 'catatan' && (
                  <span>{t('onSite', { year: String(year), labels: site.map((w) => `“${w.label}”`).join(', ') })}{site.every((w) => w.certainty === 'paraphrased') && ` (${t('onSiteParaphrased')})`}</span>
                )}
                {f.input !== 'indicator' && f.input !== 'date' && (
                  <button type="button" className="linkish" onClick={() => setHistory(f.id)} data-testid={`history-${f.id}`}>{t('history.open')}</button>
                )}
              </div>
            </div>
            {/* Not an <aside>: one complementary landmark per field was noise for screen readers (and axe's
                landmark-unique); the field reads this block as its description (aria-describedby). */}
            <div className="wr-aside" id={asideId}>
              {guide && (
                <details className="wr-guide" open={guide.show === 'indicator'}>
                  <summary>{t('guide.title')}: {guide.indicator.name}</summary>
                  {guide.show === 'indicator' && guide.indicator.meaning && <p className="small">{guide.indicator.meaning}</p>}
                  {guide.indicator.behaviours.length > 0 ? (
                    <>
                      <p className="small"><strong>{t('guide.behaviours')}</strong></p>
                      <ul className="small">
                        {guide.indicator.behaviours.map((b) => (
                          <li key={b.text}>{b.text}
                            {b.dianjurkan?.length ? <div>{t('guide.recommended')}: {b.dianjurkan.join('; ')}</div> : null}
                            {b.dihindari?.length ? <div>{t('guide.avoid')}: {b.dihindari.join('; ')}</div> : null}
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : guide.indicator.behavioursNote && <p className="small">{guide.indicator.behavioursNote}</p>}
                  {!guide.hasLists && <p className="small muted">{t('guide.noLists')}</p>}
                  {guide.indicator.behavioursCertainty !== 'confirmed' && <p className="small muted">{t('guide.uncertain')}</p>}
                </details>
              )}
              <p className="small wr-think-title">{t('think.title')}</p>
              <ul className="small wr-think">{questions.map((q) => <li key={q}>{q}</li>)}</ul>
            </div>
          </div>
        );
      })}
      {history && (
        <HistoryPanel docKey={docKey} docId={id} field={history} label={fieldLabel(t, def.kind, history)} current={fields[history] ?? ''} t={t} onClose={() => setHistory(null)} />
      )}
    </>
  );
}

function DocumentScreen({ periodId, kind }: { periodId: string; kind: Exclude<DocumentKind, 'catatan'> }) {
  const t = useMessages(writingMessages);
  const ta = useT();
  const { profile, saved, loading: profileLoading } = useProfile();
  const year = yearOfPeriod(periodId);
  const id = documentId(periodId, kind);
  const { loading, doc, unreadable } = useDocument(id);
  const docs = usePeriodDocuments(periodId);
  const status = useSaveStatus();
  const recovered = useRecovered(t('conflict.marker'));
  if (year === null) return <BadPeriod periodId={periodId} />;
  const def = documentDef(kind);
  const docKey: DocumentKey = { kind, year, periodId };
  const indicator = findIndicator(profile.role, year, kind === 'rencana' && doc?.kind === 'rencana' ? doc.fields.indikator : chosenIndicatorId(docs ?? []));
  const siteNames = wordingFor(def.site, year).map((w) => `“${w.label}”`).join(', ');
  const exportText = async () => downloadText(buildExport(t, ta, profile, periodId, year, docs ?? [], kind, await linkedEvidenceTitles(docs ?? [])), t('export.empty'), periodId, def.slug);
  return (
    <section className="wr-page" data-testid={`doc-${kind}`}>
      <PageTitle>{t(`doc.${kind}`)}</PageTitle>
      <p className="lead">{t(`docIntro.${kind}`)}</p>
      <p className="small muted">{t('period', { period: periodLabel(ta, year, periodId) })} · {t('onSite', { year: String(year), labels: siteNames })} · {t('countNoLimit')}</p>
      {!profileLoading && !saved && <div className="notice warn no-print"><p>{t('noProfile')}</p><Link className="btn secondary" to="/pengaturan">{t('fillProfile')}</Link></div>}
      <div className="wr-toolbar no-print">
        <SaveStatus states={status.states} updatedAt={doc?.updatedAt ?? null} t={t} />
        <div className="row">
          <Link className="btn secondary" to="/cetak/$period/$doc" params={{ period: periodId, doc: def.slug }}>{t('export.print')}</Link>
          <button type="button" className="btn secondary" onClick={() => void exportText()}>{t('export.text')}</button>
        </div>
      </div>
      <Notices notices={status.notices} dismiss={status.dismiss} label={(f) => fieldLabel(t, kind, f)} t={t} />
      {unreadable && <div className="notice error" role="alert">{t('unreadable')}</div>}
      {!loading && recovered && !unreadable && (
        <form className="wr-doc card" onSubmit={(e) => e.preventDefault()} aria-label={t(`doc.${kind}`)}>
          <DocumentFields docKey={docKey} def={def} doc={doc} year={year} role={profile.role} indicator={indicator} t={t} onState={status.onState} onNotice={status.onNotice} />
        </form>
      )}
      <EvidencePanel docKey={docKey} stepId={def.stepId} linked={doc?.evidenceIds ?? []} t={t} />
    </section>
  );
}

function NotesScreen({ periodId }: { periodId: string }) {
  const t = useMessages(writingMessages);
  const ta = useT();
  const { profile } = useProfile();
  const year = yearOfPeriod(periodId);
  const docs = usePeriodDocuments(periodId);
  const status = useSaveStatus();
  const recovered = useRecovered(t('conflict.marker'));
  if (year === null) return <BadPeriod periodId={periodId} />;
  const def = documentDef('catatan');
  const notes = (docs ?? []).filter((d) => d.kind === 'catatan')
    .sort((a, b) => noteDate(b).localeCompare(noteDate(a)) || b.createdAt.localeCompare(a.createdAt));
  const indicator = findIndicator(profile.role, year, chosenIndicatorId(docs ?? []));
  const latest = notes.reduce<string | null>((m, d) => (m && m > d.updatedAt ? m : d.updatedAt), null);
  const add = async () => {
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    await createNote(getDb(), year, periodId, iso.startsWith(String(year)) ? iso : `${year}-01-01`, today.toISOString());
  };
  return (
    <section className="wr-page" data-testid="doc-catatan">
      <PageTitle>{t('doc.catatan')}</PageTitle>
      <p className="lead">{t('docIntro.catatan')}</p>
      <p className="small muted">{t('period', { period: periodLabel(ta, year, periodId) })}</p>
      <div className="wr-toolbar no-print">
        <SaveStatus states={status.states} updatedAt={latest} t={t} />
        <div className="row">
          <button type="button" className="btn" onClick={() => void add()} data-testid="note-add">{t('notes.add')}</button>
          <Link className="btn secondary" to="/cetak/$period/$doc" params={{ period: periodId, doc: 'catatan' }}>{t('export.print')}</Link>
        </div>
      </div>
      <Notices notices={status.notices} dismiss={status.dismiss} label={(f) => fieldLabel(t, 'catatan', f)} t={t} />
      {docs && notes.length === 0 && <p>{t('notes.empty')}</p>}
      {recovered && notes.map((note) => (
        <form key={note.id} className="wr-doc card" onSubmit={(e) => e.preventDefault()} aria-label={t('notes.entry', { date: noteDate(note) || t('notes.noDate') })}>
          <DocumentFields docKey={{ kind: 'catatan', year, periodId, entryId: note.kind === 'catatan' ? note.entryId : undefined }} def={def} doc={note} year={year} role={profile.role} indicator={indicator} t={t} onState={(f, s) => status.onState(`${note.id}:${f}`, s)} onNotice={status.onNotice} />
        </form>
      ))}
    </section>
  );
}
