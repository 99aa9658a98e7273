import { Link } from '@tanstack/react-router';
import { useMessages } from '@/components/i18n';
import { StageChecklist } from '@/components/checklist/StageChecklist';
import { useChecklist } from '@/components/checklist/useChecklist';
import { plannerMessages } from '@/lib/i18n/planner';
import { focusStage, nextSteps } from '@/lib/checklist/view';

/** Dashboard: the next three required steps of the stage in focus, tickable here, as in the popup. */
export function NextStepsCard() {
  const t = useMessages(plannerMessages);
  const { view, loading, toggle } = useChecklist();
  if (loading || !view) return null;
  const stage = focusStage(view);
  const next = nextSteps(stage);
  return (
    <section className="card" aria-labelledby="next-steps-title" data-testid="next-steps">
      <h2 id="next-steps-title">{t('popup.next')} · {t(`stage.${stage.stageId}`)}</h2>
      {next.length === 0 ? <p>{t('popup.allDone')}</p> : <StageChecklist stage={{ ...stage, items: next }} onToggle={toggle} compact />}
      <p className="small" style={{ margin: '6px 0 0' }}><Link to="/ceklis">{t('dashboard.openChecklist')}</Link></p>
    </section>
  );
}
