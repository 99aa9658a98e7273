import { describe, expect, it } from 'vitest';
import { boundTabOf, createSidebarOpener, sidePanelForTab, type PanelWindowApi } from '@/lib/overlay/side-panel';

function fakeWindows() {
  const calls: string[] = [];
  let next = 10;
  const api: PanelWindowApi = {
    create: async (o) => { calls.push(`create ${o.url} ${o.type}`); return { id: next++ }; },
    remove: async (id) => { calls.push(`remove ${id}`); },
  };
  return { api, calls };
}
const url = (p: string) => `moz-extension://x/${p}`;

describe("Firefox's sidebar after a pill click", () => {
  it('opens the sidebar when Firefox allows it, and no window', async () => {
    const { api, calls } = fakeWindows();
    const open = createSidebarOpener({ open: async () => undefined }, api, url);
    expect(await open(7)).toBe('sidebar');
    expect(calls).toEqual([]);
  });

  it('when Firefox refuses (no user action of an extension page), opens the side panel bound to the tab in one window', async () => {
    const { api, calls } = fakeWindows();
    const open = createSidebarOpener({ open: () => Promise.reject(new Error('sidebarAction.open may only be called from a user input handler')) }, api, url);
    expect(await open(7)).toBe('window');
    expect(await open(8)).toBe('window');
    expect(calls).toEqual(['create moz-extension://x/sidepanel.html?tab=7 popup', 'remove 10', 'create moz-extension://x/sidepanel.html?tab=8 popup']);
  });

  it('reads the bound tab from the side panel address, and nothing else', () => {
    expect(boundTabOf(`?${sidePanelForTab(42).split('?')[1]}`)).toBe(42);
    expect(boundTabOf('')).toBeNull();
    expect(boundTabOf('?tab=abc')).toBeNull();
    expect(boundTabOf('?tab=-1')).toBeNull();
    expect(boundTabOf('?tab=12345678901')).toBeNull();
  });
});
