import { useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { useMessages } from '@/components/i18n';
import { useNow } from '@/components/useNow';
import { useProfile } from '@/components/useProfile';
import { appUrl } from '@/lib/app-url';
import { displayLabel } from '@/lib/autofill/collect';
import type { FormKind } from '@/lib/autofill/forms';
import { guessFormKind, matchFields } from '@/lib/autofill/match';
import { buildPreview, type PreviewRow } from '@/lib/autofill/preview';
import { listTemplates } from '@/lib/autofill/template-store';
import type { TemplateRecord } from '@/lib/autofill/templates';
import { FORM_VOCABULARIES } from '@/lib/autofill/vocabulary';
import { getDb } from '@/lib/db/database';
import { autofillMessages } from '@/lib/i18n/autofill';
import type { FormDescription, FormFillReply } from '@/lib/overlay/form-protocol';
import { describeTabForm, fillTabForm, undoTabForm } from './tab-client';

/** The teacher's local calendar day (lib/clock's "now", so the debug.now hook reaches it too). */
const localIso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The e-Kinerja page's own form kinds, shown first in the template list. */
const PAGE_FORM_KINDS: Readonly<Record<string, readonly FormKind[]>> = {
  'ekin.eviden': ['eviden'],
  'ekin.rencana-aksi': ['rencana-aksi'],
  'ekin.kinerja-harian': ['progress-harian'],
  'ekin.skp': ['rhk', 'perilaku', 'lampiran'],
};

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'message'; key: 'panel.noForm' | 'panel.noAnswer' | 'panel.changedSinceRead' | 'panel.undone' | 'panel.nothingToFill'; undoFailed?: string }
  | { kind: 'filled'; reply: Extract<FormFillReply, { ok: true }> };

/**
 * "Isi otomatis" on e-Kinerja pages: read the form in front of the teacher, show per field what a
 * template puts there (or why it is left alone), fill on "Isi sekarang", undo on "Batalkan isian".
 * The matching is pure and runs here; the page only describes, fills by index and undoes.
 */
export function SidePanelAutofill({ tabId, pageId }: { tabId: number; pageId: string | null }) {
  const t = useMessages(autofillMessages);
  const { profile } = useProfile();
  const now = useNow();
  const [form, setForm] = useState<FormDescription | null>(null);
  const [templates, setTemplates] = useState<TemplateRecord[] | null>(null);
  const [templateId, setTemplateId] = useState<string>('');
  const [overwrite, setOverwrite] = useState(false);
  const [confirmed, setConfirmed] = useState<ReadonlySet<number>>(new Set());
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [canUndo, setCanUndo] = useState(false);

  const guessed = useMemo(() => form ? guessFormKind(form.fields, form.title, Object.values(FORM_VOCABULARIES))?.kind ?? null : null, [form]);
  const preferred = useMemo(() => new Set<FormKind>([...(PAGE_FORM_KINDS[pageId ?? ''] ?? []), ...(guessed ? [guessed] : [])]), [pageId, guessed]);
  const ordered = useMemo(() => {
    const list = templates ?? [];
    return { mine: list.filter((x) => preferred.has(x.formKind)), other: list.filter((x) => !preferred.has(x.formKind)) };
  }, [templates, preferred]);
  const template = templates?.find((x) => x.id === templateId) ?? null;

  const preview = useMemo(() => {
    if (!form || !template) return null;
    const match = matchFields(form.fields, FORM_VOCABULARIES[template.formKind]);
    const ctx = { date: localIso(now ?? new Date()), nama: profile.name || undefined, sekolah: profile.school || undefined };
    return buildPreview(form.fields, match, template.values, ctx, { overwrite, confirmed });
  }, [form, template, overwrite, confirmed, profile.name, profile.school, now]);

  const read = async () => {
    setStatus({ kind: 'busy' });
    const [described, list] = await Promise.all([describeTabForm(tabId), listTemplates(getDb())]);
    setTemplates(list);
    setConfirmed(new Set());
    if (!described) { setForm(null); setStatus({ kind: 'message', key: 'panel.noAnswer' }); return; }
    if (described.fields.length === 0) { setForm(null); setStatus({ kind: 'message', key: 'panel.noForm' }); return; }
    setForm(described);
    const kinds = new Set<FormKind>([...(PAGE_FORM_KINDS[pageId ?? ''] ?? [])]);
    const g = guessFormKind(described.fields, described.title, Object.values(FORM_VOCABULARIES))?.kind;
    if (g) kinds.add(g);
    setTemplateId((current) => list.some((x) => x.id === current) ? current : (list.find((x) => kinds.has(x.formKind))?.id ?? ''));
    setStatus({ kind: 'idle' });
  };

  const fillNow = async () => {
    if (!form || !preview) return;
    if (preview.instructions.length === 0) { setStatus({ kind: 'message', key: 'panel.nothingToFill' }); return; }
    setStatus({ kind: 'busy' });
    const reply = await fillTabForm(tabId, form.signature, preview.instructions.map((i) => ({ index: i.fieldIndex, value: i.value, overwrite })));
    if (!reply) { setStatus({ kind: 'message', key: 'panel.noAnswer' }); return; }
    if (!reply.ok) { setStatus({ kind: 'message', key: reply.reason === 'form-berubah' ? 'panel.changedSinceRead' : 'panel.noForm' }); return; }
    setCanUndo(true);
    setStatus({ kind: 'filled', reply });
  };

  const undo = async () => {
    setStatus({ kind: 'busy' });
    const reply = await undoTabForm(tabId);
    setCanUndo(false);
    if (!reply) { setStatus({ kind: 'message', key: 'panel.noAnswer' }); return; }
    const failed = reply.ok ? reply.failed.map((i) => labelOf(i)).join(', ') : '';
    setStatus({ kind: 'message', key: 'panel.undone', ...(failed ? { undoFailed: failed } : {}) });
  };

  /** A template key in the words of the form (its vocabulary's first label), not the key itself. */
  const keyWords = (keys: readonly string[]) => keys
    .map((k) => (template && FORM_VOCABULARIES[template.formKind].fields.find((f) => f.key === k)?.labels[0]) ?? k).join(', ');
  const labelOf = (index: number) => { const f = form?.fields[index]; return f ? displayLabel(f) : `#${index + 1}`; };
  const reasonText = (row: PreviewRow) => row.reason === 'placeholder-kosong'
    ? t('reason.placeholder-kosong', { placeholders: (row.placeholders ?? []).join(', ') })
    : t(`reason.${row.reason!}`);
  const busy = status.kind === 'busy';

  return (
    <section className="card af" aria-labelledby="af-h" data-testid="side-autofill">
      <h2 id="af-h" style={{ fontSize: 15 }}>{t('panel.heading')}</h2>
      <p className="small muted">{t('panel.intro')}</p>
      <button className="btn secondary small-btn" type="button" onClick={() => void read()} disabled={busy} data-testid="af-read">
        {form ? t('panel.readAgain') : t('panel.read')}
      </button>

      {form && (
        <>
          <p className="small" data-testid="af-form">{form.title ? t('panel.formTitle', { title: form.title, count: form.fields.length }) : t('panel.formUntitled', { count: form.fields.length })}</p>
          {form.scope === 'page' && preview && preview.rows.some((r) => r.reason === 'ambigu') && (
            <p className="small warn" role="note">{t('panel.manyForms')}</p>
          )}
          {templates && templates.length === 0 ? (
            <p className="small">{t('panel.noTemplates')}{' '}
              <button className="link-btn" type="button" onClick={() => void browser.tabs.create({ url: appUrl('/skp') })}>{t('panel.openTemplates')}</button></p>
          ) : (
            <label className="af-field">
              <span className="small">{t('panel.template')}</span>
              <select value={templateId} onChange={(e) => { setTemplateId(e.target.value); setConfirmed(new Set()); setStatus({ kind: 'idle' }); }} data-testid="af-template">
                <option value="">—</option>
                {ordered.mine.length > 0 && (
                  <optgroup label={t('panel.templateFor')}>
                    {ordered.mine.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
                  </optgroup>
                )}
                {ordered.other.length > 0 && (
                  <optgroup label={t('panel.templateOther')}>
                    {ordered.other.map((x) => <option key={x.id} value={x.id}>{`${x.name} · ${t(`kind.${x.formKind}`)}`}</option>)}
                  </optgroup>
                )}
              </select>
            </label>
          )}
        </>
      )}

      {form && preview && (
        <>
          <label className="af-check small">
            <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} data-testid="af-overwrite" />
            {t('panel.overwrite')}
          </label>
          {preview.formChanged && (
            <p className="small warn" role="alert" data-testid="af-changed">
              {t('fill.formChanged', { missing: keyWords(preview.missingKeys) || '—' })}
            </p>
          )}
          <h3 style={{ fontSize: 14, margin: '8px 0 4px' }}>{t('panel.previewHeading')}</h3>
          <ul className="af-rows" data-testid="af-preview">
            {preview.rows.map((row) => {
              const same = row.reason === null && row.value !== null && !preview.instructions.some((i) => i.fieldIndex === row.fieldIndex);
              return (
                <li key={row.fieldIndex} data-testid="af-row" data-field={row.fieldIndex} data-state={row.reason ?? (same ? 'sama' : 'isi')}>
                  <span className="af-label">{row.label}</span>
                  {row.reason === null ? (
                    <span className="af-value">{same ? `${row.value} (${t('panel.alreadySame')})` : row.value}</span>
                  ) : (
                    <span className="af-skip small muted">{t('panel.notTouched', { reason: reasonText(row) })}</span>
                  )}
                  {row.reason === 'perlu-konfirmasi' || (preview.formChanged && confirmed.has(row.fieldIndex)) ? (
                    <label className="af-check small">
                      <input type="checkbox" checked={confirmed.has(row.fieldIndex)} data-testid="af-confirm"
                        onChange={(e) => {
                          const next = new Set(confirmed);
                          if (e.target.checked) next.add(row.fieldIndex); else next.delete(row.fieldIndex);
                          setConfirmed(next);
                        }} />
                      {t('panel.confirm')}
                    </label>
                  ) : null}
                </li>
              );
            })}
          </ul>
          {preview.keysNotFound.length > 0 && <p className="small muted">{t('panel.keysNotFound', { keys: keyWords(preview.keysNotFound) })}</p>}
          <div className="row" style={{ gap: 8, flexWrap: 'wrap', marginTop: 8 }}>
            <button className="btn" type="button" onClick={() => void fillNow()} disabled={busy || preview.instructions.length === 0} data-testid="af-fill">
              {busy ? t('panel.filling') : t('panel.fillNow')}
            </button>
            {canUndo && <button className="btn secondary" type="button" onClick={() => void undo()} disabled={busy} data-testid="af-undo">{t('panel.undo')}</button>}
          </div>
          {preview.instructions.length === 0 && <p className="small muted">{t('panel.nothingToFill')}</p>}
        </>
      )}

      <div role="status" aria-live="polite" data-testid="af-status">
        {status.kind === 'message' && (
          <p className="small">{t(status.key)}{status.undoFailed ? ` ${t('panel.undoFailed', { fields: status.undoFailed })}` : ''}</p>
        )}
        {status.kind === 'filled' && (
          <>
            <p className="small" data-testid="af-filled">{t('panel.filled', { count: status.reply.outcomes.filter((o) => o.ok && !status.reply.didNotStick.includes(o.index)).length })}</p>
            {status.reply.outcomes.some((o) => !o.ok) && (
              <ul className="small warn" data-testid="af-problems">
                {status.reply.outcomes.filter((o) => !o.ok).map((o) => (
                  <li key={o.index} data-field={o.index}>{t('panel.problem', { field: labelOf(o.index), reason: t(`reason.${o.problem ?? 'tidak-bisa-diisi'}`) })}</li>
                ))}
              </ul>
            )}
            {status.reply.didNotStick.length > 0 && (
              <p className="small warn" role="alert" data-testid="af-did-not-stick">
                {t('fill.didNotStick', { fields: status.reply.didNotStick.map(labelOf).join(', ') })}
              </p>
            )}
          </>
        )}
      </div>
    </section>
  );
}
