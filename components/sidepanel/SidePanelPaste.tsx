import { useState } from 'react';
import { browser } from 'wxt/browser';
import { useMessages } from '@/components/i18n';
import { useProfile } from '@/components/useProfile';
import { appUrl } from '@/lib/app-url';
import { getDb } from '@/lib/db/database';
import { sidePanelMessages } from '@/lib/i18n/sidepanel';
import { writingMessages } from '@/lib/i18n/writing';
import type { FormDescription, FormFillReply } from '@/lib/overlay/form-protocol';
import { documentDef, documentId, type DocumentKind } from '@/lib/writing/model';
import { planPaste, planTake, type DocumentValues, type PastePlan } from '@/lib/writing/paste';
import { pageWordingYear } from '@/lib/writing/paste-year';
import { getDocument, saveField } from '@/lib/writing/store';
import { describeTabForm, fillTabForm, undoTabForm } from './tab-client';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'message'; text: string; alert?: boolean };

/** The saved text of the profile's document of this kind (empty fields when not written yet). */
async function savedValues(periodId: string, kind: DocumentKind): Promise<DocumentValues | null> {
  const doc = await getDocument(getDb(), documentId(periodId, kind));
  if (!doc) return null;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(doc.fields as Record<string, unknown>)) if (typeof v === 'string') out[k] = v;
  return out;
}

/**
 * "Catatan Anda" on the Ruang GTK document pages: paste the teacher's saved answers into the
 * page's form (each into its own question, found by meaning; the site's save stays theirs), or
 * take what they typed on the page back into the writing store as a revision.
 */
export function SidePanelPaste({ tabId, kind }: { tabId: number; kind: DocumentKind }) {
  const t = useMessages(sidePanelMessages);
  const tw = useMessages(writingMessages);
  const { profile } = useProfile();
  const [form, setForm] = useState<FormDescription | null>(null);
  const [values, setValues] = useState<DocumentValues>({});
  const [overwrite, setOverwrite] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [copied, setCopied] = useState<string | null>(null);
  const [canUndo, setCanUndo] = useState(false);

  const year = form ? pageWordingYear(kind, profile.year, form.fields) : profile.year;
  const plan: PastePlan | null = form ? planPaste(kind, year, form.fields, values, { overwrite }) : null;

  const readForm = async (): Promise<FormDescription | null> => {
    const described = await describeTabForm(tabId);
    if (!described) { setStatus({ kind: 'message', text: t('paste.noAnswer'), alert: true }); return null; }
    if (described.fields.length === 0) { setStatus({ kind: 'message', text: t('paste.noForm'), alert: true }); return null; }
    return described;
  };

  const paste = async () => {
    setStatus({ kind: 'busy' });
    setForm(null);
    const [described, saved] = await Promise.all([readForm(), savedValues(profile.periodId, kind)]);
    if (!described) return;
    if (!saved || !Object.values(saved).some((v) => v.trim())) {
      setStatus({ kind: 'message', text: t('paste.noNotes', { period: profile.periodId }) });
      return;
    }
    setValues(saved);
    setForm(described);
    setStatus({ kind: 'idle' });
  };

  const fillNow = async () => {
    if (!form || !plan) return;
    if (plan.instructions.length === 0) { setStatus({ kind: 'message', text: t('paste.nothing') }); return; }
    setStatus({ kind: 'busy' });
    const reply: FormFillReply | null = await fillTabForm(tabId, form.signature, plan.instructions.map((i) => ({ index: i.fieldIndex, value: i.value, overwrite })));
    if (!reply) { setStatus({ kind: 'message', text: t('paste.noAnswer'), alert: true }); return; }
    if (!reply.ok) { setStatus({ kind: 'message', text: reply.reason === 'form-berubah' ? t('paste.changed') : t('paste.noForm'), alert: true }); return; }
    const count = reply.outcomes.filter((o) => o.ok && !reply.didNotStick.includes(o.index)).length;
    setCanUndo(true);
    setStatus({ kind: 'message', text: t('paste.filled', { count }) });
  };

  const undo = async () => {
    setStatus({ kind: 'busy' });
    const reply = await undoTabForm(tabId);
    setCanUndo(false);
    setStatus({ kind: 'message', text: reply ? t('paste.undone') : t('paste.noAnswer'), alert: !reply });
  };

  const take = async () => {
    setStatus({ kind: 'busy' });
    const described = await readForm();
    if (!described) return;
    const current = (await savedValues(profile.periodId, kind)) ?? {};
    const takePlan = planTake(kind, pageWordingYear(kind, profile.year, described.fields), described.fields, current);
    const entries = Object.entries(takePlan.values);
    if (entries.length === 0) { setStatus({ kind: 'message', text: t('paste.takenNone') }); return; }
    try {
      const now = new Date().toISOString();
      for (const [field, text] of entries) {
        await saveField(getDb(), { kind, year: profile.year, periodId: profile.periodId, field, text, base: 'current', session: 'sidepanel-take', origin: 'import', now, conflictMarker: tw('conflict.marker') });
      }
      setStatus({ kind: 'message', text: t('paste.taken', { count: entries.length }) });
    } catch (e) {
      setStatus({ kind: 'message', text: t('paste.takeFailed', { error: e instanceof Error ? e.message : String(e) }), alert: true });
    }
  };

  const copy = async (fieldId: string, text: string) => {
    // Shown as copied only when the clipboard took it; otherwise the text stays on screen to select by hand.
    const ok = await navigator.clipboard.writeText(text).then(() => true, () => false);
    setCopied(ok ? fieldId : null);
  };

  const busy = status.kind === 'busy';
  const slug = documentDef(kind).slug;
  return (
    <section className="card af" aria-labelledby="pp-h" data-testid="side-paste">
      <h2 id="pp-h" style={{ fontSize: 15 }}>{t('paste.heading')}</h2>
      <p className="small muted">{t('paste.intro')}</p>
      <div className="row" style={{ gap: 8, flexWrap: 'wrap' }}>
        <button className="btn secondary small-btn" type="button" onClick={() => void paste()} disabled={busy} data-testid="pp-paste">{t('paste.paste')}</button>
        <button className="btn secondary small-btn" type="button" onClick={() => void take()} disabled={busy} data-testid="pp-take">{t('paste.take')}</button>
      </div>

      {plan && (
        <>
          <h3 style={{ fontSize: 14, margin: '8px 0 4px' }}>{t('paste.planHeading')}</h3>
          <ul className="af-rows" data-testid="pp-plan">
            {plan.items.map((item) => (
              <li key={item.fieldIndex} data-testid="pp-row" data-field={item.fieldId} data-state={item.status}>
                <span className="af-label">{item.pageLabel}</span>
                {item.status === 'kosong' ? null : <span className="af-value">{item.text}</span>}
                <span className="af-skip small muted">{t(`paste.status.${item.status}`)}</span>
              </li>
            ))}
          </ul>
          {plan.prefilled.length > 0 && (
            <label className="af-check small">
              <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} data-testid="pp-overwrite" />
              {t('paste.overwrite')}
            </label>
          )}
          {plan.unplaced.length > 0 && (
            <>
              <p className="small warn" data-testid="pp-unplaced-h">{t('paste.unplacedHeading')}</p>
              <ul className="af-rows" data-testid="pp-unplaced">
                {plan.unplaced.map((u) => (
                  <li key={u.fieldId} data-testid="pp-unplaced-row" data-field={u.fieldId}>
                    <span className="af-label">{u.label} <span className="small muted">({t(`paste.unplaced.${u.reason}`)})</span></span>
                    <span className="af-value">{u.text}</span>
                    <button className="btn secondary small-btn" type="button" aria-label={t('paste.copyFor', { label: u.label })} onClick={() => void copy(u.fieldId, u.text)}>
                      {copied === u.fieldId ? t('paste.copied') : t('paste.copy')}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          <button className="btn" type="button" style={{ marginTop: 8 }} onClick={() => void fillNow()} disabled={busy || plan.instructions.length === 0} data-testid="pp-fill">
            {t('paste.fillNow')}
          </button>
          {canUndo && <button className="btn secondary" type="button" style={{ marginTop: 8, marginLeft: 8 }} onClick={() => void undo()} disabled={busy} data-testid="pp-undo">{t('paste.undo')}</button>}
        </>
      )}

      <div role="status" aria-live="polite" data-testid="pp-status">
        {status.kind === 'message' && (
          <p className={status.alert ? 'small warn' : 'small'}>
            {status.text}
            {status.text === t('paste.noNotes', { period: profile.periodId }) && (
              <>{' '}<button className="link-btn" type="button" onClick={() => void browser.tabs.create({ url: appUrl(`/refleksi/${profile.periodId}/${slug}`) })}>{t('paste.openApp')}</button></>
            )}
          </p>
        )}
      </div>
    </section>
  );
}
