import { useEffect, useId, useState } from 'react';
import { useMessages } from '@/components/i18n';
import { plannerMessages } from '@/lib/i18n/planner';
import type { ItemView, StageView } from '@/lib/checklist/view';
import { statusLabel } from './countdown';
import './checklist.css';

/**
 * One stage's checklist: a native checkbox per step (keyboard and screen reader work as usual), the plain
 * explanation under it, and a link to the place on the site. Shared by the app, the popup and the overlay.
 */
export function StageChecklist(props: {
  stage: StageView;
  onToggle(item: ItemView, done: boolean): Promise<void>;
  /** Step ids served by the page the user is on (the overlay marks them). */
  highlight?: readonly string[];
  compact?: boolean;
  /** The popup keeps to titles (it is at most 600 px high). */
  hideExplain?: boolean;
}) {
  const t = useMessages(plannerMessages);
  const base = useId();
  const [error, setError] = useState(false);
  // The tick shows at once; the stored value (live query or background answer) confirms it.
  const [pending, setPending] = useState<Readonly<Record<string, boolean>>>({});
  useEffect(() => {
    const settled = props.stage.items.filter((i) => pending[i.stepId] === i.done).map((i) => i.stepId);
    if (settled.length) setPending((p) => Object.fromEntries(Object.entries(p).filter(([k]) => !settled.includes(k))));
  }, [props.stage.items, pending]);
  const toggle = async (item: ItemView, done: boolean) => {
    setPending((p) => ({ ...p, [item.stepId]: done }));
    try {
      await props.onToggle(item, done);
      setError(false);
    } catch {
      setPending((p) => Object.fromEntries(Object.entries(p).filter(([k]) => k !== item.stepId)));
      setError(true);
    }
  };
  return (
    <>
      {error && <p className="notice error" role="alert">{t('tickError')}</p>}
      <ul className={`pk-checklist${props.compact ? ' compact' : ''}`} data-testid={`checklist-${props.stage.stageId}`}>
        {props.stage.items.map((item) => {
          const id = `${base}-${item.stepId}`;
          const here = props.highlight?.includes(item.stepId) ?? false;
          const done = pending[item.stepId] ?? item.done;
          return (
            <li key={item.stepId} className={`pk-item kind-${item.kind}${done ? ' done' : ''}${here ? ' here' : ''}`} data-step={item.stepId} aria-current={here ? 'step' : undefined}>
              <input id={id} type="checkbox" checked={done} onChange={(e) => void toggle(item, e.target.checked)}
                aria-describedby={`${id}-x`} data-testid={`tick-${item.stepId}`} />
              <div className="pk-item-body">
                <label htmlFor={id} className="pk-item-title">
                  {item.title}
                  {item.optional && <span className="tag">{t('optional')}</span>}
                  {here && <span className="tag here">{t('thisPage')}</span>}
                  {done && item.source === 'auto' && <span className="tag auto" title={t('autoHint')}>{t('auto')}</span>}
                </label>
                <p className={`pk-item-explain${props.hideExplain ? ' visually-hidden' : ''}`} id={`${id}-x`}>
                  {item.kind !== 'self' && <span className="kind">{t(`kind.${item.kind}`)}. </span>}
                  {item.explain}
                </p>
                {item.url && !props.compact && (
                  <a className="pk-item-link" href={item.url} target="_blank" rel="noreferrer">
                    {item.siteLabel ? t('onSite', { label: item.siteLabel }) : t('onSiteNoLabel')}
                  </a>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/**
 * Says when a date shown next to it may still move: "Jadwal belum resmi" for a year copied from
 * the one before, "belum pasti" for a date from a single source. Nothing for a confirmed date.
 */
export function DateCertaintyTag({ official, certain }: { official: boolean; certain: boolean }) {
  const t = useMessages(plannerMessages);
  if (official && certain) return null;
  return <span className="tag uncertain" data-testid="date-certainty">{t(official ? 'uncertain' : 'unofficial')}</span>;
}

/** "Tinggal 3 hari lagi" with a colour from calm to urgent. */
export function StatusPill({ stage }: { stage: Pick<StageView, 'display' | 'status'> }) {
  const t = useMessages(plannerMessages);
  const urgent = stage.status.state === 'berjalan' && stage.status.daysLeft <= 3;
  return <span className={`pk-status ${stage.display.bucket}${urgent ? ' urgent' : ''}`}>{statusLabel(t, stage.status)}</span>;
}

export function ProgressBar({ done, total, label }: { done: number; total: number; label: string }) {
  return (
    <div className="pk-progress" role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-label={label} aria-valuetext={label}>
      <div style={{ width: `${total ? Math.round((done / total) * 100) : 0}%` }} />
    </div>
  );
}
