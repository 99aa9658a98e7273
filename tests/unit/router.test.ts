import { describe, expect, it, vi } from 'vitest';
import { createRouter } from '@/lib/messages/router';
import { askWith } from '@/lib/messages/client';

function setup() {
  const openApp = vi.fn(async () => undefined);
  const openSidePanel = vi.fn(async () => undefined);
  const route = createRouter({ extensionId: 'abc', version: '0.1.0', openApp, openSidePanel });
  return { route, openApp, openSidePanel };
}
const contentScript = { id: 'abc', url: 'https://kinerja.bkn.go.id/skp', tab: { id: 7 }, frameId: 0 };

describe('background router', () => {
  it('answers valid requests', async () => {
    const { route, openApp } = setup();
    expect(await route({ type: 'ping' }, { id: 'abc' })).toEqual({ ok: true, result: { version: '0.1.0' } });
    await route({ type: 'open-app', route: '/pengaturan' }, { id: 'abc' });
    expect(openApp).toHaveBeenCalledWith('/pengaturan');
  });

  it('refuses other senders and malformed messages', async () => {
    const { route, openApp } = setup();
    expect(await route({ type: 'ping' }, { id: 'other' })).toEqual({ ok: false, error: 'pengirim tidak dikenal' });
    expect(await route({ type: 'open-app', route: 'javascript:alert(1)' }, { id: 'abc' })).toEqual({ ok: false, error: 'pesan tidak sah' });
    expect(await route({ type: 'hapus-semua' }, { id: 'abc' })).toEqual({ ok: false, error: 'pesan tidak sah' });
    expect(await route('{"type":"ping"}', { id: 'abc' })).toEqual({ ok: false, error: 'pesan tidak sah' });
    // The relays of the iframe panel are gone with it.
    for (const type of ['overlay-register', 'overlay-claim', 'get-profile', 'get-checklist', 'evidence-body-chunk']) {
      expect(await route({ type }, contentScript)).toEqual({ ok: false, error: 'pesan tidak sah' });
    }
    expect(openApp).not.toHaveBeenCalled();
  });

  it('opens the side panel for the tab of a top-frame content script, at once (within the click\'s gesture)', async () => {
    const { route, openSidePanel } = setup();
    const pending = route({ type: 'open-side-panel' }, contentScript);
    expect(openSidePanel).toHaveBeenCalledWith(7); // before any await: Chromium's user gesture still holds
    expect(await pending).toEqual({ ok: true, result: undefined });
    expect((await route({ type: 'open-side-panel' }, { ...contentScript, frameId: 2 })).ok).toBe(false);
    expect((await route({ type: 'open-side-panel' }, { id: 'abc', url: 'chrome-extension://abc/app.html' })).ok).toBe(false);
    expect(openSidePanel).toHaveBeenCalledTimes(1);
  });
});

describe('typed background client', () => {
  it('unwraps a result and turns a refusal or silence into an error', async () => {
    const { route } = setup();
    const send = (m: unknown) => route(m, { id: 'abc' });
    const pong = await askWith(send, { type: 'ping' });
    expect(pong.version).toBe('0.1.0');
    await expect(askWith(async () => ({ ok: false, error: 'pesan tidak sah' }), { type: 'ping' })).rejects.toThrow('pesan tidak sah');
    await expect(askWith(async () => undefined, { type: 'ping' })).rejects.toThrow('tidak ada jawaban');
  });
});
