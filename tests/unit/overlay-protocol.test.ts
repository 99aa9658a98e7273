// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/define';
import { decodePillStatus, encodePillStatus, parseUiPrefs, SIDE_PANEL_BEAT, sidePanelFresh, UI_PREFS_KEYS } from '@/lib/overlay/ui-prefs';
import {
  ATTACH_SLICE_BYTES, createSliceCollector, isPageChanged, parsePageReply, parseTabRequest, type AttachSlice,
} from '@/lib/overlay/tab-protocol';
import { answerTabRequest, type TabRequestContext } from '@/lib/overlay/tab-requests';
import { createFormRequests } from '@/lib/overlay/form-requests';
import { openSidePanelFor, sidePanelFits, syncSidePanelForTab, type SidePanelApi } from '@/lib/overlay/side-panel';

/** The zod shape the hand-written guard must agree with, value by value. */
const uiPrefsSchema = z.object({
  [UI_PREFS_KEYS.locale]: z.enum(LOCALES).optional().catch(undefined),
  [UI_PREFS_KEYS.overlaySide]: z.enum(['right', 'left']).catch('right').default('right'),
  [UI_PREFS_KEYS.pillStatus]: z.string().regex(/^(perencanaan|pelaksanaan|penilaian):\d{1,4}$/)
    .transform((s) => ({ stage: s.split(':')[0], daysLeft: Number(s.split(':')[1]) })).nullable().catch(null).default(null),
});

const SAMPLES: unknown[] = [
  undefined, null, 'x', 42, [], {},
  { [UI_PREFS_KEYS.locale]: 'en' }, { [UI_PREFS_KEYS.locale]: 'id' }, { [UI_PREFS_KEYS.locale]: 'fr' }, { [UI_PREFS_KEYS.locale]: 1 },
  { [UI_PREFS_KEYS.overlaySide]: 'left' }, { [UI_PREFS_KEYS.overlaySide]: 'right' }, { [UI_PREFS_KEYS.overlaySide]: 'LEFT' }, { [UI_PREFS_KEYS.overlaySide]: null },
  { [UI_PREFS_KEYS.pillStatus]: 'pelaksanaan:12' }, { [UI_PREFS_KEYS.pillStatus]: 'pelaksanaan:' }, { [UI_PREFS_KEYS.pillStatus]: 'lain:3' },
  { [UI_PREFS_KEYS.pillStatus]: 'penilaian:0', other: 1 }, { [UI_PREFS_KEYS.pillStatus]: 'penilaian:-1' }, { [UI_PREFS_KEYS.pillStatus]: 5 },
];

describe('UI prefs guard', () => {
  it.each(SAMPLES.map((s) => [JSON.stringify(s) ?? 'undefined', s]))('agrees with the zod schema on %s', (_label, sample) => {
    const viaZod = uiPrefsSchema.safeParse(typeof sample === 'object' && sample !== null && !Array.isArray(sample) ? sample : {});
    expect(viaZod.success).toBe(true);
    const expected = viaZod.success ? viaZod.data : ({} as Record<string, unknown>);
    expect(parseUiPrefs(sample)).toEqual({
      locale: expected[UI_PREFS_KEYS.locale] ?? 'id',
      overlaySide: expected[UI_PREFS_KEYS.overlaySide],
      pillStatus: expected[UI_PREFS_KEYS.pillStatus],
    });
  });
  it('listens for the side panel at load only while one has beaten recently', () => {
    const now = 1_000_000;
    expect(sidePanelFresh({ [UI_PREFS_KEYS.sidePanelAt]: now - SIDE_PANEL_BEAT }, now)).toBe(true);
    expect(sidePanelFresh({ [UI_PREFS_KEYS.sidePanelAt]: now - SIDE_PANEL_BEAT * 2 }, now)).toBe(false);
    expect(sidePanelFresh({ [UI_PREFS_KEYS.sidePanelAt]: now + 60_000 }, now)).toBe(false);
    expect(sidePanelFresh({ [UI_PREFS_KEYS.sidePanelAt]: String(now) }, now)).toBe(false);
    expect(sidePanelFresh(undefined, now)).toBe(false);
  });
  it('round-trips the pill status', () => {
    expect(decodePillStatus(encodePillStatus({ stage: 'pelaksanaan', daysLeft: 40 }))).toEqual({ stage: 'pelaksanaan', daysLeft: 40 });
    expect(decodePillStatus(encodePillStatus(null))).toBeNull();
  });
});

const page = { site: 'ekinerja', pageId: 'ekin.eviden', stage: 'pelaksanaan', step: null, url: 'https://kinerja.bkn.go.id/x', title: 't',
  recognition: { kind: 'page', by: 'path+heading', match: { heading: 'Bukti Dukung', phrase: 'Bukti Dukung' }, missing: [] } };
const recognitionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unknown'), why: z.enum(['no-match', 'not-found', 'ambiguous']) }),
  z.object({
    kind: z.literal('page'), by: z.enum(['path+heading', 'path', 'heading']),
    match: z.object({ heading: z.string().max(200), phrase: z.string().max(200) }).optional(),
    missing: z.array(z.string().max(200)).max(5),
  }),
]);
const pageReply = z.object({
  page: z.object({
    site: z.enum(['ruang-gtk', 'ekinerja']), pageId: z.string().max(80).nullable(),
    stage: z.enum(['perencanaan', 'pelaksanaan', 'penilaian']).nullable(), step: z.string().max(80).nullable(),
    url: z.string().max(4000), title: z.string().max(400), recognition: recognitionSchema,
  }).nullable(),
  targets: z.object({
    fileInputs: z.array(z.object({ index: z.number().int().min(0).max(19), accept: z.string().max(500), label: z.string().max(200), multiple: z.boolean() })).max(20),
    linkFields: z.boolean(),
  }),
});

describe('side panel ↔ content script messages', () => {
  const replies: unknown[] = [
    { page, targets: { fileInputs: [], linkFields: true } },
    { page: null, targets: { fileInputs: [{ index: 0, accept: '.pdf', label: 'Dokumen', multiple: false }], linkFields: false } },
    { page: { ...page, site: 'lain' }, targets: { fileInputs: [], linkFields: true } },
    { page: { ...page, stage: 'x' }, targets: { fileInputs: [], linkFields: true } },
    { page: { ...page, title: 'x'.repeat(401) }, targets: { fileInputs: [], linkFields: true } },
    { page, targets: { fileInputs: [{ index: 20, accept: '', label: '', multiple: false }], linkFields: true } },
    { page, targets: { fileInputs: [{ index: 0, accept: '', label: '', multiple: 'no' }], linkFields: true } },
    { page, targets: { fileInputs: 'x', linkFields: true } },
    { page }, null, 'page', [],
    { page: { ...page, recognition: { kind: 'unknown', why: 'not-found' } }, targets: { fileInputs: [], linkFields: false } },
    { page: { ...page, recognition: { kind: 'unknown', why: 'lain' } }, targets: { fileInputs: [], linkFields: false } },
    { page: { ...page, recognition: { kind: 'page', by: 'path', missing: ['Rencana Aksi'] } }, targets: { fileInputs: [], linkFields: false } },
    { page: { ...page, recognition: { kind: 'page', by: 'path', missing: ['a', 'b', 'c', 'd', 'e', 'f'] } }, targets: { fileInputs: [], linkFields: false } },
    { page: { ...page, recognition: { kind: 'page', by: 'path', missing: ['x'.repeat(201)] } }, targets: { fileInputs: [], linkFields: false } },
    { page: { ...page, recognition: { kind: 'page', by: 'guess', missing: [] } }, targets: { fileInputs: [], linkFields: false } },
    { page: { ...page, recognition: { kind: 'page', by: 'path', match: { heading: 1, phrase: 'a' }, missing: [] } }, targets: { fileInputs: [], linkFields: false } },
    { page: { ...page, recognition: undefined }, targets: { fileInputs: [], linkFields: false } },
  ];
  it.each(replies.map((r, i) => [i, r]))('the page reply guard agrees with zod (sample %s)', (_i, raw) => {
    expect(parsePageReply(raw) !== null).toBe(pageReply.safeParse(raw).success);
  });

  it('accepts only the four requests, each checked', () => {
    expect(parseTabRequest({ pk: 'page' })).toEqual({ pk: 'page' });
    expect(parseTabRequest({ pk: 'prefs', extra: 1 })).toEqual({ pk: 'prefs' });
    expect(parseTabRequest({ pk: 'fill-link', name: 'a', url: 'https://x' })).toEqual({ pk: 'fill-link', name: 'a', url: 'https://x' });
    expect(parseTabRequest({ pk: 'fill-link', name: 'a', url: 'x'.repeat(4001) })).toBeNull();
    // A changed page: the teacher confirmed one field only; the other stays null (left as it is).
    expect(parseTabRequest({ pk: 'fill-link', name: null, url: 'https://x' })).toEqual({ pk: 'fill-link', name: null, url: 'https://x' });
    expect(parseTabRequest({ pk: 'fill-link', name: null, url: null })).toBeNull();
    expect(parseTabRequest({ pk: 'fill-link', name: 'a' })).toBeNull();
    expect(parseTabRequest({ pk: 'submit' })).toBeNull();
    expect(parseTabRequest({ type: 'page' })).toBeNull();
    const slice: AttachSlice = { pk: 'attach', index: 0, name: 'a.pdf', type: 'application/pdf', size: 3, offset: 0, data: 'YWJj', last: true };
    expect(parseTabRequest(slice)).toEqual(slice);
    expect(parseTabRequest({ ...slice, index: 20 })).toBeNull();
    expect(parseTabRequest({ ...slice, offset: 4 })).toBeNull();
    expect(parseTabRequest({ ...slice, data: 'not base64!' })).toBeNull();
    expect(parseTabRequest({ ...slice, size: 1e12 })).toBeNull();
    expect(isPageChanged({ pk: 'page-changed' })).toBe(true);
    expect(isPageChanged({ pk: 'page' })).toBe(false);
  });

  it('collects slices in order into one file, and refuses a slice out of order, too long or a file cut short', async () => {
    const decode = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    const base = { pk: 'attach' as const, index: 1, name: 'a.txt', type: 'text/plain', size: 6 };
    const c = createSliceCollector(decode);
    expect(c.add({ ...base, offset: 0, data: b64('abc'), last: false })).toBeNull();
    const done = c.add({ ...base, offset: 3, data: b64('def'), last: true })!;
    expect(done.index).toBe(1);
    expect(await done.file.text()).toBe('abcdef');
    expect(done.file.name).toBe('a.txt');

    c.add({ ...base, offset: 0, data: b64('abc'), last: false });
    expect(() => c.add({ ...base, offset: 4, data: b64('ef'), last: true })).toThrow();
    expect(() => c.add({ ...base, offset: 3, data: b64('def'), last: true })).toThrow(); // the transfer was dropped
    c.add({ ...base, offset: 0, data: b64('abc'), last: false });
    expect(() => c.add({ ...base, offset: 3, data: b64('defg'), last: true })).toThrow();
    c.add({ ...base, offset: 0, data: b64('abc'), last: false });
    expect(() => c.add({ ...base, offset: 3, data: b64('d'), last: true })).toThrow();
    expect(() => c.add({ ...base, size: ATTACH_SLICE_BYTES * 2, offset: 0, data: Buffer.alloc(ATTACH_SLICE_BYTES + 1).toString('base64'), last: false })).toThrow();
  });

  it('fills the link pair and attaches a file only as asked, and reports the page with its fields', async () => {
    document.body.innerHTML = `
      <h1>Bukti Dukung</h1>
      <section><h2>Dokumen Persiapan</h2><input type="file" accept=".pdf"></section>
      <div class="card"><label>Nama Bukti Dukung <input id="n"></label><label>Link Bukti Dukung <input id="l"></label></div>`;
    const ctx: TabRequestContext = {
      recognition: () => ({ kind: 'page', site: 'ekinerja', by: 'path+heading', sure: 'high', match: { heading: 'Bukti Dukung', phrase: 'Bukti Dukung' }, missing: [], page: { id: 'ekin.eviden', site: 'ekinerja', stage: 'pelaksanaan', step: 'unggah-bukti' } } as never),
      fileInputs: [],
      forms: createFormRequests(document),
    };
    const reread = vi.fn();
    const reply = answerTabRequest({ pk: 'page' }, ctx, reread) as ReturnType<typeof parsePageReply>;
    expect(parsePageReply(reply)).toEqual(reply);
    expect(reply!.page).toMatchObject({ site: 'ekinerja', pageId: 'ekin.eviden', stage: 'pelaksanaan',
      recognition: { kind: 'page', by: 'path+heading', match: { heading: 'Bukti Dukung', phrase: 'Bukti Dukung' }, missing: [] } });
    expect(reply!.targets).toEqual({ fileInputs: [{ index: 0, accept: '.pdf', label: 'Dokumen Persiapan', multiple: false }], linkFields: true });

    expect(answerTabRequest({ pk: 'fill-link', name: 'RPP', url: 'https://drive.google.com/x' }, ctx, reread)).toEqual({ ok: true });
    expect((document.getElementById('n') as HTMLInputElement).value).toBe('RPP');
    expect((document.getElementById('l') as HTMLInputElement).value).toBe('https://drive.google.com/x');
    // Only the confirmed field is touched.
    expect(answerTabRequest({ pk: 'fill-link', name: null, url: 'https://drive.google.com/y' }, ctx, reread)).toEqual({ ok: true });
    expect((document.getElementById('n') as HTMLInputElement).value).toBe('RPP');
    expect((document.getElementById('l') as HTMLInputElement).value).toBe('https://drive.google.com/y');

    expect(answerTabRequest({ pk: 'prefs' }, ctx, reread)).toEqual({ ok: true });
    expect(reread).toHaveBeenCalledOnce();
    expect(answerTabRequest({ pk: 'click', selector: 'button' }, ctx, reread)).toEqual({ ok: false });
  });
});

describe('a changed page: Nama and Link confirmed one at a time', () => {
  it('fills the second field into the same card as the first, not the next empty card', () => {
    document.body.innerHTML = `
      <div class="card" data-rhk-id="1"><label>Nama Bukti Dukung <input id="n1"></label><label>Link Bukti Dukung <input id="l1"></label></div>
      <div class="card" data-rhk-id="2"><label>Nama Bukti Dukung <input id="n2"></label><label>Link Bukti Dukung <input id="l2"></label></div>`;
    const ctx: TabRequestContext = { recognition: () => ({ kind: 'outside' }) as never, fileInputs: [], forms: createFormRequests(document) };
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    expect(answerTabRequest({ pk: 'fill-link', name: null, url: 'https://drive.google.com/x' }, ctx, () => undefined)).toEqual({ ok: true });
    expect([value('n1'), value('l1'), value('n2'), value('l2')]).toEqual(['', 'https://drive.google.com/x', '', '']);
    expect(answerTabRequest({ pk: 'fill-link', name: 'RPP', url: null }, ctx, () => undefined)).toEqual({ ok: true });
    expect([value('n1'), value('l1'), value('n2'), value('l2')]).toEqual(['RPP', 'https://drive.google.com/x', '', '']);
    // Both at once (a recognised page) still go to the first card with both empty.
    expect(answerTabRequest({ pk: 'fill-link', name: 'B', url: 'https://drive.google.com/b' }, ctx, () => undefined)).toEqual({ ok: true });
    expect([value('n2'), value('l2')]).toEqual(['B', 'https://drive.google.com/b']);
  });
});

describe('side panel per tab', () => {
  it('fits the four sites over https only, Rumah Pendidikan under Ruang GTK only', () => {
    expect(sidePanelFits('https://kinerja.bkn.go.id/skp')).toBe(true);
    expect(sidePanelFits('https://guru.kemdikbud.go.id/')).toBe(true);
    expect(sidePanelFits('https://rumah.pendidikan.go.id/ruang/gtk/x')).toBe(true);
    expect(sidePanelFits('https://rumah.pendidikan.go.id/lain')).toBe(false);
    expect(sidePanelFits('http://kinerja.bkn.go.id/skp')).toBe(false);
    expect(sidePanelFits('https://example.com/')).toBe(false);
    expect(sidePanelFits(undefined)).toBe(false);
  });
  it('opens in the same task as the click (no await before open), and enables per tab', async () => {
    const calls: string[] = [];
    const api: SidePanelApi = {
      setOptions: async (o) => { calls.push(`set ${o.tabId} ${o.enabled} ${o.path ?? ''}`); },
      open: async (o) => { calls.push(`open ${o.tabId}`); },
    };
    const opened = openSidePanelFor(api, 7);
    expect(calls).toEqual(['set 7 true sidepanel.html', 'open 7']); // both called synchronously
    await opened;
    await syncSidePanelForTab(api, 8, undefined);
    await syncSidePanelForTab(api, 9, 'https://kinerja.bkn.go.id/skp');
    expect(calls.slice(2)).toEqual(['set 8 false ', 'set 9 true sidepanel.html']);
  });
});
