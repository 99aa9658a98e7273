import { useFormatDate } from '@/components/useFormatDate';
import { Link } from '@tanstack/react-router';
import { useMessages, useT } from '@/components/i18n';
import { ProgressBar, StageChecklist, StatusPill } from '@/components/checklist/StageChecklist';
import { useChecklist } from '@/components/checklist/useChecklist';
import { plannerMessages } from '@/lib/i18n/planner';
import { AssumedNote } from '@/components/first-run/AssumedNote';
import { PageTitle } from './PageTitle';
import { periodLabel, roleLabel } from './labels';

export function ChecklistPage() {
  const t = useMessages(plannerMessages);
  const fmt = useFormatDate();
  const ta = useT();
  const { view, loading, saved, profile, toggle } = useChecklist();
  if (loading) return null;
  return (
    <section>
      <PageTitle>{t('checklist.title')}</PageTitle>
      {!saved && <AssumedNote settingsLink={(label) => <Link to="/pengaturan">{label}</Link>} />}
      {!view ? <p>{t('noYear')}</p> : (
        <>
          <p className="lead">{t('checklist.intro', { role: roleLabel(ta, profile.role).toLowerCase(), period: periodLabel(ta, view.year, view.periodId) })} {t('today', { date: fmt(view.today) })}</p>
          {!view.official && <div className="notice warn"><strong>{t('unofficial')}.</strong> {t('unofficialBody')}</div>}
          {view.stages.map((stage) => (
            <section className="card" key={stage.stageId} aria-labelledby={`st-${stage.stageId}`} data-testid={`stage-${stage.stageId}`}>
              <div className="stage-head">
                <h2 id={`st-${stage.stageId}`}>{t(`stage.${stage.stageId}`)}</h2>
                <StatusPill stage={stage} />
              </div>
              <p className="small muted" style={{ margin: '0 0 6px' }}>
                {t('window', { start: fmt(stage.start), end: fmt(stage.end) })}
                {stage.uncertain && <span className="tag uncertain">{t('uncertain')}</span>}
                {' · '}{t('progress', { done: stage.done, total: stage.total })}
              </p>
              <ProgressBar done={stage.done} total={stage.total} label={t('progress', { done: stage.done, total: stage.total })} />
              <div style={{ marginTop: 8 }}>
                <StageChecklist stage={stage} onToggle={toggle} />
              </div>
            </section>
          ))}
        </>
      )}
    </section>
  );
}
