import { useMessages } from '@/components/i18n';
import { ProgressBar, StageChecklist, StatusPill } from '@/components/checklist/StageChecklist';
import { formatTanggal, type StageId } from '@/lib/domain';
import { plannerMessages } from '@/lib/i18n/planner';
import { useBackgroundChecklist } from './useBackgroundChecklist';

/**
 * On a Ruang GTK or e-Kinerja page: the checklist of the stage the page belongs to (or the running stage),
 * the items of this page marked, and the countdown.
 */
export function OverlayChecklist({ stage, step }: { stage: StageId | null; step: string | null }) {
  const t = useMessages(plannerMessages);
  const { view, toggle } = useBackgroundChecklist();
  if (!view) return null;
  const stageId = stage ?? view.current?.stageId ?? 'perencanaan';
  const s = view.stages.find((x) => x.stageId === stageId);
  if (!s) return null;
  const progress = t('progress', { done: s.done, total: s.total });
  const countdown = view.current?.stageId === stageId ? view.current : null;
  return (
    <section className="card" aria-labelledby="ov-cl" data-testid="overlay-checklist">
      <div className="stage-head">
        <h2 id="ov-cl" style={{ fontSize: 15 }}>{t('overlay.checklistTitle', { stage: t(`stage.${stageId}`) })}</h2>
        <StatusPill stage={s} />
      </div>
      <p className="small" style={{ margin: '0 0 6px' }} data-testid="overlay-countdown">
        {countdown
          ? <><strong>{countdown.label}</strong> · {t('countdownEnd', { date: formatTanggal(countdown.end) })} ({countdown.windowLabel})</>
          : t('window', { start: formatTanggal(s.start), end: formatTanggal(s.end) })}
        {s.uncertain && <span className="tag uncertain">{t('uncertain')}</span>}
      </p>
      <ProgressBar done={s.done} total={s.total} label={progress} />
      <p className="small muted" style={{ margin: '4px 0 0' }}>{progress}{step && s.items.some((i) => i.stepId === step) ? ` · ${t('overlay.pageItems')}` : ''}</p>
      <StageChecklist stage={s} onToggle={toggle} highlight={step ? [step] : []} compact />
    </section>
  );
}
