import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { useMessages, useT } from '@/components/i18n';
import { useDataRevision } from '@/components/useDataRevision';
import { bumpDataRevision } from '@/lib/data-revision';
import { PageTitle } from '@/components/app/PageTitle';
import { getDb } from '@/lib/db/database';
import { classifyStorageError } from '@/lib/db/errors';
import { FORM_KINDS, type FormKind } from '@/lib/autofill/forms';
import { PLACEHOLDER_NAMES } from '@/lib/autofill/placeholders';
import {
  deleteTemplate, duplicateTemplate, exportTemplates, importTemplates, listTemplates, restoreTemplate, saveTemplate,
} from '@/lib/autofill/template-store';
import { TEMPLATE_ROLES, TemplateContentSchema, valuesInFormOrder, type TemplateRecord } from '@/lib/autofill/templates';
import { autofillMessages, FIELD_LABELS, type AutofillMessageKey } from '@/lib/i18n/autofill';
import './skp.css';

type Notice = { kind: 'ok' | 'error'; text: string; place?: 'file' } | null;
type Draft = { id?: string; name: string; formKind: FormKind; role: TemplateRecord['role']; values: Record<string, string> };

/** #/skp: the e-Kinerja fill templates: list, edit, duplicate, delete with undo, export and import. */
export function SkpTemplatesPage() {
  const t = useMessages(autofillMessages);
  const ta = useT();
  const [templates, setTemplates] = useState<TemplateRecord[] | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [deleted, setDeleted] = useState<TemplateRecord | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);

  const storageText = (e: unknown) => ta(`storage.${classifyStorageError(e)}`);
  const reload = useCallback(async () => setTemplates(await listTemplates(getDb())), []);
  // Another tab (or, later, the side panel's "Simpan sebagai template") changes templates too.
  const revision = useDataRevision();
  useEffect(() => { reload().catch((e) => setNotice({ kind: 'error', text: storageText(e) })); }, [reload, revision]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => { if (deleted) undoRef.current?.focus(); }, [deleted]);

  async function act(run: () => Promise<Notice>) {
    try {
      const n = await run();
      await reload();
      if (n) setNotice(n);
      // Contexts that cannot watch Dexie (the side panel through the background) read again.
      if (n?.kind === 'ok') await bumpDataRevision(browser.storage.local);
    } catch (e) { setNotice({ kind: 'error', text: storageText(e) }); }
  }

  const onDelete = (tpl: TemplateRecord) => act(async () => {
    const row = await deleteTemplate(getDb(), tpl.id);
    setDeleted(row);
    return { kind: 'ok', text: t('skp.deleted', { name: tpl.name }) };
  });
  const onUndo = () => act(async () => {
    if (!deleted) return null;
    await restoreTemplate(getDb(), deleted);
    const name = deleted.name;
    setDeleted(null);
    return { kind: 'ok', text: t('skp.restored', { name }) };
  });
  const onDuplicate = (tpl: TemplateRecord) => act(async () => {
    await duplicateTemplate(getDb(), tpl.id, t('skp.copySuffix'));
    return { kind: 'ok', text: t('skp.duplicated', { name: tpl.name }) };
  });
  const onExport = () => act(async () => {
    const file = await exportTemplates(getDb());
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `template-e-kinerja-${file.exportedAt.slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return null;
  });
  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    await act(async () => {
      const r = await importTemplates(getDb(), await file.text());
      if (r.ok) return { kind: 'ok', text: t('skp.imported', { count: r.count }), place: 'file' };
      const key: AutofillMessageKey = r.reason === 'not-json' ? 'skp.importNotJson' : r.reason === 'wrong-file' ? 'skp.importWrongFile' : 'skp.importInvalid';
      const where = [...new Set(r.problems.map((p) => (p.template === undefined ? t('skp.importWhereFile') : p.field ? t('skp.importWhereField', { n: p.template, field: FIELD_LABELS[p.field] ?? p.field }) : t('skp.importWhere', { n: p.template }))))];
      return { kind: 'error', text: t(key, { where: where.join('; ') }), place: 'file' };
    });
  };

  const byKind = FORM_KINDS.map((kind) => [kind, (templates ?? []).filter((x) => x.formKind === kind)] as const).filter(([, xs]) => xs.length);

  return (
    <>
      <PageTitle>{t('skp.title')}</PageTitle>
      <p className="lead">{t('skp.intro')}</p>
      <p className="small muted">{t('skp.placeholdersHint', { list: PLACEHOLDER_NAMES.map((p) => `{${p}}`).join(', ') })}</p>

      <div className="skp-live" role="status" aria-live="polite" data-testid="skp-notice">
        {notice && !notice.place && <span className={`notice ${notice.kind}`}>{notice.text}</span>}
        {deleted && <button ref={undoRef} type="button" className="btn secondary" onClick={() => void onUndo()} data-testid="skp-undo">{t('skp.undo')}</button>}
      </div>

      {draft
        ? <TemplateEditor draft={draft} onCancel={() => setDraft(null)} onSaved={(name) => { setDraft(null); void act(async () => ({ kind: 'ok', text: t('skp.saved', { name }) })); }} />
        : (
          <section className="card" aria-labelledby="skp-list">
            <div className="row skp-head">
              <h2 id="skp-list">{t('skp.listHeading')}</h2>
              <button type="button" className="btn" onClick={() => setDraft({ name: '', formKind: 'progress-harian', role: 'guru', values: {} })} data-testid="skp-new">{t('skp.new')}</button>
            </div>
            {templates && templates.length === 0 && <p className="muted">{t('skp.empty')}</p>}
            {byKind.map(([kind, xs]) => (
              <div key={kind} className="skp-group">
                <h3>{t(`kind.${kind}`)}</h3>
                <ul className="skp-list">
                  {xs.map((tpl) => (
                    <li key={tpl.id} className="skp-item" data-testid="skp-item">
                      <div className="skp-item-text">
                        <strong>{tpl.name}</strong>
                        <span className="small muted"> · {t(`role.${tpl.role}`)} · {t(`skp.origin.${tpl.origin}`)} · {t('skp.fieldsCount', { count: Object.values(tpl.values).filter((v) => v.trim()).length })}</span>
                      </div>
                      <div className="row">
                        <button type="button" className="btn secondary" onClick={() => setDraft({ id: tpl.id, name: tpl.name, formKind: tpl.formKind, role: tpl.role, values: { ...tpl.values } })} aria-label={`${t('skp.edit')}: ${tpl.name}`}>{t('skp.edit')}</button>
                        <button type="button" className="btn secondary" onClick={() => void onDuplicate(tpl)} aria-label={`${t('skp.duplicate')}: ${tpl.name}`}>{t('skp.duplicate')}</button>
                        <button type="button" className="btn secondary danger" onClick={() => void onDelete(tpl)} aria-label={`${t('skp.delete')}: ${tpl.name}`}>{t('skp.delete')}</button>
                      </div>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        )}

      <section className="card" aria-labelledby="skp-file">
        <h2 id="skp-file">{t('skp.fileHeading')}</h2>
        <p className="small muted">{t('skp.fileHint')}</p>
        <div className="row">
          <button type="button" className="btn secondary" onClick={() => void onExport()} data-testid="skp-export">{t('skp.export')}</button>
          <label className="btn secondary skp-file-label">
            {t('skp.import')}
            <input type="file" accept=".json,application/json" onChange={(e) => void onImport(e)} data-testid="skp-import" className="skp-file-input" />
          </label>
        </div>
        <div role="status" aria-live="polite" className="skp-file-status" data-testid="skp-file-notice">
          {notice?.place === 'file' && <p className={`notice ${notice.kind}`}>{notice.text}</p>}
        </div>
      </section>
    </>
  );
}

function TemplateEditor({ draft, onCancel, onSaved }: { draft: Draft; onCancel: () => void; onSaved: (name: string) => void }) {
  const t = useMessages(autofillMessages);
  const ta = useT();
  const id = useId();
  const [name, setName] = useState(draft.name);
  const [formKind, setFormKind] = useState<FormKind>(draft.formKind);
  const [role, setRole] = useState(draft.role);
  const [values, setValues] = useState<Record<string, string>>(draft.values);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => { nameRef.current?.focus(); }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const kept = Object.fromEntries(valuesInFormOrder(formKind, values).filter(([, v]) => v.trim() !== ''));
    const parsed = TemplateContentSchema.safeParse({ name, formKind, role, values: kept });
    if (!parsed.success) {
      // zod's own text never reaches the screen: each issue becomes an Indonesian sentence.
      setErrors([...new Set(parsed.error.issues.map((i) => {
        const key = String(i.path[1] ?? '');
        const field = FIELD_LABELS[key] ?? key;
        if (i.path[0] === 'name') return t('skp.errorName');
        if (i.message === 'unknown-placeholder') return t('skp.errorPlaceholder', { field, placeholder: String((i as { params?: { placeholder?: string } }).params?.placeholder ?? '') });
        if (i.message === 'empty') return t('skp.errorEmpty');
        return t('skp.errorTooLong', { field });
      }))]);
      return;
    }
    setSaving(true);
    try {
      await saveTemplate(getDb(), parsed.data, draft.id);
      onSaved(parsed.data.name);
    } catch (err) {
      setErrors([ta(`storage.${classifyStorageError(err)}`)]);
      setSaving(false);
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{draft.id ? t('skp.editorHeading') : t('skp.editorNew')}</h2>
      <form className="form skp-form" onSubmit={(e) => void submit(e)} noValidate data-testid="skp-editor">
        {errors.length > 0 && <div className="notice error" role="alert" data-testid="skp-errors">{errors.map((x) => <p key={x}>{x}</p>)}</div>}
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('skp.name')}</label>
          <input id={`${id}-name`} ref={nameRef} type="text" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} aria-invalid={errors.includes(t('skp.errorName'))} />
        </div>
        <div className="row skp-selects">
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('skp.formKind')}</label>
            <select id={`${id}-kind`} value={formKind} onChange={(e) => setFormKind(e.target.value as FormKind)} disabled={!!draft.id}>
              {FORM_KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-role`}>{t('skp.role')}</label>
            <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Draft['role'])}>
              {TEMPLATE_ROLES.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}
            </select>
          </div>
        </div>
        <fieldset>
          <legend>{t('skp.valuesHeading')}</legend>
          <p className="small muted">{t('skp.valuesHint')}</p>
          {valuesInFormOrder(formKind, values).map(([key, value]) => (
            <div className="field" key={key}>
              <label htmlFor={`${id}-${key}`}>{FIELD_LABELS[key] ?? key}</label>
              <textarea id={`${id}-${key}`} rows={key.startsWith('ekspektasi') || value.length > 80 ? 3 : 1} value={value} onChange={(e) => setValues({ ...values, [key]: e.target.value })} data-key={key} />
            </div>
          ))}
        </fieldset>
        <div className="row">
          <button type="submit" className="btn" disabled={saving} data-testid="skp-save">{t('skp.save')}</button>
          <button type="button" className="btn secondary" onClick={onCancel}>{t('skp.cancel')}</button>
        </div>
      </form>
    </section>
  );
}
