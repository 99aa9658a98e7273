/** The page's file inputs (Ruang GTK's "Unggah Dokumen", e-Kinerja's "Unggah Bukti"), visible ones only. */
import { isHidden } from './visible';

const LABEL_MAX = 120;

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The words a person would use for this input: its label, aria-label, or the heading of its section. */
export function describeFileInput(input: HTMLInputElement): string {
  const label = text(input.labels?.[0]) || input.getAttribute('aria-label') || input.title;
  if (label) return label.slice(0, LABEL_MAX);
  const section = input.closest('section, form, fieldset, [role="dialog"], article');
  const heading = section?.querySelector('h1, h2, h3, h4, h5, legend, label');
  const button = input.parentElement?.querySelector('button');
  return (text(heading) || text(button) || '').slice(0, LABEL_MAX);
}

/**
 * File inputs are usually hidden behind an "Unggah" button (display:none on the input itself), so
 * only a closed modal or hidden section around the input rules it out, not the input's own hiding.
 */
export function findFileInputs(doc: Document): HTMLInputElement[] {
  const out: HTMLInputElement[] = [];
  for (const input of doc.querySelectorAll<HTMLInputElement>('input[type="file"]')) {
    if (input.disabled || isHidden(input.parentElement ?? input)) continue;
    out.push(input);
  }
  return out;
}
