import { useFormatDate } from '@/components/useFormatDate';
import { Link } from '@tanstack/react-router';
import { useMessages } from '@/components/i18n';
import { ProgressBar, StatusPill } from '@/components/checklist/StageChecklist';
import { useChecklist } from '@/components/checklist/useChecklist';
import { plannerMessages } from '@/lib/i18n/planner';
import { countdownLabel } from '@/components/checklist/countdown';

/** Dashboard: every stage of the year at a glance, and the countdown of the running one. */
export function StageOverview() {
  const t = useMessages(plannerMessages);
  const fmt = useFormatDate();
  const { view, loading } = useChecklist();
  if (loading || !view) return null;
  return (
    <section className="card" aria-labelledby="overview-title" data-testid="stage-overview">
      <div className="stage-head">
        <h2 id="overview-title">{t('dashboard.stagesTitle', { year: String(view.year) })}</h2>
        <span className="small muted">{t('today', { date: fmt(view.today) })}</span>
      </div>
      {!view.official && <p className="small"><span className="tag uncertain">{t('unofficial')}</span></p>}
      <p data-testid="overview-countdown" style={{ fontWeight: 600 }}>
        {view.current ? `${t('countdown', { stage: t(`stage.${view.current.stageId}`), label: countdownLabel(t, view.current) })} (${view.current.windowLabel}, ${t('countdownEnd', { date: fmt(view.current.end) })})` : t('nothingOpen')}
      </p>
      <ol className="overview">
        {view.stages.map((s) => {
          const text = t('progress', { done: s.done, total: s.total });
          return (
            <li key={s.stageId} className={view.current?.stageId === s.stageId ? 'current' : ''} data-testid={`overview-${s.stageId}`}>
              <div className="stage-head"><h3 style={{ margin: 0 }}>{t(`stage.${s.stageId}`)}</h3><StatusPill stage={s} /></div>
              <p className="small muted" style={{ margin: '2px 0 6px' }}>{t('window', { start: fmt(s.start), end: fmt(s.end) })}{s.uncertain && <span className="tag uncertain">{t('uncertain')}</span>}</p>
              <ProgressBar done={s.done} total={s.total} label={text} />
              <p className="small" style={{ margin: '4px 0 0' }} data-testid={`overview-progress-${s.stageId}`}>{text}</p>
            </li>
          );
        })}
      </ol>
      <div className="row">
        <Link className="btn" to="/ceklis">{t('dashboard.openChecklist')}</Link>
        <Link className="btn secondary" to="/kalender">{t('dashboard.openCalendar')}</Link>
      </div>
    </section>
  );
}
