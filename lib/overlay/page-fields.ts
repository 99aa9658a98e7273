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

function allByPhrase(root: ParentNode, phrase: string): Field[] {
  const out: Field[] = [];
  for (const label of root.querySelectorAll('label')) {
    if (norm(text(label)).startsWith(phrase)) {
      const c = controlFor(label as HTMLLabelElement);
      if (c && !out.includes(c)) out.push(c);
    }
  }
  if (out.length) return out;
  for (const el of root.querySelectorAll<Field>('input, textarea')) {
    const hint = norm(`${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('placeholder') ?? ''}`);
    if (hint.includes(phrase)) out.push(el);
  }
  return out;
}

/**
 * The Nama/Link pair to fill. e-Kinerja shows one pair per RHK: prefer the pair the person is
 * working in (focus inside its card), then the first pair still empty, then the first.
 */
export function findLinkFields(doc: Document): { name: Field; link: Field } | null {
  const pairs: { name: Field; link: Field; box: Element | null }[] = [];
  for (const name of allByPhrase(doc, 'nama bukti dukung')) {
    const box = name.closest('[data-rhk-id], .card, fieldset, form, section');
    const link = allByPhrase(box ?? doc, 'link bukti dukung')[0];
    if (link) pairs.push({ name, link, box });
  }
  const active = doc.activeElement;
  return pairs.find((p) => p.box && active && p.box.contains(active))
    ?? pairs.find((p) => !p.name.value && !p.link.value)
    ?? pairs[0] ?? null;
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
