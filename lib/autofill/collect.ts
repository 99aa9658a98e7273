/**
 * Step 1 of 3 (collect): find the form in front of the user and describe each of its fields from
 * several weak signals. Reads the DOM only; writes nothing. The descriptors are plain data so the
 * matcher and the preview are pure.
 */
import type { ControlKind } from './forms';
import { normalizeText } from './normalize';

export interface FieldDescriptor {
  /** Position in the form, in document order. */
  readonly index: number;
  readonly control: ControlKind;
  readonly name: string;
  readonly id: string;
  /** `name` is used by another field of the same form too (the live modal's three `date` inputs). */
  readonly nameShared: boolean;
  /** Label texts as read (not normalised), by where they came from. */
  readonly labelFor: string;
  readonly labelWrap: string;
  readonly labelGroup: string;
  readonly ariaLabel: string;
  readonly placeholder: string;
  /** The nearest heading of the field's section inside the form. */
  readonly section: string;
  /** What the field holds now (a select's chosen option text; a vue-select's selected text). */
  readonly value: string;
  readonly disabled: boolean;
  /** A native select's option texts. */
  readonly options?: readonly string[];
  /** The date/time format the field shows (e.g. DD-MM-YYYY, HH:mm), when it is a date or time field. */
  readonly format?: string;
}

export interface CollectedForm {
  /** The form root: the visible modal, or the page body minus every modal. */
  readonly root: Element;
  /** The modal's title or the form's heading. */
  readonly title: string;
  readonly fields: readonly FieldDescriptor[];
  /** The elements, by descriptor index (for the insert step). */
  readonly elements: readonly HTMLElement[];
}

/** Visible, for a modal: Bootstrap's `.show`, not aria-hidden, not display:none. */
export function isVisibleModal(el: Element): boolean {
  if (!el.classList.contains('show')) return false;
  if (el.getAttribute('aria-hidden') === 'true') return false;
  const html = el as HTMLElement;
  if (html.hidden || html.style?.display === 'none') return false;
  const view = el.ownerDocument.defaultView;
  const display = view?.getComputedStyle(el).display;
  return display !== 'none';
}

/**
 * The form in front of the user: the top-most visible `.modal.show` when a modal is open (a
 * hidden one, like the live site's "Mohon Maaf" box, is never it), else the page outside modals.
 */
export function findActiveForm(doc: Document): Element {
  const modals = [...doc.querySelectorAll('.modal')].filter(isVisibleModal);
  return modals.at(-1) ?? doc.body;
}

const FIELD_SELECTOR = 'input, textarea, select, .v-select';
const SKIPPED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file', 'checkbox', 'radio', 'search']);
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, legend, .card-header, .section-title';

function isField(el: Element, root: Element): boolean {
  if (el.classList.contains('v-select')) return true;
  if (el.closest('.v-select')) return false; // the search box of a vue-select is part of that widget
  // Outside a modal root, fields of (hidden) modals are not on the page the user sees.
  if (root.tagName === 'BODY' && el.closest('.modal')) return false;
  if (el.closest('[hidden]') || (el as HTMLElement).style?.display === 'none') return false;
  if (el.tagName === 'INPUT') return !SKIPPED_INPUT_TYPES.has(((el as HTMLInputElement).type || 'text').toLowerCase());
  return true;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function controlKind(el: Element, hints: string): ControlKind {
  if (el.classList.contains('v-select')) return 'vue-select';
  if (el.tagName === 'TEXTAREA') return 'textarea';
  if (el.tagName === 'SELECT') return 'select';
  const input = el as HTMLInputElement;
  const type = (input.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'date') return 'date';
  if (type === 'time') return 'time';
  const placeholder = input.placeholder ?? '';
  const picker = el.classList.contains('mx-input') || !!el.closest('.mx-datepicker, .datepicker, .flatpickr');
  if (/\bHH\b|\bhh\b/.test(placeholder) || (picker && /\bjam\b|\bwaktu\b|\btime\b/.test(hints))) return 'time';
  if (picker || /YYYY|DD|dd\/mm|yyyy/.test(placeholder)) return 'date';
  return 'text';
}

function formatOf(el: Element, control: ControlKind): string | undefined {
  if (control !== 'date' && control !== 'time') return undefined;
  const input = el as HTMLInputElement;
  const type = (input.getAttribute('type') ?? '').toLowerCase();
  if (type === 'date') return 'YYYY-MM-DD';
  if (type === 'time') return 'HH:mm';
  const declared = input.getAttribute('data-format') ?? input.placeholder ?? '';
  if (/(YYYY|DD|MM|HH|mm)/.test(declared)) return declared.trim();
  // The shape of what it shows now, e.g. 05/12/2026.
  const v = input.value;
  if (/^\d{2}\/\d{2}\/\d{4}$/.test(v)) return 'DD/MM/YYYY';
  if (/^\d{2}-\d{2}-\d{4}$/.test(v)) return 'DD-MM-YYYY';
  return control === 'time' ? 'HH:mm' : 'YYYY-MM-DD';
}

function currentValue(el: Element, control: ControlKind): string {
  if (control === 'vue-select') return [...el.querySelectorAll('.vs__selected')].map(text).join(', ');
  if (control === 'select') {
    const s = el as HTMLSelectElement;
    const option = s.selectedIndex >= 0 ? s.options[s.selectedIndex] : null;
    // A placeholder option ("-- Pilih --") with an empty value counts as empty.
    return option && option.value !== '' ? text(option) : '';
  }
  return (el as HTMLInputElement).value ?? '';
}

/** Label text by `for`, from one pass over the labels (the root's first, then the document's). */
function labelsByFor(root: Element): Map<string, string> {
  const map = new Map<string, string>();
  for (const scope of [root, root.ownerDocument.documentElement]) {
    for (const l of scope.querySelectorAll('label')) {
      const id = l.getAttribute('for');
      if (id && !map.has(id)) map.set(id, text(l));
    }
  }
  return map;
}

function labelWrapText(el: Element): string {
  const label = el.closest('label');
  if (!label) return '';
  const clone = label.cloneNode(true) as Element;
  clone.querySelectorAll('input, textarea, select, option, .v-select').forEach((n) => n.remove());
  return text(clone);
}

const LABEL_LIKE = 'label, legend, .form-label, .control-label, .col-form-label, strong, b, .label';

/**
 * The label text of the surrounding form group, column or sibling div: walk up from the field while
 * the container holds no other field; at each level look inside for a label-like element and at the
 * previous siblings for text without fields.
 */
function groupLabelText(el: Element, root: Element, fieldCount: (n: Element) => number): string {
  let node: Element | null = el;
  for (let depth = 0; node && node !== root && depth < 5; depth++) {
    const parent: Element | null = node.parentElement;
    // Previous siblings that hold text but no field: "<div class=col-3>Tanggal</div><div class=col-9><input>".
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (fieldCount(sib) > 0) break;
      if (sib.matches(HEADING_SELECTOR) && !sib.matches('label, legend')) break;
      const t = text(sib);
      if (t) return t;
    }
    if (!parent || parent === root || fieldCount(parent) > 1) break;
    const label = [...parent.querySelectorAll(LABEL_LIKE)].find((l) => !l.contains(el) && fieldCount(l) === 0);
    if (label && text(label)) return text(label);
    node = parent;
  }
  return '';
}

function ariaLabelText(el: Element): string {
  const direct = el.getAttribute('aria-label') ?? el.querySelector('[aria-label]')?.getAttribute('aria-label');
  if (direct) return direct.trim();
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return '';
  return ids.split(/\s+/).map((id) => text(el.ownerDocument.getElementById(id))).join(' ').trim();
}

/**
 * The nearest heading before each field inside the form root (its section's title): one pass over
 * the headings in document order, merged with the fields (also in document order). A fieldset's
 * legend wins for the fields inside it.
 */
function sectionTexts(fields: readonly Element[], root: Element): string[] {
  const headings = [...root.querySelectorAll(HEADING_SELECTOR)].filter((h) => !h.closest('.modal-header') && !h.matches('legend'));
  const following = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4) !== 0; // b follows a
  let h = -1;
  return fields.map((el) => {
    while (h + 1 < headings.length && following(headings[h + 1]!, el)) h++;
    const legend = el.closest('fieldset')?.querySelector(':scope > legend');
    if (legend && root.contains(legend)) return text(legend);
    return h >= 0 ? text(headings[h]) : '';
  });
}

function formTitle(root: Element): string {
  return text(root.querySelector('.modal-title, h5, h4, h3, h2, h1, strong.h5'));
}

/** Step 1: describe every fillable field of the form in front of the user. */
export function collectForm(doc: Document, root: Element = findActiveForm(doc)): CollectedForm {
  const elements = [...root.querySelectorAll(FIELD_SELECTOR)].filter((el) => isField(el, root)) as HTMLElement[];
  // How many collected fields each element holds, counted once up each field's ancestor chain.
  const counts = new Map<Element, number>();
  for (const el of elements) for (let n: Element | null = el; n; n = n.parentElement) counts.set(n, (counts.get(n) ?? 0) + 1);
  const fieldCount = (n: Element) => counts.get(n) ?? 0;
  const byFor = labelsByFor(root);
  const sections = sectionTexts(elements, root);
  const names = new Map<string, number>();
  for (const el of elements) {
    const name = el.getAttribute('name') ?? el.querySelector('[name]')?.getAttribute('name') ?? '';
    if (name) names.set(name, (names.get(name) ?? 0) + 1);
  }
  const fields = elements.map((el, index): FieldDescriptor => {
    const inner = el.classList.contains('v-select') ? el.querySelector('input') : el;
    const name = el.getAttribute('name') ?? inner?.getAttribute('name') ?? '';
    const id = el.getAttribute('id') ?? inner?.getAttribute('id') ?? '';
    const labelFor = byFor.get((inner ?? el).getAttribute('id') ?? '') ?? byFor.get(el.getAttribute('id') ?? '') ?? '';
    const labelWrap = labelWrapText(el);
    const labelGroup = groupLabelText(el, root, fieldCount);
    const ariaLabel = ariaLabelText(el);
    const placeholder = (inner as HTMLInputElement | null)?.getAttribute?.('placeholder') ?? '';
    const hints = normalizeText([labelFor, labelWrap, labelGroup, ariaLabel, placeholder].join(' '));
    const control = controlKind(el, hints);
    const descriptor: FieldDescriptor = {
      index, control, name, id,
      nameShared: !!name && (names.get(name) ?? 0) > 1,
      labelFor, labelWrap, labelGroup, ariaLabel, placeholder,
      section: sections[index]!,
      value: currentValue(el, control),
      disabled: (inner as HTMLInputElement | null)?.disabled === true || el.classList.contains('vs--disabled'),
      ...(control === 'select' ? { options: [...(el as HTMLSelectElement).options].filter((o) => o.value !== '').map(text) } : {}),
      ...(control === 'date' || control === 'time' ? { format: formatOf(el, control) } : {}),
    };
    return descriptor;
  });
  return { root, title: formTitle(root), fields, elements };
}

/** The words a teacher would recognise a field by, for the preview. */
export function displayLabel(field: FieldDescriptor): string {
  return field.labelFor || field.labelWrap || field.labelGroup || field.ariaLabel || field.placeholder || field.name || field.id || `#${field.index + 1}`;
}
