import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useLocale, useMessages, useT } from '@/components/i18n';
import { useProfile } from '@/components/useProfile';
import { getDb } from '@/lib/db/database';
import { indicatorsFor } from '@/lib/domain';
import { evidenceMessages } from '@/lib/i18n/evidence';
import { describeError } from '@/lib/evidence/describe';
import { EVIDENCE_STEPS, STAGES, type EvidenceItem, type EvidenceStage } from '@/lib/evidence/model';
import { getEvidenceBody, updateEvidence } from '@/lib/evidence/store';
import { parseTags, stageLabel, stepLabel } from './labels';

/** A native modal <dialog>: focus stays inside, Escape closes, focus returns to the opener. */
function Modal({ label, onClose, children, wide }: { label: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} className={`ev-dialog${wide ? ' wide' : ''}`} aria-label={label} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      {children}
    </dialog>
  );
}

export function EditDialog({ item, onClose }: { item: EvidenceItem; onClose: (saved: boolean) => void }) {
  const t = useMessages(evidenceMessages);
  const ta = useT();
  const locale = useLocale();
  const { profile } = useProfile();
  const ids = useId();
  const [title, setTitle] = useState(item.title);
  const [description, setDescription] = useState(item.description);
  const [date, setDate] = useState<string>(item.activityDate);
  const [stage, setStage] = useState<EvidenceStage | null>(item.stage);
  const [step, setStep] = useState<string | null>(item.step);
  const [indicator, setIndicator] = useState<string | null>(item.indicator);
  const [tags, setTags] = useState(item.tags.join(', '));
  const [linkName, setLinkName] = useState(item.link?.name ?? '');
  const [linkUrl, setLinkUrl] = useState(item.link?.url ?? '');
  const [error, setError] = useState<string | null>(null);
  const id = (n: string) => `${ids}-${n}`;
  const steps = stage ? EVIDENCE_STEPS[stage] : Object.values(EVIDENCE_STEPS).flat();

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await updateEvidence(getDb(), item.id, {
        title, description, activityDate: date, stage, step, indicator, tags: parseTags(tags),
        ...(item.kind === 'link' ? { link: { name: linkName.trim() || title, url: linkUrl } } : {}),
      });
      onClose(true);
    } catch (err) {
      setError(describeError(t, err, locale));
    }
  }

  return (
    <Modal label={t('edit.heading')} onClose={() => onClose(false)}>
      <form className="form" onSubmit={submit} noValidate data-testid="ev-edit">
        <h2>{t('edit.heading')}</h2>
        <div className="field"><label htmlFor={id('t')}>{t('edit.title')}</label>
          <input id={id('t')} type="text" value={title} maxLength={200} required autoFocus onChange={(e) => setTitle(e.target.value)} /></div>
        <div className="field"><label htmlFor={id('d')}>{t('edit.description')}</label>
          <textarea id={id('d')} rows={3} value={description} maxLength={4000} onChange={(e) => setDescription(e.target.value)} /></div>
        <div className="ev-grid">
          <div className="field"><label htmlFor={id('date')}>{t('add.date')}</label>
            <input id={id('date')} type="date" value={date} required onChange={(e) => setDate(e.target.value)} /></div>
          <div className="field"><label htmlFor={id('s')}>{t('filter.stage')}</label>
            <select id={id('s')} value={stage ?? ''} onChange={(e) => { setStage((e.target.value || null) as EvidenceStage | null); setStep(null); }}>
              <option value="">{t('filter.none')}</option>
              {STAGES.map((s) => <option key={s} value={s}>{stageLabel(ta, s)}</option>)}
            </select></div>
          <div className="field"><label htmlFor={id('st')}>{t('filter.step')}</label>
            <select id={id('st')} value={step ?? ''} onChange={(e) => setStep(e.target.value || null)}>
              <option value="">{t('filter.none')}</option>
              {steps.map((s) => <option key={s} value={s}>{stepLabel(t, s)}</option>)}
            </select></div>
          <div className="field"><label htmlFor={id('i')}>{t('filter.indicator')}</label>
            <select id={id('i')} value={indicator ?? ''} onChange={(e) => setIndicator(e.target.value || null)}>
              <option value="">{t('filter.none')}</option>
              {indicatorsFor(profile.role, Number(date.slice(0, 4)) || profile.year).map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
            </select></div>
        </div>
        <div className="field"><label htmlFor={id('tags')}>{t('edit.tags')}</label>
          <input id={id('tags')} type="text" value={tags} onChange={(e) => setTags(e.target.value)} /></div>
        {item.kind === 'link' && (
          <>
            <div className="field"><label htmlFor={id('ln')}>{t('add.linkName')}</label>
              <input id={id('ln')} type="text" value={linkName} onChange={(e) => setLinkName(e.target.value)} /></div>
            <div className="field"><label htmlFor={id('lu')}>{t('add.linkUrl')}</label>
              <input id={id('lu')} type="url" value={linkUrl} onChange={(e) => setLinkUrl(e.target.value)} /></div>
          </>
        )}
        {error && <p className="error" role="alert">{error}</p>}
        <div className="row">
          <button className="btn" type="submit">{t('edit.save')}</button>
          <button className="btn secondary" type="button" onClick={() => onClose(false)}>{t('edit.cancel')}</button>
        </div>
      </form>
    </Modal>
  );
}

export function PreviewDialog({ item, onClose }: { item: EvidenceItem; onClose: () => void }) {
  const t = useMessages(evidenceMessages);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    let alive = true;
    void getEvidenceBody(getDb(), item.id).then((blob) => {
      if (!alive || !blob) return;
      // A typed blob so the browser's PDF viewer and media players recognise it.
      const typed = blob.type || !item.file?.type ? blob : new Blob([blob], { type: item.file.type });
      made = URL.createObjectURL(typed);
      setUrl(made);
    });
    return () => { alive = false; if (made) URL.revokeObjectURL(made); };
  }, [item.id]);
  const heading = t('preview.heading', { title: item.title });
  return (
    <Modal label={heading} onClose={onClose} wide>
      <div className="ev-preview" data-testid="ev-preview">
        <div className="ev-preview-head">
          <h2>{heading}</h2>
          <button className="btn secondary" type="button" onClick={onClose} autoFocus>{t('preview.close')}</button>
        </div>
        {url && item.media === 'image' && <img src={url} alt={item.title} className="ev-preview-media" />}
        {url && item.media === 'pdf' && <iframe src={url} title={item.title} className="ev-preview-media pdf" />}
        {url && item.media === 'video' && <video src={url} controls className="ev-preview-media" aria-label={item.title} />}
        {url && item.media === 'audio' && <audio src={url} controls aria-label={item.title} />}
        {url && !['image', 'pdf', 'video', 'audio'].includes(item.media) && <p>{t('preview.none')}</p>}
        {url && <p><a href={url} download={item.file?.name ?? item.title}>{t('preview.download')}</a></p>}
      </div>
    </Modal>
  );
}
