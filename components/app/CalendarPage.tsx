import { useFormatDate } from '@/components/useFormatDate';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { useMessages, useT } from '@/components/i18n';
import { StatusPill } from '@/components/checklist/StageChecklist';
import { useChecklist } from '@/components/checklist/useChecklist';
import { getDb } from '@/lib/db/database';
import { importCalendarUpdate, resetWindow, saveUserOverride } from '@/lib/calendar/overrides-store';
import {
  calendarFor, dayNumber, displayStatus, isUncertain, todayIn, windowStatus, yearOf,
  type EffectiveWindow, type IsoDate, type OverrideProblem,
  CALENDAR_UPDATE_MAX_BYTES,
} from '@/lib/domain';
import { plannerMessages } from '@/lib/i18n/planner';
import { buildSchedule, planAt, yearsAround } from '@/lib/reminders/schedule';
import { parseReminderSettings, REMINDER_SETTINGS_KEY } from '@/lib/reminders/settings';
import { snoozeReminder } from '@/lib/reminders/store';
import { statusLabel } from '@/components/checklist/countdown';
import { PageTitle } from './PageTitle';
import { roleLabel } from './labels';
import './calendar.css';

type Status = { kind: 'ok' | 'error'; text: string } | null;

export function CalendarPage() {
  const t = useMessages(plannerMessages);
  const fmt = useFormatDate();
  const ta = useT();
  const { profile, today, now, overrides, loading } = useChecklist();
  const [status, setStatus] = useState<Status>(null);
  const [editing, setEditing] = useState<string | null>(null);
  if (loading || !today || !now) return null;
  const calendar = calendarFor(profile.year, overrides);
  if (!calendar) return <section><PageTitle>{t('calendar.title')}</PageTitle><p>{t('noYear')}</p></section>;
  const windows = calendar.windows.filter((w) => w.role === profile.role);
  const problemsText = (ps: OverrideProblem[]) => ps.map((p) => (profile.locale === 'en' ? p.messageEn : p.message)).join('; ');

  async function onImport(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    // A real update file is a few KB: a bigger one is refused before it is read.
    if (file.size > CALENDAR_UPDATE_MAX_BYTES) {
      setStatus({ kind: 'error', text: t('calendar.importTooBig', { size: (file.size / 1024 / 1024).toFixed(1), max: CALENDAR_UPDATE_MAX_BYTES / 1024 / 1024 }) });
      return;
    }
    let data: unknown;
    try { data = JSON.parse(await file.text()); } catch { setStatus({ kind: 'error', text: t('calendar.importNotJson') }); return; }
    const result = await importCalendarUpdate(getDb(), browser.storage.local, data);
    setStatus(result.ok ? { kind: 'ok', text: t('calendar.importOk', { n: result.count ?? 0 }) } : { kind: 'error', text: t('calendar.importFail', { problems: problemsText(result.problems) }) });
  }

  return (
    <section>
      <PageTitle>{t('calendar.title')}</PageTitle>
      <p className="lead">{t('calendar.intro', { year: String(profile.year), role: roleLabel(ta, profile.role).toLowerCase(), zone: profile.timeZone })} {t('today', { date: fmt(today) })}</p>
      {!calendar.regime.official && <div className="notice warn"><strong>{t('unofficial')}.</strong> {t('unofficialBody')}</div>}
      <Timeline year={profile.year} windows={windows} today={today} />
      <p className="status" role="status" aria-live="polite" data-testid="calendar-status" style={{ margin: 0 }}>
        {status && <span className={status.kind === 'error' ? 'error' : ''}>{status.text}</span>}
      </p>
      <section className="card" aria-labelledby="cal-list">
        <h2 id="cal-list">{t('calendar.list')}</h2>
        <ul className="cal-list">
          {windows.map((w) => (
            <WindowRow key={w.id} w={w} today={today} editing={editing === w.id}
              onEdit={() => setEditing(editing === w.id ? null : w.id)}
              onDone={(s) => { setStatus(s); if (s?.kind === 'ok') setEditing(null); }}
              problemsText={problemsText} />
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="cal-import">
        <h2 id="cal-import">{t('calendar.import')}</h2>
        <p className="small muted">{t('calendar.importHint')}</p>
        <input type="file" accept=".json,application/json" onChange={(e) => void onImport(e)} aria-labelledby="cal-import" data-testid="calendar-import" />
      </section>
      <Upcoming now={now} />
    </section>
  );
}

function Timeline({ year, windows, today }: { year: number; windows: EffectiveWindow[]; today: IsoDate }) {
  const t = useMessages(plannerMessages);
  const fmt = useFormatDate();
  const first = dayNumber(`${year}-01-01` as IsoDate);
  const days = dayNumber(`${year + 1}-01-01` as IsoDate) - first;
  const pos = (d: IsoDate) => Math.min(100, Math.max(0, ((dayNumber(d) - first) / days) * 100));
  const months = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(year, m, 1)).toLocaleDateString('id-ID', { month: 'short', timeZone: 'UTC' }));
  const todayIn = yearOf(today) === year;
  return (
    <section className="card timeline" aria-labelledby="tl-title">
      <h2 id="tl-title">{t('calendar.timeline', { year: String(year) })}</h2>
      <div className="tl-grid">
        <div className="tl-months" aria-hidden="true"><span />{months.map((m) => <span key={m}>{m}</span>)}</div>
        {windows.map((w) => {
          const st = displayStatus(windowStatus(w, today));
          return (
            <div className="tl-row" key={w.id}>
              <span className={`tl-label${w.slug ? ' sub' : ''}`} title={w.label}>{w.slug ? w.label : t(`stage.${w.stageId}`)}</span>
              <div className="tl-track">
                <div className={`tl-bar ${st.bucket}${w.slug ? ' sub' : ''}`} style={{ left: `${pos(w.start)}%`, width: `${Math.max(0.8, pos(w.end) + 100 / days - pos(w.start))}%` }}
                  title={`${w.label}: ${fmt(w.start)} – ${fmt(w.end)} · ${statusLabel(t, windowStatus(w, today))}`} />
              </div>
            </div>
          );
        })}
        {todayIn && (
          <div className="tl-today" style={{ left: `calc(var(--tl-label) + (100% - var(--tl-label)) * ${pos(today) / 100})` }} aria-hidden="true">
            <span>{t('calendar.todayMark')}</span>
          </div>
        )}
      </div>
    </section>
  );
}

function WindowRow(props: { w: EffectiveWindow; today: IsoDate; editing: boolean; onEdit(): void; onDone(s: Status): void; problemsText(p: OverrideProblem[]): string }) {
  const t = useMessages(plannerMessages);
  const fmt = useFormatDate();
  const { w } = props;
  const ids = useId();
  const [start, setStart] = useState<string>(w.start);
  const [end, setEnd] = useState<string>(w.end);
  const status = windowStatus(w, props.today);
  const changed = w.origin === 'user' || w.origin === 'imported';
  const source = w.sources[0];
  async function save(e: FormEvent) {
    e.preventDefault();
    const result = await saveUserOverride(getDb(), browser.storage.local, { windowId: w.id, start, end });
    props.onDone(result.ok ? { kind: 'ok', text: t('calendar.saved') } : { kind: 'error', text: props.problemsText(result.problems) });
  }
  return (
    <li className="cal-item" data-window={w.id}>
      <div className="cal-item-head">
        <div>
          <strong>{w.slug ? w.label : `${t(`stage.${w.stageId}`)} — ${w.label}`}</strong>
          <div className="small">
            {t('window', { start: fmt(w.start), end: fmt(w.end) })}
            {' · '}{w.binding === 'batas' ? t('calendar.batas') : t('calendar.anjuran')}
          </div>
        </div>
        <StatusPill stage={{ status, display: displayStatus(status) }} />
      </div>
      <div className="small muted cal-source">
        {changed ? (
          <>
            <span className="tag changed">{w.origin === 'user' ? t('calendar.changedByYou') : t('calendar.imported')}</span>{' '}
            {t('calendar.officialWas', { start: fmt(w.officialStart), end: fmt(w.officialEnd) })}
          </>
        ) : (
          <>
            {isUncertain(w.certainty) ? <span className="tag uncertain" title={w.note}>{t('uncertain')}</span> : <span className="tag">{t('calendar.official')}</span>}{' '}
            {source && (source.url ? <a href={source.url} target="_blank" rel="noreferrer">{t('calendar.source', { source: source.title })}</a> : t('calendar.source', { source: source.title }))}
            {isUncertain(w.certainty) && w.note && <span className="cal-note"> — {w.note}</span>}
          </>
        )}
      </div>
      <div className="row" style={{ marginTop: 6 }}>
        <button type="button" className="btn secondary small-btn" aria-expanded={props.editing} onClick={props.onEdit}>{t('calendar.edit')}</button>
        {changed && (
          <button type="button" className="btn secondary small-btn" onClick={() => void resetWindow(getDb(), browser.storage.local, w.id).then(() => props.onDone({ kind: 'ok', text: t('calendar.resetDone') }))}>
            {t('calendar.reset')}
          </button>
        )}
      </div>
      {props.editing && (
        <form className="cal-edit" onSubmit={(e) => void save(e)} aria-label={t('calendar.editTitle', { label: w.label })}>
          <div className="field"><label htmlFor={`${ids}-s`}>{t('calendar.start')}</label><input id={`${ids}-s`} type="date" value={start} onChange={(e) => setStart(e.target.value)} required /></div>
          <div className="field"><label htmlFor={`${ids}-e`}>{t('calendar.end')}</label><input id={`${ids}-e`} type="date" value={end} onChange={(e) => setEnd(e.target.value)} required /></div>
          <div className="row"><button className="btn" type="submit">{t('calendar.save')}</button><button className="btn secondary" type="button" onClick={props.onEdit}>{t('calendar.cancel')}</button></div>
        </form>
      )}
    </li>
  );
}

function Upcoming({ now }: { now: Date }) {
  const t = useMessages(plannerMessages);
  const fmt = useFormatDate();
  const { profile, overrides } = useChecklist();
  const settingsRow = useLiveQuery(() => getDb().settings.get(REMINDER_SETTINGS_KEY), [], null);
  const shownIds = useLiveQuery(() => getDb().reminderLog.toCollection().primaryKeys(), [], null);
  if (settingsRow === null || shownIds === null) return null;
  const settings = parseReminderSettings(settingsRow?.value);
  const today = todayIn(profile.timeZone, now);
  const calendars = yearsAround(today).map((y) => calendarFor(y, overrides)).filter((c) => c !== undefined);
  const schedule = buildSchedule({ calendars, role: profile.role, zone: profile.timeZone, settings });
  const upcoming = planAt(schedule, now, new Set(shownIds as string[]), profile.timeZone, settings.quiet).upcoming.slice(0, 5);
  const fmtTime = (ms: number) => {
    const d = new Date(ms);
    const date = todayIn(profile.timeZone, d);
    const time = new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', timeZone: { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' }[profile.timeZone] }).format(d);
    return t('calendar.reminderAt', { date: fmt(date), time: `${time} ${profile.timeZone}` });
  };
  return (
    <section className="card" aria-labelledby="cal-upcoming">
      <h2 id="cal-upcoming">{t('calendar.upcoming')}</h2>
      {upcoming.length === 0 ? <p>{t('calendar.noUpcoming')}</p> : (
        <ul className="cal-upcoming">
          {upcoming.map((r) => (
            <li key={r.id}>
              <span>
                <strong>{(() => { const what = r.window.slug ? `${t(`stage.${r.stageId}`)} · ${r.window.label}` : t(`stage.${r.stageId}`); return r.kind === 'buka' ? t('calendar.kind.buka', { what }) : t('calendar.kind.tutup', { what, days: r.leadDays }); })()}</strong>
                <span className="small muted"> · {fmtTime(r.fireAt)}{r.snoozed && <span className="tag">{t('calendar.snoozed')}</span>}</span>
                {!r.dateCertain && <span className="tag uncertain" data-testid="cal-upcoming-uncertain">{t(r.scheduleOfficial ? 'uncertain' : 'unofficial')}</span>}
              </span>
              <button type="button" className="btn secondary small-btn" onClick={() => void snoozeReminder(getDb(), browser.storage.local, r.id, new Date(Math.max(r.fireAt, now.getTime())))}>
                {t('calendar.snooze')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
