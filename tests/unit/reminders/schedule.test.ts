import { describe, expect, it } from 'vitest';
import { calendarFor, todayIn, type IndonesianZone } from '@/lib/domain';
import { buildSchedule, inQuiet, instantOf, outOfQuiet, planAt, type Reminder } from '@/lib/reminders/schedule';
import { DEFAULT_REMINDER_SETTINGS, parseReminderSettings, type ReminderSettings } from '@/lib/reminders/settings';
import { badgeFor, BADGE_COLORS } from '@/lib/checklist/badge';
import { reminderText, summaryText } from '@/lib/reminders/text';

const ZONES: IndonesianZone[] = ['WIB', 'WITA', 'WIT'];
const OFFSET: Record<IndonesianZone, number> = { WIB: 7, WITA: 8, WIT: 9 };
const cal2026 = calendarFor(2026)!;
const settings = (over: Partial<ReminderSettings> = {}): ReminderSettings => ({ ...DEFAULT_REMINDER_SETTINGS, ...over });
const schedule = (zone: IndonesianZone = 'WIB', over: Partial<ReminderSettings> = {}, role: 'guru' | 'kepala-sekolah' = 'guru', cals = [cal2026]) =>
  buildSchedule({ calendars: cals, role, zone, settings: settings(over) });
const find = (list: Reminder[], id: string) => list.find((r) => r.id === id);

describe('reminder schedule', () => {
  it.each(ZONES)('closing reminders at 14, 7, 3, 1 days before, at 07:00 local time (%s)', (zone) => {
    const list = schedule(zone);
    const penilaian = list.filter((r) => r.windowId === '2026/penilaian/guru' && r.kind === 'tutup');
    expect(penilaian.map((r) => [r.leadDays, r.date])).toEqual([[14, '2026-12-17'], [7, '2026-12-24'], [3, '2026-12-28'], [1, '2026-12-30']]);
    const first = penilaian[0]!;
    expect(first.fireAt).toBe(Date.UTC(2026, 11, 17, 7 - OFFSET[zone]));
    expect(todayIn(zone, new Date(first.fireAt))).toBe('2026-12-17');
  });

  it('one reminder when a window opens; the teacher gets her own submission window, not the approval window', () => {
    const list = schedule();
    expect(find(list, '2026/penilaian/guru|buka|2026-11-13')?.date).toBe('2026-11-13');
    expect(list.some((r) => r.windowId === '2026/perencanaan/pengajuan/guru')).toBe(true);
    expect(list.some((r) => r.windowId === '2026/perencanaan/persetujuan/guru')).toBe(false);
    expect(list.some((r) => r.windowId === '2026/perencanaan/pra-perencanaan/guru')).toBe(false);
    // the principal approves: the approval window is hers
    expect(schedule('WIB', {}, 'kepala-sekolah').some((r) => r.windowId === '2026/perencanaan/persetujuan/kepala-sekolah')).toBe(true);
  });

  it('drops lead times before the window opens and keeps recommended windows to 7 days or less', () => {
    const list = schedule();
    // pengajuan 8–21 Jan: 14 days before would be 7 Jan (closed yet) → dropped
    expect(list.filter((r) => r.windowId === '2026/perencanaan/pengajuan/guru').map((r) => r.leadDays)).toEqual([0, 7, 3, 1]);
    // pelaksanaan (anjuran) ends 12 Nov: no 14-day reminder
    expect(list.filter((r) => r.stageId === 'pelaksanaan' && r.kind === 'tutup').every((r) => r.leadDays <= 7)).toBe(true);
  });

  it('one reminder per stage, kind and day (the stage window wins over a sub-window ending the same day)', () => {
    const list = schedule();
    const nov5 = list.filter((r) => r.date === '2026-11-05' && r.stageId === 'pelaksanaan');
    expect(nov5.map((r) => r.windowId)).toEqual(['2026/pelaksanaan/guru']);
    expect(new Set(list.map((r) => r.id)).size).toBe(list.length);
  });

  it('lead times, reminder time, off stages and the on/off switch come from the settings', () => {
    expect(schedule('WIB', { enabled: false })).toEqual([]);
    const custom = schedule('WITA', { leadDays: [2], time: '18:30', onOpen: false, stagesOff: ['pelaksanaan'] });
    expect(custom.every((r) => r.kind === 'tutup' && r.leadDays === 2 && r.stageId !== 'pelaksanaan')).toBe(true);
    expect(new Date(custom[0]!.fireAt).toISOString().slice(11, 16)).toBe('10:30');
  });

  it.each(ZONES)('quiet hours move a reminder to their end (%s)', (zone) => {
    const quiet = { start: '21:00', end: '06:00' };
    const late = instantOf('2026-01-31', '22:15', zone);
    expect(inQuiet(late, zone, quiet)).toBe(true);
    expect(outOfQuiet(late, zone, quiet)).toBe(instantOf('2026-02-01', '06:00', zone)); // across a month end
    expect(outOfQuiet(instantOf('2026-12-31', '23:59', zone), zone, quiet)).toBe(instantOf('2027-01-01', '06:00', zone)); // and a year end
    expect(inQuiet(instantOf('2026-01-31', '07:00', zone), zone, quiet)).toBe(false);
    const list = schedule(zone, { time: '05:00' });
    expect(list.every((r) => new Date(r.fireAt).getTime() === instantOf(r.date, '06:00', zone))).toBe(true);
    expect(outOfQuiet(late, zone, null)).toBe(late);
  });

  it('a snooze replaces the time of that one reminder', () => {
    const id = '2026/penilaian/guru|tutup-7|2026-12-31';
    const to = instantOf('2026-12-25', '07:00', 'WIB');
    const list = schedule('WIB', { snoozed: { [id]: to } });
    expect(find(list, id)).toMatchObject({ fireAt: to, snoozed: true });
    const plan = planAt(list, new Date(instantOf('2026-12-24', '08:00', 'WIB')), new Set(), 'WIB', null);
    expect(plan.due.map((r) => r.id)).not.toContain(id);
    expect(plan.nextAt).toBe(to);
  });

  it('ids change with the date, so a moved deadline gets fresh reminders', () => {
    const moved = calendarFor(2026, [{ windowId: '2026/penilaian/guru', end: '2027-01-10', changedAt: '2026-12-01T00:00:00+07:00', origin: 'user' }])!;
    const list = buildSchedule({ calendars: [moved], role: 'guru', zone: 'WIB', settings: settings() });
    expect(find(list, '2026/penilaian/guru|tutup-7|2027-01-10')?.date).toBe('2027-01-03');
    expect(find(list, '2026/penilaian/guru|tutup-7|2026-12-31')).toBeUndefined();
  });
});

describe('what to do now', () => {
  const list = schedule();
  const id7 = '2026/penilaian/guru|tutup-7|2026-12-31';

  it.each(ZONES)('an on-time tick shows the reminder alone; once shown, never again (%s)', (zone) => {
    const l = schedule(zone);
    const at = new Date(instantOf('2026-12-24', '07:00', zone) + 30_000);
    const before = l.filter((r) => r.fireAt < at.getTime() - 60_000).map((r) => r.id);
    const plan = planAt(l, at, new Set(before), zone, DEFAULT_REMINDER_SETTINGS.quiet);
    expect(plan.delivery).toEqual({ kind: 'each', reminders: [find(l, id7)] });
    const again = planAt(l, at, new Set([...before, id7]), zone, DEFAULT_REMINDER_SETTINGS.quiet);
    expect(again.delivery).toBeNull();
    expect(again.nextAt).toBe(instantOf('2026-12-28', '07:00', zone));
  });

  it('after days with the browser closed: ONE summary of the reminders still useful; closed windows are skipped', () => {
    // Browser closed from 10 Dec to 29 Dec: 14 Dec... reminders missed
    const shown = new Set(list.filter((r) => r.fireAt < instantOf('2026-12-10', '00:00', 'WIB')).map((r) => r.id));
    const plan = planAt(list, new Date(instantOf('2026-12-29', '09:00', 'WIB')), shown, 'WIB', null);
    expect(plan.delivery?.kind).toBe('summary');
    expect(plan.due.map((r) => r.leadDays)).toEqual([14, 7, 3]);
    const text = summaryText(plan.due, 'id');
    expect(text.title).toBe('3 pengingat terlewat');
    expect(text.message).toContain('Penilaian ditutup 31 Desember 2026');
    // opening in January after a closed browser since November: the November ones are stale
    const jan = planAt(list, new Date(instantOf('2027-01-02', '09:00', 'WIB')), new Set(), 'WIB', null);
    expect(jan.due).toEqual([]);
    expect(jan.stale.length).toBeGreaterThan(5);
  });

  it('a single missed reminder is shown alone, marked late', () => {
    const shown = new Set(list.filter((r) => r.id !== id7).map((r) => r.id));
    const plan = planAt(list, new Date(instantOf('2026-12-26', '10:00', 'WIB')), shown, 'WIB', null);
    expect(plan.delivery).toMatchObject({ kind: 'single-late', reminder: { id: id7 } });
    expect(reminderText(find(list, id7)!, [], 'id', true).title).toBe('Terlewat: Penilaian: tinggal 7 hari lagi');
  });

  it('during quiet hours nothing is shown; it wakes at their end', () => {
    const plan = planAt(list, new Date(instantOf('2026-12-24', '23:00', 'WIB')), new Set(), 'WIB', { start: '21:00', end: '06:00' });
    expect(plan.delivery).toBeNull();
    expect(plan.due.length).toBeGreaterThan(0);
    expect(plan.nextAt).toBe(instantOf('2026-12-25', '06:00', 'WIB'));
  });

  it('notification words: stage, date, unticked items, both languages', () => {
    const r = find(list, '2026/perencanaan/pengajuan/guru|tutup-3|2026-01-21')!;
    const id = reminderText(r, ['Periksa data diri', 'Isi Perilaku Kerja', 'Baca Rangkuman'], 'id');
    expect(id.title).toBe('Perencanaan: tinggal 3 hari lagi');
    expect(id.message).toBe('Ditutup 21 Januari 2026 (Guru menyusun dan mengajukan SKP). Belum dicentang: Periksa data diri; Isi Perilaku Kerja, dan 1 lainnya');
    expect(reminderText(find(list, '2026/perencanaan/pengajuan/guru|tutup-1|2026-01-21')!, [], 'en').title).toBe('Planning (Perencanaan): tomorrow is the last day');
    expect(reminderText(find(list, '2026/penilaian/guru|buka|2026-11-13')!, [], 'id').title).toBe('Penilaian dibuka hari ini');
  });
});

describe('uncertain dates in reminders', () => {
  it('a copied (unofficial) year says so in every notification; 2026 does not', () => {
    const cal2027 = calendarFor(2027)!;
    expect(cal2027.regime.official).toBe(false);
    const list2027 = schedule('WIB', {}, 'guru', [cal2027]);
    expect(list2027.length).toBeGreaterThan(0);
    expect(list2027.every((r) => !r.scheduleOfficial && !r.dateCertain)).toBe(true);
    expect(reminderText(list2027[0]!, [], 'id').message).toContain('Jadwal tahun ini belum resmi (disalin dari tahun lalu)');
    expect(reminderText(list2027[0]!, [], 'en').message).toContain('not official yet (copied from last year)');
    expect(schedule().every((r) => r.scheduleOfficial)).toBe(true);
    expect(schedule().some((r) => reminderText(r, [], 'id').message.includes('belum resmi'))).toBe(false);
  });

  it('the date a reminder is about decides: a date the teacher corrected herself is certain', () => {
    const windowId = '2026/perencanaan/pengajuan/guru';
    const before = find(schedule(), `${windowId}|tutup-3|2026-01-21`)!;
    expect(before.dateCertain).toBe(false);
    const corrected = calendarFor(2026, [{ windowId, end: '2026-01-23', changedAt: '2026-01-09T08:00:00+07:00', origin: 'user' }])!;
    const list = schedule('WIB', {}, 'guru', [corrected]);
    expect(find(list, `${windowId}|tutup-3|2026-01-23`)?.dateCertain).toBe(true);
    // the opening date was not corrected: still uncertain
    expect(find(list, `${windowId}|buka|${corrected.windows.find((w) => w.id === windowId)!.start}`)?.dateCertain).toBe(false);
  });
});

describe('badge', () => {
  it.each([
    ['2026-01-10', '11', BADGE_COLORS.soon],       // pengajuan ends 21 Jan
    ['2026-01-19', '2', BADGE_COLORS.urgent],
    ['2026-01-21', '!', BADGE_COLORS.urgent],      // last day
    ['2026-01-25', '6', BADGE_COLORS.soon],        // stage window to 31 Jan
    ['2026-06-15', '138', BADGE_COLORS.calm],      // tindak lanjut to 31 Oct (nearer than the stage end, 12 Nov)
  ] as const)('%s → %s', (today, text, color) => {
    expect(badgeFor(cal2026, 'guru', today)).toMatchObject({ text, color });
  });
  it('is empty when nothing is open', () => {
    expect(badgeFor(calendarFor(2024), 'guru', '2024-12-31')).not.toBeNull();
    expect(badgeFor(calendarFor(2024, [{ windowId: '2024-2/penilaian/guru', end: '2024-12-20', changedAt: '2024-12-01T00:00:00+07:00', origin: 'user' }, { windowId: '2024-2/pelaksanaan/guru', end: '2024-12-20', changedAt: '2024-12-01T00:00:00+07:00', origin: 'user' }]), 'guru', '2024-12-31')).toBeNull();
  });
  it('says whether the day it counts to is certain', () => {
    expect(badgeFor(cal2026, 'guru', '2026-01-10')?.endCertain).toBe(false); // pengajuan's 21 Jan: a single source
    const corrected = calendarFor(2026, [{ windowId: '2026/perencanaan/pengajuan/guru', end: '2026-01-23', changedAt: '2026-01-09T08:00:00+07:00', origin: 'user' }]);
    expect(badgeFor(corrected, 'guru', '2026-01-10')).toMatchObject({ text: '13', endCertain: true });
    expect(badgeFor(calendarFor(2027), 'guru', '2027-01-12')?.endCertain).toBe(false); // copied year
    expect(badgeFor(calendarFor(2024), 'guru', '2024-12-31')?.endCertain).toBe(true);
  });
});

describe('settings', () => {
  it('fall back field by field and sort lead times', () => {
    expect(parseReminderSettings(undefined)).toEqual(DEFAULT_REMINDER_SETTINGS);
    expect(parseReminderSettings({ enabled: true })).toEqual(DEFAULT_REMINDER_SETTINGS);
    expect(parseReminderSettings({ leadDays: [1, 7, 7, 30], time: '25:00' })).toMatchObject({ leadDays: [30, 7, 1], time: '07:00' });
  });
});

describe('English texts', () => {
  it('names dates and windows in English', () => {
    const list = schedule();
    const open = list.find((r) => r.id === '2026/pelaksanaan/refleksi/guru|buka|2026-10-01')!;
    expect(reminderText(open, [], 'en').title).toBe('Execution (Pelaksanaan): Refleksi tindak lanjut opens today');
    expect(reminderText(open, [], 'en').message).toBe('Runs until 12 November 2026. Every step is ticked.');
    expect(reminderText(open, [], 'id').title).toBe('Pelaksanaan: Refleksi tindak lanjut dibuka hari ini');
  });
});
