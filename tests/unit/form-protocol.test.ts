// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formSignature, MAX_FORM_FIELDS, parseFormRequest } from '@/lib/overlay/form-protocol';
import { createFormRequests, describeForm, findFillRoot } from '@/lib/overlay/form-requests';
import { parseFormDescription, parseFormFillReply, parseFormUndoReply } from '@/lib/overlay/form-replies';
import { parseTabRequest } from '@/lib/overlay/tab-protocol';

/** The zod shape the hand-written request guard must agree with. */
const formRequest = z.discriminatedUnion('pk', [
  z.object({ pk: z.literal('form-describe') }),
  z.object({ pk: z.literal('form-undo') }),
  z.object({
    pk: z.literal('form-fill'), signature: z.string().max(64),
    fills: z.array(z.object({ index: z.number().int().min(0).max(MAX_FORM_FIELDS - 1), value: z.string().max(5000), overwrite: z.boolean() })).max(MAX_FORM_FIELDS),
  }),
]);

const fill = (index: unknown, value: unknown = 'x', overwrite: unknown = false) => ({ index, value, overwrite });
const SAMPLES: unknown[] = [
  null, 'form-describe', [], {}, { pk: 'form-describe' }, { pk: 'form-undo' }, { pk: 'form-undo', extra: 1 }, { pk: 'form-lain' },
  { pk: 'form-fill', signature: '3-abc', fills: [] }, { pk: 'form-fill', signature: '3-abc', fills: [fill(0), fill(199, 'y', true)] },
  { pk: 'form-fill', signature: 'x'.repeat(65), fills: [] }, { pk: 'form-fill', fills: [] }, { pk: 'form-fill', signature: 's', fills: 'x' },
  { pk: 'form-fill', signature: 's', fills: [fill(200)] }, { pk: 'form-fill', signature: 's', fills: [fill(-1)] }, { pk: 'form-fill', signature: 's', fills: [fill(1.5)] },
  { pk: 'form-fill', signature: 's', fills: [fill(0, 'x'.repeat(5001))] }, { pk: 'form-fill', signature: 's', fills: [fill(0, 5)] },
  { pk: 'form-fill', signature: 's', fills: [fill(0, 'x', 'ya')] }, { pk: 'form-fill', signature: 's', fills: [null] },
  { pk: 'form-fill', signature: 's', fills: Array.from({ length: 201 }, (_, i) => fill(i % 200)) },
];

describe('form request guard', () => {
  it.each(SAMPLES.map((s, i) => [i, s]))('agrees with zod (sample %s)', (_i, raw) => {
    const viaZod = formRequest.safeParse(raw);
    expect(parseFormRequest(raw)).toEqual(viaZod.success ? viaZod.data : null);
    // The tab protocol accepts the same form requests.
    expect(parseTabRequest(raw)).toEqual(viaZod.success ? viaZod.data : null);
  });
});

const EVIDEN = `
  <h1>Eviden</h1>
  <div class="modal fade show" style="display:block"><div class="modal-dialog"><div class="modal-content">
    <h5 class="modal-title">Eviden</h5>
    <div class="form-group"><label>Nama Eviden</label><input name="eviden"></div>
    <div class="form-group"><label>Bukti Eviden (Link ke file)</label><input name="bukti_eviden" value="lama"></div>
    <div class="form-group"><label>Satuan</label><select name="satuan"><option value="">Pilih</option><option value="1">Dokumen</option></select></div>
    <button type="button" class="btn btn-primary">OK</button>
  </div></div></div>
  <div class="modal fade" aria-hidden="true" style="display:none"><input name="tersembunyi"></div>`;

describe('form describe / fill / undo in the page', () => {
  it('describes the open modal as plain data the side panel accepts', () => {
    document.body.innerHTML = EVIDEN;
    const d = describeForm(document);
    expect(d.scope).toBe('modal');
    expect(d.fields.map((f) => f.name)).toEqual(['eviden', 'bukti_eviden', 'satuan']);
    expect(d.fields[2]!.options).toEqual(['Dokumen']);
    expect(parseFormDescription(JSON.parse(JSON.stringify(d)))).toEqual(d);
    expect(parseFormDescription({ ...d, scope: 'lain' })).toBeNull();
    expect(parseFormDescription({ ...d, fields: [{ ...d.fields[0], control: 'checkbox' }] })).toBeNull();
  });

  it('fills by index, leaves a filled field unless overwrite, reports a missing option, and undoes', async () => {
    document.body.innerHTML = EVIDEN;
    const forms = createFormRequests(document);
    const d = describeForm(document);
    const reply = await forms.answer({ pk: 'form-fill', signature: d.signature, fills: [
      { index: 0, value: 'Modul ajar', overwrite: false },
      { index: 1, value: 'https://drive.google.com/a', overwrite: false },
      { index: 2, value: 'Laporan', overwrite: false },
    ] });
    expect(parseFormFillReply(reply)).toEqual(reply);
    expect(reply).toMatchObject({ ok: true, didNotStick: [] });
    const outcomes = (reply as unknown as { outcomes: { index: number; ok: boolean; problem?: string }[] }).outcomes;
    expect(outcomes.find((o) => o.index === 0)).toMatchObject({ ok: true });
    expect(outcomes.find((o) => o.index === 1)).toMatchObject({ ok: false, problem: 'sudah-terisi' });
    expect(outcomes.find((o) => o.index === 2)).toMatchObject({ ok: false, problem: 'opsi-tidak-ditemukan' });
    const inputs = document.querySelectorAll<HTMLInputElement>('.modal.show input');
    expect([inputs[0]!.value, inputs[1]!.value]).toEqual(['Modul ajar', 'lama']);
    expect(document.querySelector<HTMLSelectElement>('select')!.value).toBe('');

    const again = await forms.answer({ pk: 'form-fill', signature: d.signature, fills: [{ index: 1, value: 'https://baru', overwrite: true }] });
    expect(again).toMatchObject({ ok: true });
    expect(inputs[1]!.value).toBe('https://baru');
    const undo = await forms.answer({ pk: 'form-undo' });
    expect(parseFormUndoReply(undo)).toEqual({ ok: true, failed: [] });
    expect(inputs[1]!.value).toBe('lama');
    expect(await forms.answer({ pk: 'form-undo' })).toEqual({ ok: false, reason: 'tidak-ada-isian' });
  });

  it('fills nothing when the form is not the one previewed', async () => {
    document.body.innerHTML = EVIDEN;
    const forms = createFormRequests(document);
    const before = describeForm(document).signature;
    document.querySelector('.modal.show .form-group label')!.textContent = 'Judul Bukti';
    expect(describeForm(document).signature).not.toBe(before);
    expect(await forms.answer({ pk: 'form-fill', signature: before, fills: [{ index: 0, value: 'x', overwrite: false }] })).toEqual({ ok: false, reason: 'form-berubah' });
    expect(document.querySelector<HTMLInputElement>('input[name=eviden]')!.value).toBe('');
  });

  it('takes the page form holding the focus when no modal is open', () => {
    document.body.innerHTML = `<form id="a"><label for="n1">Nama Bukti Dukung</label><input id="n1"></form>
      <form id="b"><label for="n2">Nama Bukti Dukung</label><input id="n2"></form>`;
    expect(findFillRoot(document).scope).toBe('page');
    document.getElementById('n2')!.focus();
    expect(findFillRoot(document)).toMatchObject({ scope: 'form', root: document.getElementById('b') });
    expect(describeForm(document).fields.map((f) => f.id)).toEqual(['n2']);
  });

  it('the signature changes with the fields', () => {
    const f = { control: 'text' as const, name: 'a', id: '', labelFor: 'A', labelWrap: '', labelGroup: '', ariaLabel: '', placeholder: '' };
    expect(formSignature([f])).toBe(formSignature([{ ...f }]));
    expect(formSignature([f])).not.toBe(formSignature([{ ...f, name: 'b' }]));
  });
});
