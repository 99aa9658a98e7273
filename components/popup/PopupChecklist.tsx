import { useFormatDate } from '@/components/useFormatDate';
import { useMessages } from '@/components/i18n';
import { DateCertaintyTag, StageChecklist, StatusPill } from '@/components/checklist/StageChecklist';
import { useChecklist } from '@/components/checklist/useChecklist';
import { plannerMessages } from '@/lib/i18n/planner';
import { countdownLabel } from '@/components/checklist/countdown';
import { focusStage, nextSteps } from '@/lib/checklist/view';

/** Popup: the current stage, days left, and the next three unticked steps (tickable here). */
export function PopupChecklist({ onOpen }: { onOpen(route: string): void }) {
  const t = useMessages(plannerMessages);
  const fmt = useFormatDate();
  const { view, loading, toggle } = useChecklist();
  if (loading || !view) return null;
  const stage = focusStage(view);
  const next = nextSteps(stage);
  return (
    <section className="card" aria-labelledby="pp-stage" data-testid="popup-checklist">
      <p className="small muted" style={{ margin: 0 }}>{t('popup.stage')}</p>
      <div className="stage-head">
        <h2 id="pp-stage" style={{ fontSize: 16 }} data-testid="popup-stage">{t(`stage.${stage.stageId}`)}</h2>
        <StatusPill stage={stage} />
      </div>
      <p className="small" style={{ margin: '0 0 8px' }} data-testid="popup-countdown">
        {view.current ? `${countdownLabel(t, view.current)} · ${t('countdownEnd', { date: fmt(view.current.end) })}` : t('nothingOpen')}
        {view.current && <DateCertaintyTag official={view.official} certain={view.current.endCertain} />}
      </p>
      <h3 style={{ fontSize: 14, margin: '6px 0 2px' }}>{t('popup.next')}</h3>
      {next.length === 0 ? <p className="small">{t('popup.allDone')}</p> : <StageChecklist stage={{ ...stage, items: next }} onToggle={toggle} compact hideExplain />}
      <p className="small muted" style={{ margin: '6px 0 0' }}>{t('progress', { done: stage.done, total: stage.total })} · <a href="#" onClick={(e) => { e.preventDefault(); onOpen('/ceklis'); }}>{t('popup.openChecklist')}</a></p>
    </section>
  );
}
