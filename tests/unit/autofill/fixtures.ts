import fs from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/forms');

/** Puts a fixture form markup (tests/fixtures/forms) into the happy-dom document. */
export function loadForm(name: string): Document {
  document.body.innerHTML = fs.readFileSync(path.join(DIR, name), 'utf8');
  return document;
}

export function fixtureNames(): string[] {
  return fs.readdirSync(DIR).filter((f) => f.endsWith('.html')).sort();
}

/**
 * A stand-in for vue-select 4 (Vue 3) with the behaviour the driver must cope with: it opens only
 * on mousedown (a click does nothing), renders its options `delayMs` after opening or typing (as
 * when they come from the server), filters by the search text (or, with `filter` off, lists every
 * option whatever is typed, as a server-side search can), picks on click, clears with ×.
 */
export function mountFakeVueSelect(widget: HTMLElement, options: readonly string[], delayMs = 80, filter = true): { opened: () => number; picks: () => string[] } {
  const toggle = widget.querySelector('.vs__dropdown-toggle')!;
  const search = widget.querySelector<HTMLInputElement>('input.vs__search')!;
  const list = widget.querySelector('ul') ?? widget.appendChild(document.createElement('ul'));
  const clear = widget.querySelector<HTMLButtonElement>('.vs__clear');
  let open = false;
  let opened = 0;
  const picks: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const render = () => {
    clearTimeout(timer);
    list.innerHTML = '';
    if (!open) return;
    timer = setTimeout(() => {
      const q = search.value.toLowerCase();
      for (const o of options.filter((x) => !filter || x.toLowerCase().includes(q))) {
        const li = document.createElement('li');
        li.className = 'vs__dropdown-option';
        li.setAttribute('role', 'option');
        li.textContent = o;
        li.addEventListener('click', () => select(o));
        list.appendChild(li);
      }
    }, delayMs);
  };
  const select = (o: string) => {
    picks.push(o);
    widget.querySelector('.vs__selected')?.remove();
    const span = document.createElement('span');
    span.className = 'vs__selected';
    span.textContent = o;
    search.before(span);
    search.value = '';
    open = false;
    render();
  };
  toggle.addEventListener('mousedown', () => { open = true; opened++; render(); });
  search.addEventListener('input', () => { if (open) render(); });
  clear?.addEventListener('click', () => { widget.querySelector('.vs__selected')?.remove(); });
  return { opened: () => opened, picks: () => picks };
}
