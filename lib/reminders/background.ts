/**
 * Browser glue for reminders, in the service worker. Everything is derived from stored data each time
 * (`sync`): the schedule (pure, ./schedule.ts), the next alarm, the badge. `sync` runs on install, on
 * browser start, when the worker wakes, on every alarm, and whenever `data.revision` or `debug.now`
 * changes in storage.local (settings, overrides, ticks). Calls are queued one after another, and a
 * reminder is written to `reminderLog` before its notification is created, so none is ever shown twice.
 */
import { browser } from 'wxt/browser';
import type { PendampingDB } from '@/lib/db/database';
import { addDays, calendarFor, todayIn, yearOf, type EffectiveCalendar } from '@/lib/domain';
import { checklistFor, itemText, openItems, placeUrl } from '@/lib/checklist/items';
import { loadProgress } from '@/lib/checklist/store';
import { loadOverrides } from '@/lib/calendar/overrides-store';
import { DEBUG_NOW_KEY } from '@/lib/clock';
import { createTranslator } from '@/lib/i18n/define';
import { reminderMessages } from '@/lib/i18n/reminders';
import { formatDate } from '@/lib/i18n/dates';
import { isDataChange } from '@/lib/data-revision';
import { parseStoredProfile, PROFILE_KEY, type Profile } from '@/lib/settings/profile';
import { badgeFor } from '@/lib/checklist/badge';
import { buildSchedule, instantOf, planAt, yearsAround, type Reminder } from './schedule';
import { parseReminderSettings, REMINDER_SETTINGS_KEY } from './settings';
import { setStageOff, snoozeReminder } from './store';
import { reminderText, summaryText } from './text';

export const ALARM_NEXT = 'pk-pengingat';
export const ALARM_DAY = 'pk-hari-baru';
const ICON = '/icon/128.png';

export interface ReminderDeps {
  db(): PendampingDB;
  /** The clock (lib/clock readNow): the real time, or `debug.now` in tests and demos. */
  now(): Promise<Date>;
  appUrl(route: string): string;
  /** Firefox shows basic notifications only: no buttons. */
  buttons: boolean;
}

type Ctx = { db: PendampingDB; now: Date; profile: Profile; saved: boolean; calendars: EffectiveCalendar[] };

/** Chrome MV3 has `action`; Firefox MV2 has `browserAction`. */
function actionApi() {
  const b = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  return b.action ?? b.browserAction;
}

export function createReminderService(deps: ReminderDeps) {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };

  async function context(): Promise<Ctx> {
    const db = deps.db();
    const now = await deps.now();
    const row = await db.settings.get(PROFILE_KEY);
    const profile = parseStoredProfile(row?.value, now);
    const overrides = await loadOverrides(db);
    const today = todayIn(profile.timeZone, now);
    const calendars = yearsAround(today).map((y) => calendarFor(y, overrides)).filter((c): c is EffectiveCalendar => Boolean(c));
    return { db, now, profile, saved: Boolean(row), calendars };
  }

  async function updateBadge(c: Ctx): Promise<void> {
    const action = actionApi();
    if (!action) return;
    const today = todayIn(c.profile.timeZone, c.now);
    const badge = c.saved ? badgeFor(c.calendars.find((x) => x.year === yearOf(today)), c.profile.role, today) : null;
    const t = createTranslator(reminderMessages, c.profile.locale);
    await action.setBadgeText({ text: badge?.text ?? '' });
    if (badge) await action.setBadgeBackgroundColor({ color: badge.color });
    await action.setTitle({
      title: badge ? t('badge.title', { stage: t(`stage.${badge.stageId}`), n: badge.daysLeft, date: formatDate(badge.windowEnd, c.profile.locale) }) : t('badge.none'),
    });
  }

  /** Unticked items of the reminder's stage (own steps and duties first) and where a click should go. */
  async function details(c: Ctx, r: Reminder): Promise<{ unticked: string[]; target: string }> {
    const year = Number(r.periodId.slice(0, 4));
    const list = checklistFor({ year, periodId: r.periodId, role: c.profile.role, today: todayIn(c.profile.timeZone, c.now) });
    if (!list) return { unticked: [], target: deps.appUrl('/ceklis') };
    const open = openItems(list, await loadProgress(c.db, r.periodId, c.profile.role), r.stageId);
    const unticked = open.filter((i) => i.kind !== 'wait').map((i) => itemText(i.stepId, c.profile.role, year, c.profile.locale)?.title ?? i.stepId);
    const withPlace = open.find((i) => i.kind !== 'wait' && i.place);
    return { unticked, target: withPlace?.place ? placeUrl(withPlace.place) : deps.appUrl('/ceklis') };
  }

  async function notify(id: string, title: string, message: string, withButtons: boolean): Promise<void> {
    const t = createTranslator(reminderMessages, 'id');
    const options = {
      type: 'basic' as const, iconUrl: browser.runtime.getURL(ICON as '/'), title, message,
      ...(withButtons && deps.buttons ? { buttons: [{ title: t('button.snooze') }, { title: t('button.stageOff') }] } : {}),
    };
    try {
      await browser.notifications.create(id, options);
    } catch {
      // A browser without buttons (Firefox) refuses the option: show the basic notification.
      const { buttons: _b, ...basic } = options as typeof options & { buttons?: unknown };
      await browser.notifications.create(id, basic);
    }
  }

  async function permitted(): Promise<boolean> {
    const api = browser.notifications as unknown as { getPermissionLevel?: () => Promise<string> };
    if (!api.getPermissionLevel) return true;
    try { return (await api.getPermissionLevel()) === 'granted'; } catch { return true; }
  }

  async function deliver(c: Ctx, plan: ReturnType<typeof planAt>): Promise<void> {
    const at = c.now.toISOString();
    const allowed = plan.delivery ? await permitted() : true;
    type Out = { ids: string[]; notificationId: string; title: string; message: string; target: string; buttons: boolean };
    const outs: Out[] = [];
    if (plan.delivery && allowed) {
      const d = plan.delivery;
      const singles = d.kind === 'each' ? d.reminders : d.kind === 'single-late' ? [d.reminder] : [];
      for (const r of singles) {
        const { unticked, target } = await details(c, r);
        const text = reminderText(r, unticked, c.profile.locale, d.kind === 'single-late');
        outs.push({ ids: [r.id], notificationId: `pk|${r.id}`, ...text, target, buttons: true });
      }
      if (d.kind === 'summary') {
        const text = summaryText(d.reminders, c.profile.locale);
        outs.push({ ids: d.reminders.map((r) => r.id), notificationId: `pk|ringkasan|${at}`, ...text, target: deps.appUrl('/kalender'), buttons: false });
      }
    }
    // Claim in one transaction: a reminder already in the log (another wake-up got there first) is dropped.
    const claimed = await c.db.transaction('rw', c.db.reminderLog, async () => {
      const stale = plan.stale.map((r) => r.id);
      const known = new Set((await c.db.reminderLog.bulkGet([...stale, ...outs.flatMap((o) => o.ids)])).filter(Boolean).map((r) => r!.id));
      await c.db.reminderLog.bulkPut(stale.filter((id) => !known.has(id)).map((id) => ({ id, at, outcome: 'skipped' as const })));
      const fresh = outs.filter((o) => o.ids.every((id) => !known.has(id)));
      for (const o of fresh) {
        await c.db.reminderLog.bulkPut(o.ids.map((id) => ({
          id, at, outcome: o.ids.length > 1 ? ('summarised' as const) : ('shown' as const), notificationId: o.notificationId, target: o.target,
        })));
      }
      return fresh;
    });
    for (const o of claimed) await notify(o.notificationId, o.title, o.message, o.buttons);
  }

  async function syncNow(): Promise<void> {
    const c = await context();
    await updateBadge(c);
    const settings = parseReminderSettings((await c.db.settings.get(REMINDER_SETTINGS_KEY))?.value);
    const schedule = c.saved ? buildSchedule({ calendars: c.calendars, role: c.profile.role, zone: c.profile.timeZone, settings }) : [];
    const shown = new Set((await c.db.reminderLog.toCollection().primaryKeys()) as string[]);
    const plan = planAt(schedule, c.now, shown, c.profile.timeZone, settings.quiet);
    await deliver(c, plan);
    // Alarms run on the real clock; with `debug.now` the distance to the next reminder is kept.
    const real = Date.now();
    if (plan.nextAt !== undefined) await browser.alarms.create(ALARM_NEXT, { when: real + Math.max(1000, plan.nextAt - c.now.getTime()) });
    else await browser.alarms.clear(ALARM_NEXT);
    const tomorrow = instantOf(addDays(todayIn(c.profile.timeZone, c.now), 1), '00:00', c.profile.timeZone);
    await browser.alarms.create(ALARM_DAY, { when: real + Math.max(1000, tomorrow - c.now.getTime() + 60_000) });
  }

  const sync = () => serial(syncNow);

  async function logRowFor(notificationId: string) {
    return deps.db().reminderLog.filter((r) => r.notificationId === notificationId).first();
  }

  return {
    sync,
    /** Registers every listener synchronously (MV3 wakes the worker for them), then syncs once. */
    install(): Promise<void> {
      browser.alarms.onAlarm.addListener((alarm) => {
        if (alarm.name === ALARM_NEXT || alarm.name === ALARM_DAY) void sync();
      });
      browser.runtime.onStartup.addListener(() => void sync());
      browser.runtime.onInstalled.addListener(() => void sync());
      browser.storage.onChanged.addListener((changes, area) => {
        if (isDataChange(changes, area, [DEBUG_NOW_KEY])) void sync();
      });
      browser.notifications.onClicked.addListener((notificationId) => void serial(async () => {
        if (!notificationId.startsWith('pk|')) return;
        const row = await logRowFor(notificationId);
        await browser.notifications.clear(notificationId);
        await browser.tabs.create({ url: row?.target ?? deps.appUrl('/ceklis') });
      }));
      browser.notifications.onButtonClicked?.addListener((notificationId, index) => void serial(async () => {
        const row = await logRowFor(notificationId);
        await browser.notifications.clear(notificationId);
        if (!row) return;
        const storage = browser.storage.local;
        if (index === 0) await snoozeReminder(deps.db(), storage, row.id, await deps.now());
        else await setStageOff(deps.db(), storage, row.id.split('|')[0]!.split('/')[1] as 'perencanaan', true);
      }));
      return sync();
    },
  };
}
