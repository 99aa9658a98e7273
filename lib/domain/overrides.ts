/**
 * User and imported changes to the official calendar. Official data is never edited: the effective calendar is
 * the official windows with overrides laid on top, and every date remembers where it came from.
 */
import { z } from 'zod';
import type { CalendarWindow, Regime } from './schema';
import { SourceSchema, CertaintySchema } from './sources';
import { IsoDateSchema, compareIso, formatTanggal, type IsoDate } from './time';
import { describeIssue, type FieldLabels } from './issues';

export const OverrideOriginSchema = z.enum(['user', 'imported']);
export type OverrideOrigin = z.infer<typeof OverrideOriginSchema>;

/** Where a date of the effective calendar came from. */
export type DateOrigin = 'official' | 'uncertain' | OverrideOrigin;

export const CalendarOverrideSchema = z
  .object({
    windowId: z.string().min(1, 'Pilih jadwal yang diubah'),
    start: IsoDateSchema.optional(),
    end: IsoDateSchema.optional(),
    note: z.string().max(500, 'Catatan paling banyak 500 karakter').optional(),
    /** ISO date-time of the change; the later change wins. */
    changedAt: z.iso.datetime({ offset: true, message: 'Waktu perubahan harus tanggal-waktu ISO' }),
    origin: OverrideOriginSchema.default('user'),
  })
  .refine((o) => o.start !== undefined || o.end !== undefined, { message: 'Isi tanggal mulai atau tanggal selesai', path: ['start'] })
  .refine((o) => !o.start || !o.end || compareIso(o.start, o.end) <= 0, { message: 'Tanggal selesai tidak boleh sebelum tanggal mulai', path: ['end'] });
export type CalendarOverride = z.output<typeof CalendarOverrideSchema>;
export type CalendarOverrideInput = z.input<typeof CalendarOverrideSchema>;

export const CALENDAR_UPDATE_FORMAT = 'pendamping-kinerja/calendar-update';
export const CALENDAR_UPDATE_VERSION = 1;
/** A year has a few dozen windows: a real update changes far fewer than this. */
export const CALENDAR_UPDATE_MAX_OVERRIDES = 500;
/** Largest update file read at all (a real one is a few KB). */
export const CALENDAR_UPDATE_MAX_BYTES = 1024 * 1024;

/** An importable calendar update (for example a file shared by a dinas after a new circular). */
export const CalendarUpdateFileSchema = z.object({
  format: z.literal(CALENDAR_UPDATE_FORMAT),
  version: z.literal(CALENDAR_UPDATE_VERSION),
  year: z.number().int().min(2024).max(2100),
  source: SourceSchema.extend({
    title: z.string().min(1).max(300),
    url: z.string().min(1).max(2000).optional(),
    certainty: CertaintySchema.default('single-source'),
  }).optional(),
  overrides: z
    .array(
      z.object({
        windowId: z.string().min(1).max(120),
        start: IsoDateSchema.optional(),
        end: IsoDateSchema.optional(),
        note: z.string().max(500).optional(),
        changedAt: z.iso.datetime({ offset: true }),
      }),
    )
    .min(1, 'Berkas tidak berisi perubahan jadwal')
    .max(CALENDAR_UPDATE_MAX_OVERRIDES),
});
export type CalendarUpdateFile = z.output<typeof CalendarUpdateFileSchema>;

export type OverrideProblemCode = 'invalid' | 'unknown-window' | 'end-before-start' | 'wrong-format' | 'unsupported-version' | 'wrong-year' | 'too-many';

/** A refusal: `message` is for the user (Bahasa Indonesia), `messageEn` for logs and the English locale. */
export type OverrideProblem = { code: OverrideProblemCode; windowId?: string; message: string; messageEn: string };

export type EffectiveWindow = CalendarWindow & {
  origin: DateOrigin;
  startOrigin: DateOrigin;
  endOrigin: DateOrigin;
  /** The dates before any override. */
  officialStart: IsoDate;
  officialEnd: IsoDate;
  /** The overrides that changed this window, oldest first. */
  overrides: CalendarOverride[];
};

export type EffectiveCalendar = {
  regime: Regime;
  year: number;
  windows: EffectiveWindow[];
  /** Overrides that were not applied, with the reason. */
  rejected: { override: CalendarOverride; problems: OverrideProblem[] }[];
};

function baseOrigin(w: CalendarWindow): DateOrigin {
  return w.certainty === 'confirmed' ? 'official' : 'uncertain';
}

/** The fields of a calendar change, named as the form and the update file's guide name them. */
const OVERRIDE_LABELS: FieldLabels = {
  windowId: { id: 'Jadwal', en: 'Schedule' },
  start: { id: 'Tanggal mulai', en: 'Start date' },
  end: { id: 'Tanggal selesai', en: 'End date' },
  note: { id: 'Catatan', en: 'Note' },
  changedAt: { id: 'Waktu perubahan', en: 'Time of change' },
  format: { id: 'Jenis berkas', en: 'File type' },
  version: { id: 'Versi berkas', en: 'File version' },
  year: { id: 'Tahun', en: 'Year' },
  source: { id: 'Sumber', en: 'Source' },
  'source.title': { id: 'Judul sumber', en: 'Source title' },
  'source.url': { id: 'Alamat sumber', en: 'Source address' },
  'source.certainty': { id: 'Kepastian sumber', en: 'Source certainty' },
  overrides: { id: 'Daftar perubahan', en: 'List of changes' },
  'overrides.#': { id: 'Perubahan ke-{n}', en: 'Change {n}' },
  'overrides.#.windowId': { id: 'Perubahan ke-{n}, jadwal', en: 'Change {n}, schedule' },
  'overrides.#.start': { id: 'Perubahan ke-{n}, tanggal mulai', en: 'Change {n}, start date' },
  'overrides.#.end': { id: 'Perubahan ke-{n}, tanggal selesai', en: 'Change {n}, end date' },
  'overrides.#.note': { id: 'Perubahan ke-{n}, catatan', en: 'Change {n}, note' },
  'overrides.#.changedAt': { id: 'Perubahan ke-{n}, waktu perubahan', en: 'Change {n}, time of change' },
};

/** At most this many problems are listed; the rest are counted. */
const MAX_PROBLEMS = 5;

function zodProblems(error: z.ZodError, windowId?: string): OverrideProblem[] {
  const problems: OverrideProblem[] = error.issues.slice(0, MAX_PROBLEMS).map((i) => ({
    code: 'invalid',
    ...(windowId ? { windowId } : {}),
    message: describeIssue(i, OVERRIDE_LABELS, 'id'),
    messageEn: describeIssue(i, OVERRIDE_LABELS, 'en'),
  }));
  const more = error.issues.length - MAX_PROBLEMS;
  if (more > 0) problems.push({ code: 'invalid', message: `dan ${more} masalah lain`, messageEn: `and ${more} more problems` });
  return problems;
}

function unknownWindow(windowId: string): OverrideProblem {
  return {
    code: 'unknown-window', windowId,
    message: `Jadwal "${windowId}" tidak dikenal untuk tahun ini`,
    messageEn: `Unknown window id "${windowId}" for this year`,
  };
}

function endBeforeStart(windowId: string, start: IsoDate, end: IsoDate): OverrideProblem {
  return {
    code: 'end-before-start', windowId,
    message: `Tanggal selesai (${formatTanggal(end)}) tidak boleh sebelum tanggal mulai (${formatTanggal(start)})`,
    messageEn: `End date ${end} is before start date ${start}`,
  };
}

/** Parses unknown input (a form or stored row) into an override, or returns the problems. */
export function parseOverride(input: unknown): { ok: true; override: CalendarOverride } | { ok: false; problems: OverrideProblem[] } {
  const r = CalendarOverrideSchema.safeParse(input);
  if (!r.success) {
    const windowId = typeof input === 'object' && input && 'windowId' in input && typeof input.windowId === 'string' ? input.windowId : undefined;
    return { ok: false, problems: zodProblems(r.error, windowId) };
  }
  return { ok: true, override: r.data };
}

/**
 * Checks an override against a window's current dates: an override that sets only the end
 * is still refused when that end falls before the window's start.
 */
export function checkOverride(regime: Regime, override: CalendarOverride, current?: { start: IsoDate; end: IsoDate }): OverrideProblem[] {
  const official = regime.windows.find((w) => w.id === override.windowId);
  if (!official) return [unknownWindow(override.windowId)];
  const start = override.start ?? current?.start ?? official.start;
  const end = override.end ?? current?.end ?? official.end;
  return compareIso(start, end) > 0 ? [endBeforeStart(override.windowId, start, end)] : [];
}

/** Later `changedAt` wins; on a tie the user's own change beats an imported one. */
function overrideOrder(a: CalendarOverride, b: CalendarOverride): number {
  const t = Date.parse(a.changedAt) - Date.parse(b.changedAt);
  if (t !== 0) return t;
  return (a.origin === 'user' ? 1 : 0) - (b.origin === 'user' ? 1 : 0);
}

/** The effective calendar: official windows plus the valid overrides, each date tagged with its origin. */
export function applyOverrides(regime: Regime, overrides: readonly CalendarOverride[] = []): EffectiveCalendar {
  const byId = new Map<string, EffectiveWindow>(
    regime.windows.map((w) => {
      const o = baseOrigin(w);
      return [w.id, { ...w, origin: o, startOrigin: o, endOrigin: o, officialStart: w.start, officialEnd: w.end, overrides: [] }];
    }),
  );
  const rejected: EffectiveCalendar['rejected'] = [];
  for (const override of [...overrides].sort(overrideOrder)) {
    const current = byId.get(override.windowId);
    const problems = checkOverride(regime, override, current);
    if (!current || problems.length > 0) {
      rejected.push({ override, problems });
      continue;
    }
    if (override.start) {
      current.start = override.start;
      current.startOrigin = override.origin;
    }
    if (override.end) {
      current.end = override.end;
      current.endOrigin = override.origin;
    }
    current.overrides.push(override);
    // The most recent origin describes the window as a whole.
    current.origin = override.origin;
  }
  return { regime, year: regime.year, windows: regime.windows.map((w) => byId.get(w.id)!), rejected };
}

/**
 * Validates an imported calendar update file as a whole: a file with one bad override is refused entirely,
 * so a half-applied circular never mixes with the official calendar.
 */
export function parseCalendarUpdate(
  input: unknown,
  regimeForYear: (year: number) => Regime | undefined,
): { ok: true; file: CalendarUpdateFile; overrides: CalendarOverride[] } | { ok: false; problems: OverrideProblem[] } {
  if (typeof input !== 'object' || input === null || (input as { format?: unknown }).format !== CALENDAR_UPDATE_FORMAT) {
    return { ok: false, problems: [{ code: 'wrong-format', message: 'Berkas ini bukan pembaruan jadwal Pendamping Kinerja', messageEn: 'Not a Pendamping Kinerja calendar update file' }] };
  }
  const version = (input as { version?: unknown }).version;
  if (version !== CALENDAR_UPDATE_VERSION) {
    return { ok: false, problems: [{ code: 'unsupported-version', message: `Versi berkas ${String(version)} belum didukung; perbarui ekstensi`, messageEn: `Unsupported file version ${String(version)}` }] };
  }
  // Counted before anything is validated: a file with 50,000 entries is refused at once instead
  // of being checked entry by entry on the page's thread.
  const count = Array.isArray((input as { overrides?: unknown }).overrides) ? (input as { overrides: unknown[] }).overrides.length : 0;
  if (count > CALENDAR_UPDATE_MAX_OVERRIDES) {
    return { ok: false, problems: [{
      code: 'too-many',
      message: `Berkas berisi ${count.toLocaleString('id-ID')} perubahan jadwal; paling banyak ${CALENDAR_UPDATE_MAX_OVERRIDES}. Minta berkas pembaruan yang benar dari pengirimnya.`,
      messageEn: `The file has ${count.toLocaleString('en')} schedule changes; at most ${CALENDAR_UPDATE_MAX_OVERRIDES}. Ask its sender for the right update file.`,
    }] };
  }
  const parsed = CalendarUpdateFileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const file = parsed.data;
  const regime = regimeForYear(file.year);
  if (!regime) {
    return { ok: false, problems: [{ code: 'wrong-year', message: `Tahun ${file.year} tidak dikenal`, messageEn: `Unknown year ${file.year}` }] };
  }
  const overrides: CalendarOverride[] = [];
  const problems: OverrideProblem[] = [];
  for (const raw of file.overrides) {
    if (problems.length >= MAX_PROBLEMS) break;
    // The file's source names the circular, so each imported date can show where it came from.
    const r = CalendarOverrideSchema.safeParse({ ...raw, note: (raw.note ?? file.source?.title)?.slice(0, 500), origin: 'imported' });
    if (!r.success) {
      problems.push(...zodProblems(r.error, raw.windowId));
      continue;
    }
    problems.push(...checkOverride(regime, r.data));
    overrides.push(r.data);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, file, overrides };
}
