import { useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { useLocale, useMessages, useT } from '@/components/i18n';
import { getDb } from '@/lib/db/database';
import { evidenceMessages } from '@/lib/i18n/evidence';
import { describeError } from '@/lib/evidence/describe';
import { EVIDENCE_STEPS, LINK_URL_MAX, STAGES, checkUrl, formatBytes, isGoogleDriveUrl, stripExtension, type EvidenceItem, type EvidenceStage } from '@/lib/evidence/model';
import { addLinkEvidence, mergeDuplicate, storeFileEvidence } from '@/lib/evidence/store';
import { ensureThumb } from '@/lib/evidence/thumbs';
import { askPersistence } from './useEvidence';
import { parseTags, stageLabel, stepLabel } from './labels';

export interface NewItemDefaults {
  stage: EvidenceStage | null;
  step: string | null;
  tags: string;
  date: string;
}

interface Upload {
  key: number;
  name: string;
  size: number;
  status: 'waiting' | 'saving' | 'saved' | 'error' | 'merged';
  percent: number;
  message?: string;
  item?: EvidenceItem;
  duplicate?: EvidenceItem;
}

let uploadKey = 0;

export function AddEvidence({ defaults, onDefaults, onChanged }: {
  defaults: NewItemDefaults;
  onDefaults: (d: NewItemDefaults) => void;
  onChanged: () => void;
}) {
  const t = useMessages(evidenceMessages);
  const ta = useT();
  const locale = useLocale();
  const ids = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);
  const queue = useRef<Promise<void>>(Promise.resolve());

  // A file is lost if the page goes while it is still being written: ask before leaving until every one has landed.
  const unfinished = uploads.filter((u) => u.status === 'waiting' || u.status === 'saving');
  useUnloadGuard(unfinished.length > 0);

  const patch = (key: number, p: Partial<Upload>) => setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...p } : u)));

  const meta = (title: string) => ({
    title: title.slice(0, 200) || 'Bukti',
    activityDate: defaults.date,
    stage: defaults.stage,
    step: defaults.step,
    tags: parseTags(defaults.tags),
  });

  function addFiles(files: readonly File[]) {
    if (files.length === 0) return;
    void askPersistence();
    const entries = files.map((file) => ({ file, key: ++uploadKey }));
    setUploads((list) => [...entries.map(({ file, key }) => ({ key, name: file.name, size: file.size, status: 'waiting' as const, percent: 0 })), ...list]);
    // One at a time: a folder of videos must not be read all at once.
    for (const { file, key } of entries) {
      queue.current = queue.current.then(async () => {
        patch(key, { status: 'saving' });
        try {
          // Saved once the write commits; the duplicate check (hashing) follows without holding the queue.
          const { item, dedup } = await storeFileEvidence(getDb(), meta(stripExtension(file.name)), file);
          patch(key, { status: 'saved', percent: 100, item });
          if (item.media === 'image') void ensureThumb(getDb(), item.id, file);
          onChanged();
          void dedup.then(({ duplicates }) => { if (duplicates[0]) patch(key, { duplicate: duplicates[0] }); }, () => undefined);
        } catch (error) {
          patch(key, { status: 'error', message: describeError(t, error, locale) });
        }
      });
    }
  }

  async function merge(u: Upload) {
    if (!u.item || !u.duplicate) return;
    try {
      await mergeDuplicate(getDb(), u.duplicate.id, u.item.id);
      patch(u.key, { status: 'merged', message: t('add.merged', { title: u.duplicate.title }) });
    } catch (error) {
      patch(u.key, { message: describeError(t, error, locale) });
    }
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    addFiles([...e.dataTransfer.files]);
  };

  const id = (n: string) => `${ids}-${n}`;
  const steps = defaults.stage ? EVIDENCE_STEPS[defaults.stage] : Object.values(EVIDENCE_STEPS).flat();

  return (
    <section className="card ev-add" aria-labelledby={id('h')}>
      <h2 id={id('h')}>{t('add.heading')}</h2>
      <fieldset className="ev-defaults">
        <legend>{t('add.tagsFor')}</legend>
        <div className="ev-grid">
          <div className="field">
            <label htmlFor={id('date')}>{t('add.date')}</label>
            <input id={id('date')} type="date" value={defaults.date} required onChange={(e) => onDefaults({ ...defaults, date: e.target.value || defaults.date })} />
          </div>
          <div className="field">
            <label htmlFor={id('stage')}>{t('filter.stage')}</label>
            <select id={id('stage')} value={defaults.stage ?? ''} onChange={(e) => onDefaults({ ...defaults, stage: (e.target.value || null) as EvidenceStage | null, step: null })}>
              <option value="">{t('filter.none')}</option>
              {STAGES.map((s) => <option key={s} value={s}>{stageLabel(ta, s)}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={id('step')}>{t('filter.step')}</label>
            <select id={id('step')} value={defaults.step ?? ''} onChange={(e) => {
              const step = e.target.value || null;
              const stage = step ? (STAGES.find((s) => EVIDENCE_STEPS[s].includes(step)) ?? defaults.stage) : defaults.stage;
              onDefaults({ ...defaults, step, stage });
            }}>
              <option value="">{t('filter.none')}</option>
              {steps.map((s) => <option key={s} value={s}>{stepLabel(t, s)}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={id('tags')}>{t('edit.tags')}</label>
            <input id={id('tags')} type="text" value={defaults.tags} onChange={(e) => onDefaults({ ...defaults, tags: e.target.value })} />
          </div>
        </div>
      </fieldset>

      <div className={`ev-drop${dragging ? ' over' : ''}`} data-testid="ev-dropzone"
        onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; setDragging(true); }}
        onDragLeave={() => setDragging(false)} onDrop={onDrop}>
        <span>{t('add.drop')}</span>
        <button className="btn" type="button" onClick={() => inputRef.current?.click()}>{t('add.pick')}</button>
        <input ref={inputRef} className="visually-hidden" type="file" multiple aria-label={t('add.pickLabel')} data-testid="ev-file-input" tabIndex={-1}
          onChange={(e) => { addFiles([...(e.target.files ?? [])]); e.target.value = ''; }} />
      </div>

      {uploads.length > 0 && (
        <div className="ev-uploads">
          <h3 id={id('up')}>{t('add.progressHeading')}</h3>
          {unfinished.length > 0 && (
            <p className="notice warn small" role="status" data-testid="ev-unsaved">
              {t('add.unsaved', { count: unfinished.length, names: unfinished.map((u) => u.name).join(', ') })}
            </p>
          )}
          <ul aria-labelledby={id('up')} aria-live="polite" data-testid="ev-uploads">
            {uploads.map((u) => (
              <li key={u.key} className={`ev-upload ${u.status}`} data-status={u.status} data-name={u.name}>
                <span className="ev-upload-name">{u.name} <span className="muted small">({formatBytes(u.size, locale)})</span></span>
                {(u.status === 'saving' || u.status === 'waiting') && (
                  <>
                    <progress max={100} value={u.percent} aria-label={u.name} />
                    <span className="small">{t('add.saving', { percent: u.percent })}</span>
                    <span className="ev-unstored small" data-testid="ev-not-stored">{t('add.notStored')}</span>
                  </>
                )}
                {(u.status === 'saved' || u.status === 'merged') && <span className="ev-ok small">{t('add.saved')}</span>}
                {u.status === 'error' && <span className="ev-err small" role="alert">{t('add.failed')}: {u.message}</span>}
                {u.status === 'merged' && <span className="small">{u.message}</span>}
                {u.status === 'saved' && u.duplicate && (
                  <span className="ev-dup small">
                    {t('add.duplicate', { title: u.duplicate.title })}{' '}
                    <button className="btn secondary small-btn" type="button" onClick={() => void merge(u)}>{t('add.merge')}</button>
                    <button className="btn secondary small-btn" type="button" onClick={() => patch(u.key, { duplicate: undefined })}>{t('add.keepBoth')}</button>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <LinkForm defaults={defaults} onChanged={onChanged} />
    </section>
  );
}

/** While `active`, leaving or reloading the page asks first (the browser's own dialog; its wording is the browser's). */
function useUnloadGuard(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = ''; // still what Chromium < 119 and some others look at
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [active]);
}

function LinkForm({ defaults, onChanged }: { defaults: NewItemDefaults; onChanged: () => void }) {
  const t = useMessages(evidenceMessages);
  const locale = useLocale();
  const ids = useId();
  const [title, setTitle] = useState('');
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [status, setStatus] = useState<{ kind: 'ok' | 'warn' | 'error'; text: string } | null>(null);
  const [dup, setDup] = useState<{ item: EvidenceItem; duplicate: EvidenceItem } | null>(null);
  const id = (n: string) => `${ids}-${n}`;
  const urlOk = url.trim() === '' || checkUrl(url).ok;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDup(null);
    // A new attempt clears the last one's "Tautan tersimpan.": it must not stand beside a refusal.
    setStatus(null);
    try {
      const { item, duplicates } = await addLinkEvidence(getDb(), {
        title: title.trim() || name.trim() || url.trim(), activityDate: defaults.date, stage: defaults.stage, step: defaults.step, tags: parseTags(defaults.tags),
      }, { name, url });
      // Saved, but a plain http:// address may be refused by the government site.
      setStatus(item.link?.url.startsWith('http:') ? { kind: 'warn', text: t('add.linkSavedHttp') } : { kind: 'ok', text: t('add.linkSaved') });
      if (duplicates[0]) setDup({ item, duplicate: duplicates[0] });
      setTitle(''); setName(''); setUrl('');
      onChanged();
    } catch (error) {
      setStatus({ kind: 'error', text: describeError(t, error, locale) });
    }
  }

  return (
    <form className="ev-link" onSubmit={submit} noValidate data-testid="ev-link-form">
      <h3>{t('add.linkHeading')}</h3>
      <div className="ev-grid">
        <div className="field">
          <label htmlFor={id('title')}>{t('add.linkTitle')}</label>
          <input id={id('title')} type="text" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={id('name')}>{t('add.linkName')}</label>
          <input id={id('name')} type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field ev-wide">
          <label htmlFor={id('url')}>{t('add.linkUrl')}</label>
          <input id={id('url')} type="url" inputMode="url" value={url} required aria-invalid={!urlOk} maxLength={LINK_URL_MAX}
            aria-describedby={`${id('url-hint')}`} onChange={(e) => { setUrl(e.target.value); setStatus(null); }} />
          <span id={id('url-hint')} className="hint">
            {!urlOk ? <span className="error">{t('error.bad-url')}</span> : isGoogleDriveUrl(url) ? <span className="ev-drive">{t('drive.reminder')}</span> : null}
          </span>
        </div>
      </div>
      <div className="row">
        <button className="btn" type="submit" disabled={url.trim() === ''}>{t('add.linkSave')}</button>
        <span role="status" aria-live="polite" className="status" data-testid="ev-link-status">
          {status && <span className={status.kind === 'error' ? 'error' : status.kind === 'warn' ? 'ev-warn-text' : 'ev-ok'}>{status.text}</span>}
        </span>
      </div>
      {dup && (
        <p className="notice warn small">
          {t('add.duplicate', { title: dup.duplicate.title })}{' '}
          <button className="btn secondary small-btn" type="button" onClick={() => void mergeDuplicate(getDb(), dup.duplicate.id, dup.item.id).then(() => setDup(null))}>{t('add.merge')}</button>
        </p>
      )}
    </form>
  );
}
