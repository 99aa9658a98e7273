/**
 * The batch queue for repeated entries (daily progress, monthly rencana aksi): fill one entry,
 * wait for the user to press the site's own save, detect that it was saved (the modal closed and
 * the list shows it), then prepare the next. A pure state machine; the side panel feeds it events.
 */
import { normalizeText, containsPhrase } from './normalize';
import { WEEKDAYS_ID } from './placeholders';

export interface BatchEntry {
  readonly id: string;
  /** What the user sees in the queue, e.g. "Senin, 7 Desember 2026". */
  readonly label: string;
  /** The activity date (ISO) for the placeholders. */
  readonly date: string;
  /** Template values for this entry (override the template's). */
  readonly values: Readonly<Record<string, string>>;
  /** Text that shows in the site's list once this entry is saved (e.g. the kegiatan). */
  readonly savedMarker: string;
}

export type EntryStatus = 'menunggu' | 'terisi' | 'tersimpan' | 'dilewati' | 'gagal';
export type BatchPhase = 'siap' | 'mengisi' | 'menunggu-simpan' | 'berhenti' | 'selesai';

export interface BatchState {
  readonly entries: readonly BatchEntry[];
  readonly status: readonly EntryStatus[];
  /** The entry being worked on (or next). */
  readonly current: number;
  readonly phase: BatchPhase;
  /** Problems per entry id (fields not filled, values that did not stick). */
  readonly notes: Readonly<Record<string, string>>;
}

export type BatchEvent =
  | { type: 'mulai' }                     // start or resume: fill the current entry
  | { type: 'terisi' }                    // the filler finished the current entry
  | { type: 'gagal'; note: string }       // the form was not there / fields did not fill
  | { type: 'tersimpan' }                 // the site's save was detected
  | { type: 'lewati' }                    // the user skips the current entry
  | { type: 'berhenti' };                 // stop at any point

export function startBatch(entries: readonly BatchEntry[]): BatchState {
  return { entries, status: entries.map(() => 'menunggu'), current: 0, phase: entries.length ? 'siap' : 'selesai', notes: {} };
}

function advance(state: BatchState, status: readonly EntryStatus[]): BatchState {
  const next = status.findIndex((s, i) => i > state.current && s === 'menunggu');
  return next === -1
    ? { ...state, status, phase: 'selesai', current: state.entries.length }
    : { ...state, status, current: next, phase: 'siap' };
}

function withStatus(state: BatchState, s: EntryStatus): EntryStatus[] {
  return state.status.map((x, i) => (i === state.current ? s : x));
}

export function batchReducer(state: BatchState, event: BatchEvent): BatchState {
  if (state.phase === 'selesai') return state;
  switch (event.type) {
    case 'mulai':
      if (state.phase === 'siap' || state.phase === 'berhenti') {
        // Resume at the first entry not yet saved or skipped (a stop during waiting keeps it filled).
        const first = state.status.findIndex((s) => s === 'menunggu' || s === 'terisi');
        if (first === -1) return { ...state, phase: 'selesai', current: state.entries.length };
        return { ...state, current: first, phase: state.status[first] === 'terisi' ? 'menunggu-simpan' : 'mengisi' };
      }
      return state;
    case 'terisi':
      return state.phase === 'mengisi' ? { ...state, status: withStatus(state, 'terisi'), phase: 'menunggu-simpan' } : state;
    case 'gagal': {
      if (state.phase !== 'mengisi' && state.phase !== 'menunggu-simpan') return state;
      const id = state.entries[state.current]!.id;
      // A failure stops the queue: the user looks at the form before anything else is filled.
      return { ...state, status: withStatus(state, 'gagal'), phase: 'berhenti', notes: { ...state.notes, [id]: event.note } };
    }
    case 'tersimpan':
      return state.phase === 'menunggu-simpan' ? advance(state, withStatus(state, 'tersimpan')) : state;
    case 'lewati':
      return state.phase === 'berhenti' || state.phase === 'siap' || state.phase === 'menunggu-simpan' || state.phase === 'mengisi'
        ? { ...advance(state, withStatus(state, 'dilewati')), ...(state.phase === 'berhenti' ? { phase: 'berhenti' as const } : {}) }
        : state;
    case 'berhenti':
      return { ...state, phase: 'berhenti' };
  }
}

export interface BatchSummary {
  readonly total: number;
  readonly saved: number;
  readonly skipped: number;
  readonly failed: number;
  readonly remaining: number;
  readonly failedLabels: readonly string[];
}

export function summarise(state: BatchState): BatchSummary {
  const count = (s: EntryStatus) => state.status.filter((x) => x === s).length;
  return {
    total: state.entries.length,
    saved: count('tersimpan'),
    skipped: count('dilewati'),
    failed: count('gagal'),
    remaining: count('menunggu') + count('terisi'),
    failedLabels: state.entries.filter((_e, i) => state.status[i] === 'gagal').map((e) => e.label),
  };
}

/**
 * Whether the site saved the entry: its modal is closed and the list now shows the entry's marker
 * text (more times than before the save, so an identical earlier entry does not count).
 */
export function isEntrySaved(observation: { modalOpen: boolean; listTexts: readonly string[] }, entry: BatchEntry, countBefore: number): boolean {
  if (observation.modalOpen) return false;
  const marker = normalizeText(entry.savedMarker);
  if (!marker) return false;
  return observation.listTexts.filter((t) => containsPhrase(normalizeText(t), marker)).length > countBefore;
}

/** A weekly timetable: template values by weekday (1 = Senin … 6 = Sabtu); a missing day is no school. */
export type WeeklyTimetable = Readonly<Partial<Record<1 | 2 | 3 | 4 | 5 | 6, Readonly<Record<string, string>>>>>;

/** One entry per school day of the week starting `mondayIso`, skipping the given holidays. */
export function entriesForWeek(mondayIso: string, timetable: WeeklyTimetable, holidays: readonly string[] = [], markerKey = 'kegiatan'): BatchEntry[] {
  const start = Date.parse(`${mondayIso}T00:00:00Z`);
  const out: BatchEntry[] = [];
  for (let i = 0; i < 7; i++) {
    const d = new Date(start + i * 86_400_000);
    const iso = d.toISOString().slice(0, 10);
    const weekday = d.getUTCDay() as 0 | 1 | 2 | 3 | 4 | 5 | 6;
    const values = weekday === 0 ? undefined : timetable[weekday];
    if (!values || holidays.includes(iso)) continue;
    out.push({ id: iso, label: `${WEEKDAYS_ID[weekday]}, ${iso}`, date: iso, values: { tanggal: '{tanggal}', ...values }, savedMarker: values[markerKey] ?? '' });
  }
  return out;
}
