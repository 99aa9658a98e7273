/** Words of the notifications, pure: the background passes the unticked item titles. */
import { createTranslator, type Locale } from '@/lib/i18n/define';
import { reminderMessages } from '@/lib/i18n/reminders';
import { formatDate } from '@/lib/i18n/dates';
import type { Reminder } from './schedule';

const dateOf = (r: Reminder, locale: Locale, kind = r.kind) => formatDate(kind === 'buka' ? r.window.start : r.window.end, locale);

export interface NotificationText { readonly title: string; readonly message: string }

const MAX_ITEMS = 2;

export function reminderText(r: Reminder, unticked: readonly string[], locale: Locale, late = false): NotificationText {
  const t = createTranslator(reminderMessages, locale);
  const stage = t(`stage.${r.stageId}`);
  const date = dateOf(r, locale);
  let title: string;
  let body: string;
  if (r.kind === 'buka') {
    const until = dateOf(r, locale, 'tutup');
    title = r.window.slug ? t('open.titleSub', { stage, window: r.window.label }) : t('open.title', { stage });
    body = r.window.slug ? t('open.bodySub', { date: until }) : t('open.body', { date: until, window: r.window.label });
  } else {
    title = r.leadDays === 1 ? t('close.titleTomorrow', { stage }) : t('close.title', { stage, days: r.leadDays });
    body = t(r.window.binding === 'anjuran' ? 'close.bodyAnjuran' : 'close.body', { date, window: r.window.label });
  }
  if (late) title = t('late.prefix', { title });
  // A whole year copied from the one before is worth saying in the notification itself; a single
  // uncertain date is tagged in the app's list (Kalender) instead, or every 2026 reminder would say it.
  if (!r.scheduleOfficial) body = `${body} ${t('unofficialSchedule')}`;
  const shown = unticked.slice(0, MAX_ITEMS).join('; ');
  const rest = unticked.length - MAX_ITEMS;
  const items = unticked.length === 0 ? t('allTicked') : rest > 0 ? t('untickedMore', { items: shown, n: rest }) : t('unticked', { items: shown });
  return { title, message: `${body} ${items}` };
}

export function summaryText(reminders: readonly Reminder[], locale: Locale): NotificationText {
  const t = createTranslator(reminderMessages, locale);
  const lines = reminders.map((r) => t(r.kind === 'buka' ? 'summary.open' : 'summary.close', { stage: t(`stage.${r.stageId}`), date: dateOf(r, locale) }));
  return { title: t('summary.title', { n: reminders.length }), message: [...new Set(lines)].join('; ') + '.' };
}
