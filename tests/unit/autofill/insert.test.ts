// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { collectForm } from '@/lib/autofill/collect';
import {
  assertNotAButton, fillForm, formatForField, pickVueSelect, recheckAfter, restoreSnapshot, selectByText, valuesThatDidNotStick,
} from '@/lib/autofill/insert';
import { loadForm, mountFakeVueSelect } from './fixtures';

const RA = ['Menyusun modul ajar Desember 2026', 'Melaksanakan pembelajaran', 'Menilai hasil belajar'];

function progressForm() {
  const doc = loadForm('progress-harian-modal.html');
  const widget = doc.querySelector<HTMLElement>('#modalProgress .v-select')!;
  const fake = mountFakeVueSelect(widget, RA, 120);
  const okButtons = [...doc.querySelectorAll('button')].filter((b) => /^(OK|Close)$/.test(b.textContent ?? ''));
  const pressed = vi.fn();
  okButtons.forEach((b) => b.addEventListener('click', pressed));
  return { doc, widget, fake, pressed, form: collectForm(doc) };
}

describe('text fields', () => {
  it('sets the value through the native setter and sends input, change, blur in that order', async () => {
    const { form } = progressForm();
    const el = form.elements[4] as HTMLTextAreaElement;
    const seen: string[] = [];
    for (const type of ['input', 'change', 'blur']) el.addEventListener(type, () => seen.push(`${type}:${el.value}`));
    // A framework-style tracker on the instance: assigning el.value would go through it and hide the change.
    let tracked = '';
    Object.defineProperty(el, 'value', { configurable: true, get() { return Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.get!.call(this); }, set(v) { tracked = v; } });
    const { outcomes } = await fillForm(form, [{ fieldIndex: 4, value: 'Mengajar kelas 7A' }]);
    expect(outcomes).toEqual([{ fieldIndex: 4, ok: true, value: 'Mengajar kelas 7A' }]);
    expect(seen).toEqual(['input:Mengajar kelas 7A', 'change:Mengajar kelas 7A', 'blur:Mengajar kelas 7A']);
    expect(tracked).toBe(''); // the prototype setter was used, not the instance's
  });

  it('types dates and times in the format the field shows', () => {
    expect(formatForField('2026-12-07', 'DD-MM-YYYY', 'date')).toBe('07-12-2026');
    expect(formatForField('2026-12-07', 'D/M/YYYY', 'date')).toBe('7/12/2026');
    expect(formatForField('7:05', 'HH:mm', 'time')).toBe('07:05');
    expect(formatForField('07.30', 'HH:mm', 'time')).toBe('07:30');
    expect(formatForField('besok', 'DD-MM-YYYY', 'date')).toBe('besok');
  });

  it('fills the edit-mode modal\'s DD-MM-YYYY date picker in that format', async () => {
    const form = collectForm(loadForm('progress-harian-missing.html'));
    const { outcomes } = await fillForm(form, [{ fieldIndex: 0, value: '2026-12-07' }]);
    expect((form.elements[0] as HTMLInputElement).value).toBe('07-12-2026');
    expect(outcomes[0]!.value).toBe('07-12-2026');
  });

  it('refuses a disabled field', async () => {
    const { form } = progressForm();
    const { outcomes } = await fillForm(form, [{ fieldIndex: 5, value: 'lain' }]);
    expect(outcomes[0]).toMatchObject({ ok: false, problem: 'tidak-bisa-diisi' });
    expect((form.elements[5] as HTMLInputElement).value).toBe('ekinerja');
  });
});

describe('native selects', () => {
  it('picks by option text, whatever the case; reports a missing option and leaves the select alone', () => {
    const { form } = progressForm();
    const select = form.elements[7] as HTMLSelectElement;
    const changes = vi.fn();
    select.addEventListener('change', changes);
    expect(selectByText(select, 'dokumen')).toBe(true);
    expect(select.value).toBe('2');
    expect(changes).toHaveBeenCalledTimes(1);
    expect(selectByText(select, 'Lembar')).toBe(false);
    expect(select.value).toBe('2');
  });
});

describe('vue-select driver', () => {
  it('opens by mousedown, types, waits for the late options and clicks the matching one', async () => {
    const { widget, fake, pressed } = progressForm();
    const started = performance.now();
    expect(await pickVueSelect(widget, 'Melaksanakan pembelajaran', 2000)).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(100); // it did wait for the options (rendered after 120 ms)
    expect(performance.now() - started).toBeLessThan(1500);          // and not for the timeout
    expect(fake.opened()).toBe(1);
    expect(fake.picks()).toEqual(['Melaksanakan pembelajaran']);
    expect(widget.querySelector('.vs__selected')?.textContent).toBe('Melaksanakan pembelajaran');
    expect(pressed).not.toHaveBeenCalled();
  });

  it('a click alone would not open this widget (the reason for mousedown)', async () => {
    const { widget, fake } = progressForm();
    widget.querySelector('.vs__dropdown-toggle')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.opened()).toBe(0);
    expect(widget.querySelectorAll('.vs__dropdown-option')).toHaveLength(0);
  });

  it('no matching option: left empty and reported, never the first option (even with every option on show)', async () => {
    const doc = loadForm('progress-harian-modal.html');
    const widget = doc.querySelector<HTMLElement>('#modalProgress .v-select')!;
    const fake = mountFakeVueSelect(widget, RA, 50, false);
    const form = collectForm(doc);
    const { outcomes } = await fillForm(form, [{ fieldIndex: 0, value: 'Rencana yang tidak ada' }], { optionTimeoutMs: 400 });
    expect(outcomes).toEqual([{ fieldIndex: 0, ok: false, value: 'Rencana yang tidak ada', problem: 'opsi-tidak-ditemukan' }]);
    expect(fake.picks()).toEqual([]);
    expect(widget.querySelector('.vs__selected')).toBeNull();
    expect((widget.querySelector('input.vs__search') as HTMLInputElement).value).toBe('');
  });

  it('an option that only contains the words is not taken', async () => {
    const { widget, fake } = progressForm();
    expect(await pickVueSelect(widget, 'Menyusun modul ajar', 400)).toBe(false);
    expect(fake.picks()).toEqual([]);
  });
});

describe('undo, re-check and buttons', () => {
  it('restores every field to what it held, the dropdown too', async () => {
    const { form, widget } = progressForm();
    (form.elements[8] as HTMLInputElement).value = 'https://drive.google.com/lama';
    const fresh = collectForm(form.root.ownerDocument);
    const { snapshot, outcomes } = await fillForm(fresh, [
      { fieldIndex: 0, value: 'Menilai hasil belajar' },
      { fieldIndex: 1, value: '2026-12-07' },
      { fieldIndex: 2, value: '07:00' },
      { fieldIndex: 4, value: 'Mengajar' },
      { fieldIndex: 7, value: 'Jam' },
      { fieldIndex: 8, value: 'https://drive.google.com/baru' },
    ], { optionTimeoutMs: 1000 });
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(widget.querySelector('.vs__selected')?.textContent).toBe('Menilai hasil belajar');
    const failed = await restoreSnapshot(fresh, snapshot);
    expect(failed).toEqual([]);
    const after = collectForm(form.root.ownerDocument).fields.map((f) => f.value);
    expect(after).toEqual(['', '', '', '', '', 'ekinerja', '', '', 'https://drive.google.com/lama']);
  });

  it('reports values a re-render dropped a moment later', async () => {
    const { form } = progressForm();
    const kegiatan = form.elements[4] as HTMLTextAreaElement;
    // The page's framework re-renders the textarea from its own (stale) state 50 ms after a change.
    kegiatan.addEventListener('change', () => setTimeout(() => { kegiatan.value = ''; }, 50));
    const { outcomes } = await fillForm(form, [{ fieldIndex: 4, value: 'Mengajar' }, { fieldIndex: 8, value: 'https://x.test/a' }]);
    expect(await recheckAfter(form, outcomes, 150)).toEqual([4]);
  });

  it('the pure comparison ignores case and spacing, and skips fills that had failed', () => {
    const outcomes = [
      { fieldIndex: 1, ok: true, value: 'Jam ' }, { fieldIndex: 2, ok: true, value: 'x' }, { fieldIndex: 3, ok: false, value: 'y', problem: 'opsi-tidak-ditemukan' as const },
    ];
    expect(valuesThatDidNotStick(outcomes, new Map([[1, 'JAM'], [2, ''], [3, '']]))).toEqual([2]);
  });

  it('never presses a page button', () => {
    const { doc } = progressForm();
    const ok = [...doc.querySelectorAll('#modalProgress button')].find((b) => b.textContent === 'OK')!;
    expect(() => assertNotAButton(ok)).toThrow(/refused/);
    const submit = doc.createElement('input');
    submit.type = 'submit';
    expect(() => assertNotAButton(submit)).toThrow();
    expect(() => assertNotAButton(doc.querySelector('.vs__clear')!)).not.toThrow();
  });
});
