import { z } from 'zod';

/**
 * A calendar date 'YYYY-MM-DD'. Deadlines in Pengelolaan Kinerja are calendar days, not instants,
 * so every comparison here works on whole days; an instant only becomes a date through `todayIn`.
 */
export type IsoDate = `${number}-${number}-${number}`;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Round-trip through UTC rejects 2025-02-29 and 2024-13-01.
  const back = new Date(Date.UTC(y, mo - 1, d));
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d;
}

export const IsoDateSchema = z.custom<IsoDate>(isIsoDate, {
  message: 'Tanggal harus berformat YYYY-MM-DD dan ada di kalender',
});

/** Parses and validates; throws for invalid input (use in data and tests, not on user input). */
export function isoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new Error(`Bukan tanggal YYYY-MM-DD yang sah: ${value}`);
  return value;
}

/** Days since 1970-01-01; pure integer arithmetic avoids local-time and DST surprises. */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function fromDayNumber(n: number): IsoDate {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10) as IsoDate;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** `to − from` in calendar days (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0; // fixed-width strings sort as dates
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function lastDayOfMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

/**
 * Moves a date by whole years for the "jadwal belum resmi" copy of a regime. A month-end stays a month-end,
 * so a window ending 28 Feb in a common year ends 29 Feb in a leap year.
 */
export function shiftYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const targetYear = y + years;
  const isMonthEnd = d === lastDayOfMonth(y, m);
  const day = isMonthEnd ? lastDayOfMonth(targetYear, m) : Math.min(d, lastDayOfMonth(targetYear, m));
  return `${String(targetYear).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

// ---------------------------------------------------------------- time zones

export type IndonesianZone = 'WIB' | 'WITA' | 'WIT';

export const ZONES: Readonly<Record<IndonesianZone, { readonly iana: string; readonly label: string; readonly utcOffset: string }>> = {
  WIB: { iana: 'Asia/Jakarta', label: 'WIB (Waktu Indonesia Barat)', utcOffset: '+07:00' },
  WITA: { iana: 'Asia/Makassar', label: 'WITA (Waktu Indonesia Tengah)', utcOffset: '+08:00' },
  WIT: { iana: 'Asia/Jayapura', label: 'WIT (Waktu Indonesia Timur)', utcOffset: '+09:00' },
};

export const IndonesianZoneSchema = z.enum(['WIB', 'WITA', 'WIT']);

const formatters = new Map<IndonesianZone, Intl.DateTimeFormat>();

/** The calendar date at `instant` in the user's zone: the only place an instant becomes a date. */
export function todayIn(zone: IndonesianZone, instant: Date): IsoDate {
  let fmt = formatters.get(zone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone: ZONES[zone].iana, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(zone, fmt);
  }
  const parts = Object.fromEntries(fmt.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}` as IsoDate;
}

// ---------------------------------------------------------------- display

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'] as const;

/** '2024-03-31' → '31 Maret 2024'. */
export function formatTanggal(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS_ID[m - 1]} ${y}`;
}
