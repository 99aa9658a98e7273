import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/database';
import { PROFILE_KEY } from '@/lib/settings/profile';
import { ALARM_DAY, ALARM_NEXT, createReminderService } from '@/lib/reminders/background';
import { setItemDone } from '@/lib/checklist/store';
import { DEBUG_NOW_KEY } from '@/lib/clock';

const profile = { role: 'guru', name: 'Bu Ani', school: 'SDN 1', jenjang: null, year: 2026, periodId: '2026', timeZone: 'WITA', locale: 'id' };

async function resetDb() {
  const db = getDb();
  await db.open();
  await Promise.all(db.tables.map((t) => t.clear()));
  await db.settings.put({ key: PROFILE_KEY, value: profile, updatedAt: '2026-01-01T00:00:00Z' });
}
const notifications = async () => Object.values(await browser.notifications.getAll()) as unknown as { title: string; message: string; buttons?: unknown[] }[];

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDb();
});

describe('reminder service (fake browser)', () => {
  it('a missed stretch gives one summary; an alarm on time gives exactly one notification; a second trigger none', async () => {
    let now = new Date('2026-01-17T12:00:00+08:00');
    const svc = createReminderService({ db: getDb, now: async () => now, appUrl: (r) => `chrome-extension://x/app.html#${r}`, buttons: true });
    await svc.install();
    let shown = await notifications();
    expect(shown).toHaveLength(1);
    expect(shown[0]!.title).toMatch(/^\d pengingat terlewat$/);
    const alarm = await browser.alarms.get(ALARM_NEXT);
    // next: 18 Jan 07:00 WITA (3 days before the submission window closes on 21 Jan)
    expect(alarm!.scheduledTime - Date.now()).toBeGreaterThan(19 * 3600e3 - 5000);
    expect(alarm!.scheduledTime - Date.now()).toBeLessThanOrEqual(19 * 3600e3);
    expect(await browser.alarms.get(ALARM_DAY)).toBeDefined();

    await browser.notifications.clear(Object.keys(await browser.notifications.getAll())[0]!);
    await setItemDone(getDb(), browser.storage.local, { periodId: '2026', role: 'guru', stageId: 'perencanaan', stepId: 'data-diri' }, true);
    now = new Date('2026-01-18T07:00:20+08:00');
    await fakeBrowser.alarms.onAlarm.trigger({ name: ALARM_NEXT, scheduledTime: Date.now() });
    await vi.waitFor(async () => expect(await notifications()).toHaveLength(1));
    await svc.sync();
    shown = await notifications();
    expect(shown).toHaveLength(1);
    expect(shown[0]!.title).toBe('Perencanaan: tinggal 3 hari lagi');
    expect(shown[0]!.message).toContain('Ditutup 21 Januari 2026');
    expect(shown[0]!.message).toContain('Belum dicentang: Pilih indikator Praktik Kinerja bersama kepala sekolah');
    expect(shown[0]!.message).not.toContain('Periksa data diri');
    expect(shown[0]!.buttons).toHaveLength(2);

    await browser.notifications.clear(Object.keys(await browser.notifications.getAll())[0]!);
    await fakeBrowser.alarms.onAlarm.trigger({ name: ALARM_NEXT, scheduledTime: Date.now() });
    await svc.sync();
    expect(await notifications()).toHaveLength(0);
    expect(await getDb().reminderLog.get('2026/perencanaan/pengajuan/guru|tutup-3|2026-01-21')).toMatchObject({ outcome: 'shown' });
  });

  it('Firefox: basic notifications without buttons; clicking opens the site page of the stage', async () => {
    const now = new Date('2026-01-18T07:00:20+08:00');
    const svc = createReminderService({ db: getDb, now: async () => now, appUrl: (r) => `chrome-extension://x/app.html#${r}`, buttons: false });
    await getDb().reminderLog.bulkPut([]);
    await svc.install();
    const all = await browser.notifications.getAll();
    const [id, n] = Object.entries(all)[0]! as unknown as [string, { buttons?: unknown }];
    expect(n.buttons).toBeUndefined();
    const tabs = vi.spyOn(browser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(id);
    await vi.waitFor(() => expect(tabs).toHaveBeenCalled());
    expect(String((tabs.mock.calls[0]![0] as { url: string }).url)).toMatch(/^https:\/\/guru\.kemdikbud\.go\.id\/pengelolaan-kinerja\/|app\.html#\/(ceklis|kalender)/);
  });

  it('snooze by a day from the notification button', async () => {
    let now = new Date('2026-12-24T07:00:10+08:00');
    const svc = createReminderService({ db: getDb, now: async () => now, appUrl: (r) => `app#${r}`, buttons: true });
    // everything before today already shown
    await svc.install();
    for (const id of Object.keys(await browser.notifications.getAll())) await browser.notifications.clear(id);
    now = new Date('2026-12-28T07:00:10+08:00');
    await svc.sync();
    const [id] = Object.keys(await browser.notifications.getAll());
    expect(id).toContain('tutup-3');
    await fakeBrowser.notifications.onButtonClicked.trigger(id!, 0);
    await vi.waitFor(async () => expect((await getDb().settings.get('reminders'))?.value).toHaveProperty(['snoozed']));
    await svc.sync();
    now = new Date('2026-12-29T07:00:20+08:00');
    await svc.sync();
    const titles = (await notifications()).map((n) => n.title);
    expect(titles).toContain('Penilaian: tinggal 3 hari lagi');
  });
});

describe('whole background entrypoint', () => {
  it('recreates alarms from storage after a simulated restart and sets the badge', async () => {
    await browser.storage.local.set({ [DEBUG_NOW_KEY]: '2026-01-10T09:00:00+08:00' });
    (fakeBrowser.runtime as unknown as { getManifest: () => unknown }).getManifest = () => ({ version: '0.1.0', manifest_version: 3 });
    // The fake browser has no runtime ports; the evidence upload port is not under test here.
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => undefined);
    const { default: background } = await import('@/entrypoints/background');
    background.main();
    await vi.waitFor(async () => expect(await browser.alarms.get(ALARM_NEXT)).toBeDefined());
    await vi.waitFor(async () => expect(await browser.action.getBadgeText({})).toBe('11'));
    // restart: the browser drops the alarms, then fires onStartup
    await browser.alarms.clearAll();
    expect(await browser.alarms.getAll()).toHaveLength(0);
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect((await browser.alarms.getAll()).map((a) => a.name).sort()).toEqual([ALARM_DAY, ALARM_NEXT].sort()));
    // a restart does not repeat what was shown before it
    const before = Object.keys(await browser.notifications.getAll()).length;
    await fakeBrowser.runtime.onStartup.trigger();
    await new Promise((r) => setTimeout(r, 50));
    expect(Object.keys(await browser.notifications.getAll())).toHaveLength(before);
  });
});
