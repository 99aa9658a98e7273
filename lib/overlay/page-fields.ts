/**
 * The page's own evidence fields, for the content script: file inputs (Ruang GTK, e-Kinerja)
 * and e-Kinerja's "Nama Bukti Dukung" / "Link Bukti Dukung". Found by one querySelectorAll
 * when asked (panel open, page change, frame request) — no MutationObserver. Values are put
 * in the way the page's framework listens for; nothing is ever submitted.
 */
const LABEL_MAX = 120;

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The words a person would use for this input: its label, aria-label, or the heading of its section. */
export function describeFileInput(input: HTMLInputElement): string {
  const label = text(input.labels?.[0]) || input.getAttribute('aria-label') || input.title;
  if (label) return label.slice(0, LABEL_MAX);
  const section = input.closest('section, form, fieldset, [role="dialog"], article');
  const heading = section?.querySelector('h1, h2, h3, h4, legend, label');
  const button = input.parentElement?.querySelector('button');
  return (text(heading) || text(button) || '').slice(0, LABEL_MAX);
}

export function findFileInputs(doc: Document): HTMLInputElement[] {
  return [...doc.querySelectorAll<HTMLInputElement>('input[type="file"]')].filter((i) => !i.disabled && !i.closest('pendamping-kinerja'));
}

/** Puts the file into the input as if chosen in the file dialog, then tells the page. */
export function attachFile(input: HTMLInputElement, file: File): boolean {
  const dt = new DataTransfer();
  dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return input.files?.length === 1;
}

type Field = HTMLInputElement | HTMLTextAreaElement;

function controlFor(label: HTMLLabelElement): Field | null {
  const c = label.control ?? label.querySelector('input, textarea');
  return c instanceof HTMLInputElement || c instanceof HTMLTextAreaElement ? c : null;
}

function findByPhrase(doc: Document, phrase: string): Field | null {
  for (const label of doc.querySelectorAll('label')) {
    if (norm(text(label)).startsWith(phrase)) {
      const c = controlFor(label as HTMLLabelElement);
      if (c) return c;
    }
  }
  for (const el of doc.querySelectorAll<Field>('input, textarea')) {
    const hint = norm(`${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('placeholder') ?? ''}`);
    if (hint.includes(phrase)) return el;
  }
  return null;
}

export function findLinkFields(doc: Document): { name: Field; link: Field } | null {
  const name = findByPhrase(doc, 'nama bukti dukung');
  const link = findByPhrase(doc, 'link bukti dukung');
  return name && link ? { name, link } : null;
}

/** Vue and React keep their own copy of the value: set it through the prototype's setter, then fire the events they listen to. */
export function setFieldValue(el: Field, value: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

export function fillLinkFields(doc: Document, name: string, url: string): boolean {
  const fields = findLinkFields(doc);
  if (!fields) return false;
  setFieldValue(fields.name, name);
  setFieldValue(fields.link, url);
  return fields.name.value === name && fields.link.value === url;
}
