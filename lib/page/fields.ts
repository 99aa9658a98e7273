/**
 * The page's own fields, found by the words of their labels (lib/sites/vocabulary.ts) as each
 * adapter lists them (FieldSpec), then by the `name` attributes seen on the live site. Found by a
 * few querySelectorAll calls when asked (panel open, page change, frame request), never watched.
 */
import type { FieldSpec, PageAdapter } from '../sites/adapter';
import { ekinEviden } from '../sites/adapters/ekin-eviden';
import { phraseScore, wordsOf } from '../sites/vocabulary';
import { isHidden, openModal } from './visible';

export type Field = HTMLInputElement | HTMLTextAreaElement;

const LABEL_MAX = 200;

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, LABEL_MAX);
}

function isField(el: unknown): el is Field {
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
}

function controlFor(label: HTMLLabelElement): Field | null {
  const c = label.control ?? label.querySelector('input, textarea');
  if (isField(c)) return c;
  // A label without `for` beside its control, as Mazer's form-groups often are.
  const group = label.closest('.form-group, [role="group"]');
  const near = group?.querySelector('input:not([type="hidden"]), textarea');
  return isField(near) ? near : null;
}

function labelMatches(spec: FieldSpec, words: readonly string[]): boolean {
  for (const phrase of spec.labels) if (phraseScore(wordsOf(phrase), words) > 0) return true;
  return false;
}

/** Every visible control in `root` the spec names, by label words, then `name`, then aria-label/placeholder. */
export function findFields(root: ParentNode, spec: FieldSpec): Field[] {
  const out: Field[] = [];
  for (const label of root.querySelectorAll('label, legend')) {
    if (isHidden(label) || !labelMatches(spec, wordsOf(text(label)))) continue;
    const c = label instanceof HTMLLabelElement ? controlFor(label) : null;
    if (c && !isHidden(c) && !out.includes(c)) out.push(c);
  }
  if (out.length) return out;
  for (const name of spec.names ?? []) {
    for (const el of root.querySelectorAll(`input[name="${name}"], textarea[name="${name}"]`)) {
      if (isField(el) && !isHidden(el) && !out.includes(el)) out.push(el);
    }
  }
  if (out.length) return out;
  for (const el of root.querySelectorAll('input, textarea')) {
    if (!isField(el) || isHidden(el)) continue;
    const hint = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('placeholder') ?? ''}`;
    if (labelMatches(spec, wordsOf(hint))) out.push(el);
  }
  return out;
}

function specOf(adapter: PageAdapter, key: FieldSpec['key']): FieldSpec | undefined {
  for (const f of adapter.fields ?? []) if (f.key === key) return f;
  return undefined;
}

export interface LinkFields {
  readonly name: Field;
  readonly link: Field;
}

/**
 * The Nama/Link pair to fill, scoped to where the user works: inside the open modal when one is
 * shown (e-Kinerja 2026: the row's "Bukti Dukung" button opens it), else among the inline pairs
 * (one per RHK card: the pair the person is working in, then the first whose fields to fill are
 * still empty, then the first). Never a field of a closed modal. `need` says which fields will be
 * filled: on a changed page the teacher confirms Nama and Link one at a time, and the second
 * goes to the same card as the first.
 */
export function findLinkFields(doc: Document, adapter: PageAdapter = ekinEviden, need = { name: true, link: true }): LinkFields | null {
  const nameSpec = specOf(adapter, 'nama-bukti');
  const linkSpec = specOf(adapter, 'link-bukti');
  if (!nameSpec || !linkSpec) return null;
  const modal = openModal(doc);
  if (modal) {
    const name = findFields(modal, nameSpec)[0];
    const link = findFields(modal, linkSpec)[0];
    return name && link ? { name, link } : null;
  }
  const pairs: { name: Field; link: Field; box: Element | null }[] = [];
  for (const name of findFields(doc, nameSpec)) {
    const box = name.closest('[data-rhk-id], .card, fieldset, form, section');
    const link = findFields(box ?? doc, linkSpec)[0];
    if (link) pairs.push({ name, link, box });
  }
  const active = doc.activeElement;
  return pairs.find((p) => p.box && active && p.box.contains(active))
    ?? pairs.find((p) => (!need.name || !p.name.value) && (!need.link || !p.link.value))
    ?? pairs[0] ?? null;
}

export interface PageFieldReport {
  /** Field keys found where the user can reach them now (the open modal, or the page). */
  readonly found: readonly FieldSpec['key'][];
  /** Inline fields the adapter expects and the page does not show: the page has changed. */
  readonly missing: readonly FieldSpec['key'][];
  /** Fields that live in a modal not open now (opened from a table row). */
  readonly behindModal: readonly FieldSpec['key'][];
}

/**
 * Which of the adapter's fields the page shows. A field reachable only in a modal is not missing
 * while the modal is closed; a field reachable inline or in a modal is missing only when neither
 * shows it and no row could open it.
 */
export function findPageFields(doc: Document, adapter: PageAdapter): PageFieldReport {
  const found: FieldSpec['key'][] = [];
  const missing: FieldSpec['key'][] = [];
  const behindModal: FieldSpec['key'][] = [];
  const modal = openModal(doc);
  for (const spec of adapter.fields ?? []) {
    const root = modal && spec.reach.includes('modal') ? modal : doc;
    if (findFields(root, spec).length || (spec.key === 'upload' && root.querySelector('input[type="file"]'))) found.push(spec.key);
    else if (spec.reach.includes('modal') && !modal) behindModal.push(spec.key);
    else missing.push(spec.key);
  }
  return { found, missing, behindModal };
}
