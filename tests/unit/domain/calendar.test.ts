import { describe, expect, it } from 'vitest';
import {
  ZONES, addDays, calendarFor, currentPosition, displayStatus, nextDeadlines, regimeForYear, todayIn, windowStatus,
  type IndonesianZone, type IsoDate, type Role,
} from '@/lib/domain';

const ZONE_LIST = Object.keys(ZONES) as IndonesianZone[];
/** The instant at local wall time `hhmm` on `date` in `zone`. */
const at = (date: IsoDate, zone: IndonesianZone, hhmm: string) => new Date(`${date}T${hhmm}:00${ZONES[zone].utcOffset}`);

describe('todayIn', () => {
  it('maps the zones to Asia/Jakarta, Asia/Makassar, Asia/Jayapura', () => {
    expect(Object.fromEntries(ZONE_LIST.map((z) => [z, ZONES[z].iana]))).toEqual({ WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' });
  });
  it('one instant is a different calendar date in each zone around midnight', () => {
    const instant = new Date('2026-01-31T15:30:00Z');
    expect(todayIn('WIB', instant)).toBe('2026-01-31'); // 22:30
    expect(todayIn('WITA', instant)).toBe('2026-01-31'); // 23:30
    expect(todayIn('WIT', instant)).toBe('2026-02-01'); // 00:30
  });
  it('crosses the year end', () => {
    const instant = new Date('2024-12-31T16:00:00Z');
    expect(todayIn('WIB', instant)).toBe('2024-12-31');
    expect(todayIn('WITA', instant)).toBe('2025-01-01');
    expect(todayIn('WIT', instant)).toBe('2025-01-01');
  });
});

/** Windows whose boundaries cross month ends, a leap day and year ends, for both roles and all three years. */
const CASES: { year: number; slug: (role: Role) => string }[] = [
  { year: 2024, slug: (r) => `2024-1/perencanaan/${r}` }, // opens 1 Jan (year start) or 15 Jan; ends 31 Mar
  { year: 2024, slug: (r) => `2024-1/pelaksanaan/persiapan/${r}` }, // ends on the leap day 29 Feb
  { year: 2024, slug: (r) => `2024-2/penilaian/${r}` }, // ends 31 Dec: day after is the next year
  { year: 2024, slug: (r) => `2024-2/perencanaan/${r}` }, // 1 Jul – 31 Jul: day before is 30 Jun
  { year: 2025, slug: (r) => `2025/perencanaan/${r}` },
  { year: 2025, slug: (r) => `2025/penilaian/${r}` },
  { year: 2026, slug: (r) => `2026/perencanaan/pra-perencanaan/${r}` },
  { year: 2026, slug: (r) => `2026/perencanaan/persetujuan/${r}` },
  { year: 2026, slug: (r) => `2026/penilaian/${r}` },
];

const rows = CASES.flatMap(({ year, slug }) =>
  (['guru', 'kepala-sekolah'] as Role[]).flatMap((role) => ZONE_LIST.map((zone) => ({ year, role, zone, id: slug(role) }))),
);

describe.each(rows)('$id in $zone', ({ year, zone, id }) => {
  const w = calendarFor(year)!.windows.find((x) => x.id === id)!;
  const length = Number((Date.parse(w.end) - Date.parse(w.start)) / 86_400_000);
  // Late evening and just after midnight, local time: the zone decides the date, not UTC.
  it.each(['00:05', '23:55'])('boundaries at %s local time', (hhmm) => {
    const status = (d: IsoDate) => windowStatus(w, todayIn(zone, at(d, zone, hhmm)));
    expect(status(addDays(w.start, -1))).toEqual({ state: 'belum-dibuka', daysUntilOpen: 1 });
    expect(status(w.start)).toEqual({ state: 'berjalan', daysLeft: length, dayNumber: 1 });
    expect(status(w.end)).toEqual({ state: 'berjalan', daysLeft: 0, dayNumber: length + 1 });
    expect(status(addDays(w.end, 1))).toEqual({ state: 'lewat', daysSinceClose: 1 });
  });
});

describe('windowStatus and displayStatus', () => {
  const w = { start: '2026-01-22' as IsoDate, end: '2026-01-31' as IsoDate };
  it('counts days across a month end', () => {
    expect(windowStatus({ start: '2024-01-15', end: '2024-03-31' }, '2024-02-28')).toEqual({ state: 'berjalan', daysLeft: 32, dayNumber: 45 });
    expect(windowStatus({ start: '2025-11-13', end: '2025-12-31' }, '2025-11-01')).toEqual({ state: 'belum-dibuka', daysUntilOpen: 12 });
    expect(windowStatus({ start: '2024-12-01', end: '2024-12-31' }, '2025-01-10')).toEqual({ state: 'lewat', daysSinceClose: 10 });
  });
  it('labels: belum dibuka, tinggal N hari, besok, hari ini, lewat', () => {
    expect(displayStatus(windowStatus(w, '2026-01-20'))).toEqual({ bucket: 'belum-dibuka', label: 'Belum dibuka · dibuka 2 hari lagi' });
    expect(displayStatus(windowStatus(w, '2026-01-21'))).toEqual({ bucket: 'belum-dibuka', label: 'Belum dibuka · dibuka besok' });
    expect(displayStatus(windowStatus(w, '2026-01-28'))).toEqual({ bucket: 'tinggal-n-hari', label: 'Tinggal 3 hari lagi' });
    expect(displayStatus(windowStatus(w, '2026-01-30'))).toEqual({ bucket: 'tinggal-n-hari', label: 'Besok hari terakhir' });
    expect(displayStatus(windowStatus(w, '2026-01-31'))).toEqual({ bucket: 'tinggal-n-hari', label: 'Hari ini hari terakhir' });
    expect(displayStatus(windowStatus(w, '2026-02-01'))).toEqual({ bucket: 'lewat', label: 'Sudah lewat' });
  });
  it('a long window is "berjalan" until 14 days are left', () => {
    const long = { start: '2025-02-01' as IsoDate, end: '2025-03-31' as IsoDate };
    expect(displayStatus(windowStatus(long, '2025-03-16')).bucket).toBe('berjalan'); // 15 left
    expect(displayStatus(windowStatus(long, '2025-03-17')).bucket).toBe('tinggal-n-hari'); // 14 left
    expect(displayStatus(windowStatus(long, '2025-03-17'), 7).bucket).toBe('berjalan');
  });
});

describe('currentPosition', () => {
  it('2024 February: pelaksanaan is current while late planning stays open', () => {
    const pos = currentPosition(calendarFor(2024)!, 'guru', '2024-02-15');
    expect(pos.period?.id).toBe('2024-1');
    expect(pos.stage?.stage.id).toBe('pelaksanaan');
    expect(pos.step?.step.id).toBe('dokumen-persiapan');
    expect(pos.openStages.map((s) => s.stage.id)).toEqual(['perencanaan', 'pelaksanaan']);
  });
  it('2024: a principal on 10 Jan has nothing open yet and sees planning opening 15 Jan', () => {
    const pos = currentPosition(calendarFor(2024)!, 'kepala-sekolah', '2024-01-10');
    expect(pos.stage).toBeUndefined();
    expect(pos.nextOpening?.window.id).toBe('2024-1/perencanaan/kepala-sekolah');
    expect(pos.nextOpening?.status).toEqual({ state: 'belum-dibuka', daysUntilOpen: 5 });
    expect(currentPosition(calendarFor(2024)!, 'guru', '2024-01-10').step?.step.id).toBe('data-diri');
  });
  it('2024 March: observation step of the guru, observation by pengawas for the principal', () => {
    expect(currentPosition(calendarFor(2024)!, 'guru', '2024-03-10').step?.step.id).toBe('observasi');
    const ks = currentPosition(calendarFor(2024)!, 'kepala-sekolah', '2024-03-10').step!;
    expect([ks.step.id, ks.step.actor.who]).toEqual(['observasi', 'pengawas']);
  });
  it('2024 Period II follows July planning', () => {
    const pos = currentPosition(calendarFor(2024)!, 'guru', '2024-07-31');
    expect([pos.period?.id, pos.stage?.stage.id, pos.stage?.status]).toEqual(['2024-2', 'perencanaan', { state: 'berjalan', daysLeft: 0, dayNumber: 31 }]);
  });
  it('2025: pelaksanaan in June, penilaian from 13 November', () => {
    expect(currentPosition(calendarFor(2025)!, 'guru', '2025-06-01').step?.step.id).toBe('upaya-tindak-lanjut');
    expect(currentPosition(calendarFor(2025)!, 'guru', '2025-11-12').stage?.stage.id).toBe('pelaksanaan');
    expect(currentPosition(calendarFor(2025)!, 'kepala-sekolah', '2025-11-13').stage?.stage.id).toBe('penilaian');
  });
  it('2026 January sub-windows: pra-perencanaan, pengajuan, persetujuan', () => {
    const cal = calendarFor(2026)!;
    expect(currentPosition(cal, 'guru', '2026-01-07').step?.step.id).toBe('pra-perencanaan');
    expect(currentPosition(cal, 'guru', '2026-01-08').step?.step.id).toBe('data-diri');
    expect(currentPosition(cal, 'guru', '2026-01-22').step?.step.id).toBe('persetujuan-rencana');
    expect(currentPosition(cal, 'kepala-sekolah', '2026-01-25').step?.step.id).toBe('periksa-rencana-guru');
  });
});

describe('nextDeadlines', () => {
  it('soonest end first, only for the role, only not yet closed', () => {
    const list = nextDeadlines(calendarFor(2026)!, 'guru', '2026-01-10', { limit: 3 });
    expect(list.map((d) => d.window.id)).toEqual(['2026/perencanaan/pengajuan/guru', '2026/perencanaan/guru', '2026/perencanaan/persetujuan/guru']);
    expect(list[0]!.display).toEqual({ bucket: 'tinggal-n-hari', label: 'Tinggal 11 hari lagi' });
  });
  it('bindingOnly drops recommended months; several calendars cross the year end', () => {
    const list = nextDeadlines([calendarFor(2025)!, calendarFor(2026)!], 'kepala-sekolah', '2025-12-20', { bindingOnly: true, limit: 3 });
    expect(list.map((d) => d.window.id)).toEqual(['2025/penilaian/kepala-sekolah', '2026/perencanaan/pra-perencanaan/kepala-sekolah', '2026/perencanaan/kepala-sekolah']);
    expect(list.every((d) => d.window.binding === 'batas')).toBe(true);
  });
  it('2027 deadlines exist and are flagged uncertain', () => {
    const list = nextDeadlines(calendarFor(2027)!, 'guru', '2027-01-01');
    expect(list[0]!.window.origin).toBe('uncertain');
    expect(regimeForYear(2027)!.official).toBe(false);
  });
});
