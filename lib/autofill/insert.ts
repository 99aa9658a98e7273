/**
 * Step 3 of 3 (insert): put values into fields the way the page's framework accepts them, keep
 * an undo snapshot, and check a moment later that the values stuck. It clicks only options of a
 * searchable dropdown and its clear button: never a save, submit, "OK" or "Ajukan" button.
 */
import type { CollectedForm, FieldDescriptor } from './collect';
import type { ControlKind } from './forms';
import { normalizeText } from './normalize';

export type InsertProblem = 'opsi-tidak-ditemukan' | 'tidak-bisa-diisi';

export interface InsertOutcome {
  readonly fieldIndex: number;
  readonly ok: boolean;
  /** The text the field should now show (after date formatting). */
  readonly value: string;
  readonly problem?: InsertProblem;
}

export interface FillInstruction {
  readonly fieldIndex: number;
  readonly value: string;
}

/** Words of buttons this code must never press. */
const FORBIDDEN_BUTTON = /^(ok|simpan|simpan data|kirim|submit|ajukan|save|ya|yes|setuju|hapus|close|tutup|batal)$/;

/** Throws when `el` is (inside) a button of the page: the filler never presses one. */
export function assertNotAButton(el: Element): void {
  const button = el.closest('button, input[type=submit], input[type=button], [role=button], a.btn');
  if (!button) return;
  if (button.classList.contains('vs__clear')) return; // the dropdown's own "clear" cross
  const words = normalizeText(button.textContent || (button as HTMLInputElement).value || button.getAttribute('aria-label'));
  throw new Error(`autofill: refused to press a page button (${FORBIDDEN_BUTTON.test(words) ? words : 'button'})`);
}

function fire(el: Element, type: string, init: EventInit = { bubbles: true }): void {
  const view = el.ownerDocument.defaultView!;
  const Ctor = type === 'input' ? (view.InputEvent ?? view.Event) : (type === 'blur' || type === 'focus' || type === 'focusout' || type === 'focusin') ? view.FocusEvent : view.Event;
  el.dispatchEvent(new Ctor(type, init));
}

function mouse(el: Element, type: string): void {
  assertNotAButton(el);
  const view = el.ownerDocument.defaultView!;
  el.dispatchEvent(new view.MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
}

/** Sets a value through the prototype's setter, so Vue/React value trackers see a real change. */
export function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const view = el.ownerDocument.defaultView!;
  const proto = el.tagName === 'TEXTAREA' ? view.HTMLTextAreaElement.prototype : el.tagName === 'SELECT' ? view.HTMLSelectElement.prototype : view.HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

function typeText(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  fire(el, 'focus', { bubbles: false });
  fire(el, 'focusin');
  setNativeValue(el, value);
  fire(el, 'input');
  fire(el, 'change');
  // Validation libraries (vee-validate, Bootstrap's) often wait for blur.
  fire(el, 'blur', { bubbles: false });
  fire(el, 'focusout');
}

/** ISO date/time in the format the field shows (tokens YYYY, MM, DD, M, D, HH, mm). */
export function formatForField(value: string, format: string | undefined, control: ControlKind): string {
  if (!format) return value;
  if (control === 'date') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    if (!m) return value;
    const [, y, mo, d] = m as unknown as [string, string, string, string];
    return format.replace(/YYYY|MM|DD|M|D/g, (t) => ({ YYYY: y, MM: mo, DD: d, M: String(Number(mo)), D: String(Number(d)) })[t]!);
  }
  if (control === 'time') {
    const m = /^(\d{1,2})[:.](\d{2})$/.exec(value.trim());
    if (!m) return value;
    const hh = m[1]!.padStart(2, '0');
    return format.replace(/HH|H|mm/g, (t) => ({ HH: hh, H: String(Number(m[1])), mm: m[2]! })[t]!);
  }
  return value;
}

/** Picks a native select's option by its text (or value); false when none matches. */
export function selectByText(select: HTMLSelectElement, wanted: string): boolean {
  const target = normalizeText(wanted);
  const option = [...select.options].find((o) => normalizeText(o.textContent) === target)
    ?? [...select.options].find((o) => o.value !== '' && normalizeText(o.value) === target);
  if (!option) return false;
  setNativeValue(select, option.value);
  fire(select, 'input');
  fire(select, 'change');
  return true;
}

/**
 * Resolves with what `find` returns as soon as it is truthy, re-checking on every DOM change under
 * `root`; with null after `timeoutMs` (no fixed sleeps).
 */
export function waitFor<T>(root: Node, find: () => T | null | undefined, timeoutMs: number): Promise<T | null> {
  const first = find();
  if (first) return Promise.resolve(first);
  const view = (root.ownerDocument ?? (root as Document)).defaultView!;
  return new Promise((resolve) => {
    const observer = new view.MutationObserver(() => {
      const found = find();
      if (found) { done(); resolve(found); }
    });
    const timer = view.setTimeout(() => { done(); resolve(find() ?? null); }, timeoutMs);
    function done() { observer.disconnect(); view.clearTimeout(timer); }
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  });
}

/** The option list of a vue-select: inside the widget, or appended to body and named by aria-controls. */
function optionsOf(widget: Element): HTMLElement[] {
  const inside = [...widget.querySelectorAll<HTMLElement>('.vs__dropdown-option')];
  if (inside.length) return inside;
  const listId = widget.querySelector('[aria-controls]')?.getAttribute('aria-controls');
  const list = listId ? widget.ownerDocument.getElementById(listId) : null;
  return list ? [...list.querySelectorAll<HTMLElement>('.vs__dropdown-option')] : [];
}

export function vueSelectValue(widget: Element): string {
  return [...widget.querySelectorAll('.vs__selected')].map((n) => (n.textContent ?? '').trim()).join(', ');
}

/**
 * Picks `wanted` in a vue-select: opens it the way the widget opens (mousedown on the toggle),
 * types the search, waits for an option whose text is `wanted`, clicks it. When no option matches
 * within `timeoutMs` it closes the list and leaves the field as it was: never the first option.
 */
export async function pickVueSelect(widget: HTMLElement, wanted: string, timeoutMs = 3000): Promise<boolean> {
  const search = widget.querySelector<HTMLInputElement>('input.vs__search, input');
  const toggle = widget.querySelector('.vs__dropdown-toggle') ?? widget;
  const target = normalizeText(wanted);
  mouse(toggle, 'mousedown');
  if (search) {
    fire(search, 'focus', { bubbles: false });
    setNativeValue(search, wanted);
    fire(search, 'input');
  }
  const watchRoot = widget.ownerDocument.body;
  const option = await waitFor(watchRoot, () => optionsOf(widget).find((o) => normalizeText(o.textContent) === target), timeoutMs);
  if (!option) {
    if (search) { setNativeValue(search, ''); fire(search, 'input'); fire(search, 'blur', { bubbles: false }); }
    return false;
  }
  mouse(option, 'mouseover');
  mouse(option, 'mousedown');
  mouse(option, 'mouseup');
  mouse(option, 'click');
  if (search) fire(search, 'blur', { bubbles: false });
  return normalizeText(vueSelectValue(widget)) === target || !!(await waitFor(widget, () => normalizeText(vueSelectValue(widget)) === target || null, 500));
}

/** Empties a vue-select through its own clear button (undo of a pick). */
export function clearVueSelect(widget: HTMLElement): boolean {
  const clear = widget.querySelector<HTMLElement>('.vs__clear');
  if (!clear) return vueSelectValue(widget) === '';
  mouse(clear, 'mousedown');
  mouse(clear, 'click');
  return true;
}

/** Reads what a field shows now, the way collect does. */
export function readValue(el: HTMLElement, control: ControlKind): string {
  if (control === 'vue-select') return vueSelectValue(el);
  if (control === 'select') {
    const s = el as HTMLSelectElement;
    const o = s.selectedIndex >= 0 ? s.options[s.selectedIndex] : null;
    return o && o.value !== '' ? (o.textContent ?? '').trim() : '';
  }
  return (el as HTMLInputElement).value ?? '';
}

/** Fills one field; `field` tells how (its control kind and shown format). */
export async function insertValue(el: HTMLElement, field: FieldDescriptor, value: string, opts: { optionTimeoutMs?: number } = {}): Promise<InsertOutcome> {
  const base = { fieldIndex: field.index };
  switch (field.control) {
    case 'vue-select': {
      const ok = await pickVueSelect(el, value, opts.optionTimeoutMs);
      return ok ? { ...base, ok, value } : { ...base, ok, value, problem: 'opsi-tidak-ditemukan' };
    }
    case 'select': {
      const ok = selectByText(el as HTMLSelectElement, value);
      return ok ? { ...base, ok, value } : { ...base, ok, value, problem: 'opsi-tidak-ditemukan' };
    }
    default: {
      const shown = formatForField(value, field.format, field.control);
      const input = el as HTMLInputElement | HTMLTextAreaElement;
      if (input.disabled || input.readOnly) return { ...base, ok: false, value: shown, problem: 'tidak-bisa-diisi' };
      typeText(input, shown);
      return { ...base, ok: true, value: shown };
    }
  }
}

export interface UndoSnapshot {
  readonly entries: readonly { readonly fieldIndex: number; readonly control: ControlKind; readonly value: string; readonly selectValue?: string }[];
}

/** What every field of the form holds before filling. */
export function takeSnapshot(form: CollectedForm): UndoSnapshot {
  return {
    entries: form.fields.map((f) => ({
      fieldIndex: f.index, control: f.control, value: readValue(form.elements[f.index]!, f.control),
      ...(f.control === 'select' ? { selectValue: (form.elements[f.index] as HTMLSelectElement).value } : {}),
    })),
  };
}

/** "Batalkan isian": every field back to what it held. Returns the indexes it could not restore. */
export async function restoreSnapshot(form: CollectedForm, snapshot: UndoSnapshot, opts: { optionTimeoutMs?: number } = {}): Promise<number[]> {
  const failed: number[] = [];
  for (const entry of snapshot.entries) {
    const el = form.elements[entry.fieldIndex];
    if (!el || !el.isConnected) { failed.push(entry.fieldIndex); continue; }
    if (readValue(el, entry.control) === entry.value) continue;
    if (entry.control === 'vue-select') {
      const ok = entry.value === '' ? clearVueSelect(el) : await pickVueSelect(el, entry.value, opts.optionTimeoutMs);
      if (!ok || readValue(el, entry.control) !== entry.value) failed.push(entry.fieldIndex);
    } else if (entry.control === 'select') {
      setNativeValue(el as HTMLSelectElement, entry.selectValue ?? '');
      fire(el, 'input');
      fire(el, 'change');
    } else {
      typeText(el as HTMLInputElement, entry.value);
    }
  }
  return failed;
}

/** Pure: the fills whose value is no longer there (a re-render dropped it). */
export function valuesThatDidNotStick(expected: readonly InsertOutcome[], now: ReadonlyMap<number, string>): number[] {
  return expected.filter((o) => o.ok && normalizeText(now.get(o.fieldIndex)) !== normalizeText(o.value)).map((o) => o.fieldIndex);
}

/** Waits `delayMs` (the moment a framework needs to re-render), then reads the fields again. */
export async function recheckAfter(form: CollectedForm, outcomes: readonly InsertOutcome[], delayMs = 400): Promise<number[]> {
  const view = form.root.ownerDocument.defaultView!;
  await new Promise((r) => view.setTimeout(r, delayMs));
  const now = new Map(outcomes.map((o) => {
    const el = form.elements[o.fieldIndex];
    return [o.fieldIndex, el && el.isConnected ? readValue(el, form.fields[o.fieldIndex]!.control) : ''] as const;
  }));
  return valuesThatDidNotStick(outcomes, now);
}

/** Fills the instructions one after the other (a dropdown must close before the next opens). */
export async function fillForm(form: CollectedForm, instructions: readonly FillInstruction[], opts: { optionTimeoutMs?: number } = {}): Promise<{ snapshot: UndoSnapshot; outcomes: InsertOutcome[] }> {
  const snapshot = takeSnapshot(form);
  const outcomes: InsertOutcome[] = [];
  for (const ins of instructions) {
    const field = form.fields[ins.fieldIndex];
    const el = form.elements[ins.fieldIndex];
    if (!field || !el) continue;
    outcomes.push(await insertValue(el, field, ins.value, opts));
  }
  return { snapshot, outcomes };
}
