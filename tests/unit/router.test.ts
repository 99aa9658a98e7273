import { describe, expect, it, vi } from 'vitest';
import { createRouter } from '@/lib/messages/router';

const ORIGIN = 'chrome-extension://abc';
function setup() {
  const openApp = vi.fn(async () => undefined);
  const setChecklistItem = vi.fn(async () => undefined);
  const route = createRouter({
    extensionId: 'abc', version: '0.1.0', extensionOrigin: ORIGIN, openApp,
    loadProfile: async () => ({ name: 'Bu Ani' }),
    loadChecklist: async () => ({ stages: [] }),
    setChecklistItem,
  });
  return { route, openApp, setChecklistItem };
}
const contentScript = { id: 'abc', url: 'https://kinerja.bkn.go.id/skp', tab: { id: 7 }, frameId: 0 };
const overlayFrame = { id: 'abc', url: `${ORIGIN}/overlay.html`, tab: { id: 7 }, frameId: 3 };

describe('background router', () => {
  it('answers valid requests', async () => {
    const { route, openApp } = setup();
    expect(await route({ type: 'ping' }, { id: 'abc' })).toEqual({ ok: true, result: { version: '0.1.0' } });
    await route({ type: 'open-app', route: '/pengaturan' }, { id: 'abc' });
    expect(openApp).toHaveBeenCalledWith('/pengaturan');
    expect(await route({ type: 'get-profile' }, overlayFrame)).toEqual({ ok: true, result: { name: 'Bu Ani' } });
  });

  it('refuses other senders and malformed messages', async () => {
    const { route, openApp } = setup();
    expect(await route({ type: 'ping' }, { id: 'other' })).toEqual({ ok: false, error: 'pengirim tidak dikenal' });
    expect(await route({ type: 'open-app', route: 'javascript:alert(1)' }, { id: 'abc' })).toEqual({ ok: false, error: 'pesan tidak sah' });
    expect(await route({ type: 'hapus-semua' }, { id: 'abc' })).toEqual({ ok: false, error: 'pesan tidak sah' });
    expect(await route('{"type":"ping"}', { id: 'abc' })).toEqual({ ok: false, error: 'pesan tidak sah' });
    expect(openApp).not.toHaveBeenCalled();
  });

  it('relays an overlay nonce from the content script to its own tab frame, once', async () => {
    const { route } = setup();
    const nonce = 'a'.repeat(32);
    expect((await route({ type: 'overlay-register', nonce }, contentScript)).ok).toBe(true);
    expect(await route({ type: 'overlay-claim' }, { ...overlayFrame, tab: { id: 8 } })).toEqual({ ok: true, result: null });
    expect(await route({ type: 'overlay-claim' }, overlayFrame)).toEqual({ ok: true, result: nonce });
    expect(await route({ type: 'overlay-claim' }, overlayFrame)).toEqual({ ok: true, result: null });
  });

  it('a content script cannot claim and an extension page cannot register', async () => {
    const { route } = setup();
    expect((await route({ type: 'overlay-claim' }, contentScript)).ok).toBe(false);
    expect((await route({ type: 'overlay-register', nonce: 'b'.repeat(32) }, overlayFrame)).ok).toBe(false);
    expect((await route({ type: 'overlay-register', nonce: 'short' }, contentScript)).ok).toBe(false);
  });
});

describe('checklist messages', () => {
  it('answers the checklist and validates ticks', async () => {
    const { route, setChecklistItem } = setup();
    expect(await route({ type: 'get-checklist' }, overlayFrame)).toEqual({ ok: true, result: { stages: [] } });
    await route({ type: 'set-checklist-item', periodId: '2026', stageId: 'perencanaan', stepId: 'data-diri', done: true }, overlayFrame);
    expect(setChecklistItem).toHaveBeenCalledWith({ periodId: '2026', stageId: 'perencanaan', stepId: 'data-diri', done: true });
    expect((await route({ type: 'set-checklist-item', periodId: '2026', stageId: 'perencanaan', stepId: '../x', done: true }, overlayFrame)).ok).toBe(false);
  });
});
