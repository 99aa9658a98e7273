import { useEffect, useRef, useState } from 'react';
import { useLocale, useMessages, useT } from '@/components/i18n';
import { stageLabel, stepLabel } from '@/components/evidence/labels';
import { evidenceMessages } from '@/lib/i18n/evidence';
import { createEvidenceHandlers, type EvidenceSummary } from '@/lib/evidence/messages';
import { describeError, describeWarning, fromPayload } from '@/lib/evidence/describe';
import { acceptsFile, formatBytes, inputWarnings, stripExtension } from '@/lib/evidence/model';
import { getEvidence, getEvidenceBody, storeFileEvidence } from '@/lib/evidence/store';
import { getDb } from '@/lib/db/database';
import { readNow } from '@/lib/clock';
import { todayIn } from '@/lib/domain';
import { useProfile } from '@/components/useProfile';
import { useDataRevision } from '@/components/useDataRevision';
import { browser } from 'wxt/browser';
import type { FileTarget, PageContext, PageTargets } from '@/lib/overlay/tab-protocol';
import { attachToTab, fillLink } from './tab-client';

/** The side panel is an extension page: it reads and writes evidence in the database itself. */
const evidence = createEvidenceHandlers({ db: getDb });

interface Capture { key: number; name: string; size: number; percent: number; status: 'saving' | 'saved' | 'error'; message?: string }
let captureKey = 0;

export function SidePanelEvidence({ page, targets, tabId, rescan }: { page: PageContext; targets: PageTargets; tabId: number; rescan(): void }) {
  const t = useMessages(evidenceMessages);
  const ta = useT();
  const locale = useLocale();
  const [captures, setCaptures] = useState<Capture[]>([]);
  const [files, setFiles] = useState<EvidenceSummary[]>([]);
  const [links, setLinks] = useState<EvidenceSummary[]>([]);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  /**
   * On a page that seems changed (issue 11 §2) nothing goes into it on one click: the teacher
   * ticks each field to fill, or says yes to each attach, after looking at the page.
   */
  const changed = page.recognition.kind === 'page' && page.recognition.missing.length > 0;
  const [confirmFill, setConfirmFill] = useState<{ id: string; name: boolean; link: boolean } | null>(null);
  const [confirmAttach, setConfirmAttach] = useState<{ index: number; id: string } | null>(null);
  const revision = useDataRevision();
  const pickRef = useRef<HTMLInputElement>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const pageRef = useRef(page);
  pageRef.current = page;
  const { profile } = useProfile();
  /** "Today" in the teacher's zone, by lib/clock (the debug.now hook included). */
  const today = async () => todayIn(profile.timeZone, await readNow(browser.storage.local));

  const patch = (key: number, p: Partial<Capture>) => setCaptures((list) => list.map((c) => (c.key === key ? { ...c, ...p } : c)));

  const capture = (list: readonly File[]) => {
    const entries = list.map((file) => ({ file, key: ++captureKey }));
    setCaptures((c) => [...entries.map(({ file, key }) => ({ key, name: file.name, size: file.size, percent: 0, status: 'saving' as const })), ...c].slice(0, 8));
    for (const { file, key } of entries) {
      queue.current = queue.current.then(async () => {
        const p = pageRef.current;
        try {
          await storeFileEvidence(getDb(), {
            title: stripExtension(file.name).slice(0, 200) || 'Bukti', activityDate: await today(), stage: p.stage, step: p.step,
          }, file);
          patch(key, { status: 'saved', percent: 100, message: t('overlay.saved', { name: file.name }) });
        } catch (error) {
          patch(key, { status: 'error', message: describeError(t, error, locale) });
        }
      });
    }
  };

  const wantFiles = targets.fileInputs.length > 0;
  useEffect(() => {
    let alive = true;
    if (wantFiles) void evidence['evidence-for-page']({ type: 'evidence-for-page', stage: page.stage, step: page.step, kind: 'file' }).then((r) => { if (alive) setFiles(r); }).catch(() => undefined);
    if (targets.linkFields) void evidence['evidence-for-page']({ type: 'evidence-for-page', stage: page.stage, step: page.step, kind: 'link' }).then((r) => { if (alive) setLinks(r); }).catch(() => undefined);
    return () => { alive = false; };
  }, [wantFiles, targets.linkFields, page.stage, page.step, revision]);

  // Files dropped anywhere on the side panel are kept as evidence for this page's step.
  useEffect(() => {
    const over = (e: DragEvent) => { if (e.dataTransfer?.types.includes('Files')) { e.preventDefault(); setDragging(true); } };
    const leave = () => setDragging(false);
    const drop = (e: DragEvent) => {
      setDragging(false);
      if (!e.dataTransfer?.files.length) return;
      e.preventDefault();
      capture([...e.dataTransfer.files]);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => { window.removeEventListener('dragover', over); window.removeEventListener('dragleave', leave); window.removeEventListener('drop', drop); };
  }, []);

  async function saveLink() {
    setStatus(null);
    try {
      const r = await evidence['evidence-save-link']({ type: 'evidence-save-link', title: (page.title || page.url).slice(0, 400), url: page.url.slice(0, 4000), stage: page.stage, step: page.step, activityDate: await today() });
      if (r.ok) setStatus({ kind: 'ok', text: t('overlay.linkSaved') });
      else setStatus({ kind: 'error', text: describeError(t, fromPayload(r.error), locale) });
    } catch {
      setStatus({ kind: 'error', text: t('error.storage') });
    }
  }

  /** Only on the teacher's click here: the file goes slice by slice into the page's input; the site's own save stays theirs. */
  async function attach(target: FileTarget, item: EvidenceSummary) {
    setBusy(item.id);
    setStatus(null);
    try {
      const [stored, body] = await Promise.all([getEvidence(getDb(), item.id), getEvidenceBody(getDb(), item.id)]);
      if (!stored?.file || !body) throw new Error('not found');
      const ok = await attachToTab(tabId, target.index, body, stored.file.name, stored.file.type);
      setStatus(ok ? { kind: 'ok', text: t('overlay.attached', { name: stored.file.name }) } : { kind: 'error', text: t('overlay.attachFailed') });
    } catch {
      setStatus({ kind: 'error', text: t('overlay.attachFailed') });
    } finally {
      setBusy(null);
    }
  }

  async function fill(item: EvidenceSummary, fields = { name: true, link: true }) {
    if (!item.link) return;
    setStatus(null);
    setConfirmFill(null);
    const ok = await fillLink(tabId, fields.name ? item.title : null, fields.link ? item.link.url : null);
    setStatus(ok ? { kind: 'ok', text: t('overlay.filled') } : { kind: 'error', text: t('overlay.fillFailed') });
  }

  const tagWords = [page.stage && stageLabel(ta, page.stage), page.step && stepLabel(t, page.step)].filter(Boolean).join(' · ');

  return (
    <section className="card ev-ov" aria-labelledby="ev-ov-h" data-testid="overlay-evidence">
      <h2 id="ev-ov-h" className="ev-ov-h">{t('overlay.heading')}</h2>
      {/* What fits THIS page first (attach into its file input, fill its link fields); capture below. */}
      {targets.fileInputs.map((target) => {
        // Warnings come from this input's accept (not from the step the item is tagged for).
        const fitting = files.filter((f) => f.file && acceptsFile(target.accept, f.file))
          .map((f) => ({ ...f, warnings: inputWarnings(f, target.accept) }));
        fitting.sort((a, b) => a.warnings.length - b.warnings.length);
        const field = target.label || t('overlay.fileInput');
        return (
          <div key={target.index} className="ev-ov-target" data-testid="overlay-attach">
            <h3 className="ev-ov-h3">{t('overlay.attachHeading')}</h3>
            <p className="muted small" style={{ margin: '0 0 6px' }}>{t('overlay.attachFor', { label: field })}</p>
            {fitting.length === 0 && <p className="small">{t('overlay.attachNone')}</p>}
            <ul className="ev-ov-offers">
              {fitting.slice(0, 4).map((item) => (
                <li key={item.id} data-testid="overlay-offer">
                  <div className="ev-ov-offer-text">
                    <strong className="small">{item.title}</strong>
                    <span className="muted small">{item.file!.name} · {formatBytes(item.file!.size, locale)}</span>
                    {item.warnings.map((w) => <span key={w.code} className="ev-ov-warn small">{describeWarning(t, w, locale)}</span>)}
                  </div>
                  <button className="btn small-btn" type="button" disabled={busy !== null}
                    aria-label={t('overlay.attachLabel', { title: item.title, field })}
                    onClick={() => (changed ? setConfirmAttach({ index: target.index, id: item.id }) : void attach(target, item))}>
                    {busy === item.id ? t('overlay.attaching') : t('overlay.attach')}
                  </button>
                  {changed && confirmAttach?.index === target.index && confirmAttach.id === item.id && (
                    <div className="ev-ov-confirm" role="group" aria-label={t('overlay.attachLabel', { title: item.title, field })} data-testid="overlay-confirm-attach">
                      <p className="small" style={{ margin: '0 0 6px' }}>{t('overlay.confirmAttach', { name: item.file!.name, field })}</p>
                      <button className="btn small-btn" type="button" onClick={() => { setConfirmAttach(null); void attach(target, item); }}>{t('overlay.confirmAttachYes')}</button>{' '}
                      <button className="btn secondary small-btn" type="button" onClick={() => setConfirmAttach(null)}>{t('overlay.cancel')}</button>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}

      {targets.linkFields && (
        <div className="ev-ov-target" data-testid="overlay-fill">
          <h3 className="ev-ov-h3">{t('overlay.fillHeading')}</h3>
          {links.length === 0 && <p className="small">{t('overlay.noLinks')}</p>}
          <ul className="ev-ov-offers">
            {links.slice(0, 4).map((item) => (
              <li key={item.id} data-testid="overlay-link-offer">
                <div className="ev-ov-offer-text">
                  <strong className="small">{item.title}</strong>
                  <span className="muted small ev-ov-url">{item.link!.url}</span>
                  {item.warnings.map((w) => <span key={w.code} className="ev-ov-warn small">{describeWarning(t, w, locale)}</span>)}
                </div>
                <button className="btn small-btn" type="button" aria-label={t('overlay.fillLabel', { title: item.title })}
                  onClick={() => (changed ? setConfirmFill({ id: item.id, name: false, link: false }) : void fill(item))}>{t('overlay.fill')}</button>
                {changed && confirmFill?.id === item.id && (
                  <fieldset className="ev-ov-confirm" data-testid="overlay-confirm-fill">
                    <legend className="small">{t('overlay.confirmFillTitle')}</legend>
                    <label className="small"><input type="checkbox" checked={confirmFill.name}
                      onChange={(e) => setConfirmFill({ ...confirmFill, name: e.target.checked })} /> {t('overlay.confirmName', { value: item.title })}</label>
                    <label className="small ev-ov-url"><input type="checkbox" checked={confirmFill.link}
                      onChange={(e) => setConfirmFill({ ...confirmFill, link: e.target.checked })} /> {t('overlay.confirmLink', { value: item.link!.url })}</label>
                    <div style={{ marginTop: 6 }}>
                      <button className="btn small-btn" type="button" disabled={!confirmFill.name && !confirmFill.link}
                        onClick={() => void fill(item, confirmFill)}>{t('overlay.confirmFill')}</button>{' '}
                      <button className="btn secondary small-btn" type="button" onClick={() => setConfirmFill(null)}>{t('overlay.cancel')}</button>
                    </div>
                  </fieldset>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {(targets.fileInputs.length > 0 || targets.linkFields) && (
        <button className="btn secondary small-btn" type="button" onClick={rescan}>{t('overlay.rescan')}</button>
      )}
      <div className={`ev-ov-drop${dragging ? ' over' : ''}`} data-testid="overlay-dropzone">
        <p className="small" style={{ margin: 0 }}>{t('overlay.drop')}</p>
        {tagWords && <p className="muted small" style={{ margin: 0 }}>{t('overlay.dropTagged', { tags: tagWords })}</p>}
        <div className="row" style={{ marginTop: 6 }}>
          <button className="btn secondary small-btn" type="button" onClick={() => pickRef.current?.click()}>{t('overlay.pick')}</button>
          <button className="btn secondary small-btn" type="button" onClick={() => void saveLink()} data-testid="overlay-save-link">{t('overlay.saveLink')}</button>
        </div>
        <input ref={pickRef} type="file" multiple hidden onChange={(e) => { capture([...(e.target.files ?? [])]); e.target.value = ''; }} />
      </div>
      {captures.length > 0 && (
        <ul className="ev-ov-list" aria-live="polite" data-testid="overlay-captures">
          {captures.map((c) => (
            <li key={c.key} data-status={c.status} className={c.status}>
              {c.status === 'saving' && <><span className="small">{t('overlay.sending', { name: c.name, percent: c.percent })}</span><progress max={100} value={c.percent} aria-label={c.name} /></>}
              {c.status !== 'saving' && <span className={`small ${c.status === 'error' ? 'error' : 'ev-ok'}`}>{c.message}</span>}
            </li>
          ))}
        </ul>
      )}
      <p role="status" aria-live="polite" className="small ev-ov-status" data-testid="overlay-evidence-status">
        {status && <span className={status.kind === 'error' ? 'error' : 'ev-ok'}>{status.text}</span>}
      </p>

    </section>
  );
}
