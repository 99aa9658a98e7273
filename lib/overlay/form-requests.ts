/**
 * The content script's side of the generic form messages (form-protocol.ts): collect, fill by
 * index, undo. It keeps the last fill's undo snapshot here, in the page, because the elements it
 * restores live here. It never presses a button of the page (lib/autofill/insert guards that).
 */
import { collectForm, findActiveForm, type CollectedForm } from '@/lib/autofill/collect';
import { fillForm, readValue, recheckAfter, restoreSnapshot, type UndoSnapshot } from '@/lib/autofill/insert';
import {
  FORM_OPTIONS_MAX, FORM_TEXT_MAX, FORM_VALUE_MAX, formSignature, MAX_FORM_FIELDS,
  type FormDescription, type FormField, type FormFillOutcome, type FormFillReply, type FormRequest, type FormUndoReply,
} from './form-protocol';

/** How long after filling the values are read again (a framework's re-render drops values in this time). */
export const RECHECK_MS = 400;

/**
 * The form in front of the user: the open modal; else the page form holding the focus (a page of
 * several same forms, e-Kinerja's classic eviden cards, is filled one card at a time), or the page
 * form described last while it is still there (filling moves the focus away); else the page.
 */
export function findFillRoot(doc: Document, previous: Element | null = null): { root: Element; scope: FormDescription['scope'] } {
  const modal = findActiveForm(doc);
  if (modal !== doc.body) return { root: modal, scope: 'modal' };
  const focused = doc.activeElement?.closest('form');
  if (focused && !focused.closest('.modal')) return { root: focused, scope: 'form' };
  if (previous?.isConnected && previous.tagName === 'FORM' && !previous.closest('.modal, [hidden]')) return { root: previous, scope: 'form' };
  return { root: doc.body, scope: 'page' };
}

function collect(doc: Document, previous: Element | null = null): { form: CollectedForm; scope: FormDescription['scope'] } {
  const { root, scope } = findFillRoot(doc, previous);
  return { form: collectForm(doc, root), scope };
}

const cut = (s: string, max = FORM_TEXT_MAX) => s.slice(0, max);

function toField(f: CollectedForm['fields'][number]): FormField {
  return {
    index: f.index, control: f.control, name: cut(f.name, 200), id: cut(f.id, 200), nameShared: f.nameShared,
    labelFor: cut(f.labelFor), labelWrap: cut(f.labelWrap), labelGroup: cut(f.labelGroup), ariaLabel: cut(f.ariaLabel),
    placeholder: cut(f.placeholder), section: cut(f.section), value: cut(f.value, FORM_VALUE_MAX), disabled: f.disabled,
    ...(f.options ? { options: f.options.slice(0, FORM_OPTIONS_MAX).map((o) => cut(o)) } : {}),
    ...(f.format ? { format: cut(f.format, 40) } : {}),
  };
}

function describe(form: CollectedForm, scope: FormDescription['scope']): FormDescription {
  const fields = form.fields.slice(0, MAX_FORM_FIELDS).map(toField);
  return { ok: true, scope, title: cut(form.title), signature: formSignature(fields), fields };
}

export function describeForm(doc: Document): FormDescription {
  const { form, scope } = collect(doc);
  return describe(form, scope);
}

export function createFormRequests(doc: Document = document) {
  let last: { form: CollectedForm; snapshot: UndoSnapshot } | null = null;
  /** The root of the last description, so a fill reaches the same page form after the focus moved. */
  let described: Element | null = null;

  async function fill(signature: string, fills: Extract<FormRequest, { pk: 'form-fill' }>['fills']): Promise<FormFillReply> {
    const { form } = collect(doc, described);
    if (form.fields.length === 0) return { ok: false, reason: 'tidak-ada-formulir' };
    if (formSignature(form.fields.slice(0, MAX_FORM_FIELDS).map(toField)) !== signature) return { ok: false, reason: 'form-berubah' };
    const skipped: FormFillOutcome[] = [];
    const instructions: { fieldIndex: number; value: string }[] = [];
    for (const f of fills) {
      const field = form.fields[f.index];
      const el = form.elements[f.index];
      if (!field || !el) { skipped.push({ index: f.index, ok: false, value: f.value, problem: 'tidak-ada' }); continue; }
      // Checked again here, not only in the preview: the teacher may have typed since.
      if (!f.overwrite && readValue(el, field.control).trim() !== '') { skipped.push({ index: f.index, ok: false, value: f.value, problem: 'sudah-terisi' }); continue; }
      instructions.push({ fieldIndex: f.index, value: f.value });
    }
    const { snapshot, outcomes } = await fillForm(form, instructions);
    last = { form, snapshot };
    const didNotStick = await recheckAfter(form, outcomes, RECHECK_MS);
    return {
      ok: true,
      didNotStick,
      outcomes: [...skipped, ...outcomes.map((o) => ({ index: o.fieldIndex, ok: o.ok, value: cut(o.value, FORM_VALUE_MAX), ...(o.problem ? { problem: o.problem } : {}) }))],
    };
  }

  async function undo(): Promise<FormUndoReply> {
    if (!last) return { ok: false, reason: 'tidak-ada-isian' };
    const { form, snapshot } = last;
    last = null;
    return { ok: true, failed: await restoreSnapshot(form, snapshot) };
  }

  return {
    answer(request: FormRequest): FormDescription | Promise<FormFillReply | FormUndoReply> {
      switch (request.pk) {
        case 'form-describe': {
          const { form, scope } = collect(doc, described);
          described = form.root;
          return describe(form, scope);
        }
        case 'form-fill': return fill(request.signature, request.fills);
        case 'form-undo': return undo();
      }
    },
  };
}
