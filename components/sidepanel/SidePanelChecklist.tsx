import { useEffect } from 'react';
import { useFormatDate } from '@/components/useFormatDate';
import { useMessages } from '@/components/i18n';
import { countdownLabel } from '@/components/checklist/countdown';
import { useChecklist } from '@/components/checklist/useChecklist';
import { DateCertaintyTag, ProgressBar, StageChecklist, StatusPill } from '@/components/checklist/StageChecklist';
import { type StageId } from '@/lib/domain';
import { plannerMessages } from '@/lib/i18n/planner';

/**
 * Beside a Ruang GTK or e-Kinerja page: the checklist of the stage the page belongs to (or the running stage),
 * the items of this page marked, and the countdown. Read live from the database (the side panel is an extension page).
 */
export function SidePanelChecklist({ stage, step }: { stage: StageId | null; step: string | null }) {
  const t = useMessages(plannerMessages);
  const fmt = useFormatDate();
  const { view, toggle } = useChecklist();
  // A performance mark when the checklist first shows: `npm run bench` times pill click → checklist with it.
  useEffect(() => { if (view) performance.mark('pk-checklist'); }, [view !== null]);
  if (!view) return null;
  const stageId = stage ?? view.current?.stageId ?? 'perencanaan';
  const s = view.stages.find((x) => x.stageId === stageId);
  if (!s) return null;
  const progress = t('progress', { done: s.done, total: s.total });
  const countdown = view.current?.stageId === stageId ? view.current : null;
  const here = step ? s.items.find((i) => i.stepId === step) : undefined;
  return (
    <section className="card" aria-labelledby="ov-cl" data-testid="overlay-checklist">
      <div className="stage-head">
        <h2 id="ov-cl" style={{ fontSize: 15 }}>{t('overlay.checklistTitle', { stage: t(`stage.${stageId}`) })}</h2>
        <StatusPill stage={s} />
      </div>
      <p className="small" style={{ margin: '0 0 6px' }} data-testid="overlay-countdown">
        {countdown
          ? <><strong>{countdownLabel(t, countdown)}</strong> · {t('countdownEnd', { date: fmt(countdown.end) })} ({countdown.windowLabel})</>
          : t('window', { start: fmt(s.start), end: fmt(s.end) })}
        <DateCertaintyTag official={view.official} certain={countdown ? countdown.endCertain : !s.uncertain} />
      </p>
      {!countdown && view.current && (
        <p className="small" style={{ margin: '0 0 6px' }} data-testid="overlay-current-other">
          {t('overlay.currentOther', { stage: t(`stage.${view.current.stageId}`), label: countdownLabel(t, view.current), date: fmt(view.current.end) })}
        </p>
      )}
      <ProgressBar done={s.done} total={s.total} label={progress} />
      <p className="small muted" style={{ margin: '4px 0 0' }}>{progress}</p>
      {here && (
        <p className="small" style={{ margin: '6px 0 0' }} data-testid="overlay-here">
          <span className="tag here" style={{ marginLeft: 0 }}>{t('thisPage')}</span> {t('overlay.hereStep', { n: s.items.indexOf(here) + 1, total: s.items.length, title: here.title })}
        </p>
      )}
      <StageChecklist stage={s} onToggle={toggle} highlight={step ? [step] : []} compact />
    </section>
  );
}
