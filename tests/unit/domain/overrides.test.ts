import { describe, expect, it } from 'vitest';
import {
  CALENDAR_UPDATE_FORMAT, CalendarOverrideSchema, applyOverrides, calendarFor, currentPosition, parseCalendarUpdate, parseOverride,
  regimeForYear, REGIME_2024, REGIME_2026, type CalendarOverride,
} from '@/lib/domain';

const ov = (o: Partial<CalendarOverride> & { windowId: string }): CalendarOverride =>
  CalendarOverrideSchema.parse({ changedAt: '2026-01-05T08:00:00+07:00', ...o });
const find = (cal: ReturnType<typeof applyOverrides>, id: string) => cal.windows.find((w) => w.id === id)!;

describe('applyOverrides', () => {
  it('without overrides every date is official or uncertain, as its certainty says', () => {
    const cal = applyOverrides(REGIME_2026);
    expect(find(cal, '2026/perencanaan/guru')).toMatchObject({ origin: 'official', startOrigin: 'official', endOrigin: 'official' });
    expect(find(cal, '2026/perencanaan/pengajuan/guru')).toMatchObject({ origin: 'uncertain' });
    expect(cal.rejected).toEqual([]);
  });
  it('a user override wins and each date knows where it came from', () => {
    const cal = applyOverrides(REGIME_2026, [ov({ windowId: '2026/perencanaan/pengajuan/guru', end: '2026-01-25', note: 'Surat dinas' })]);
    const w = find(cal, '2026/perencanaan/pengajuan/guru');
    expect([w.start, w.end, w.officialEnd]).toEqual(['2026-01-08', '2026-01-25', '2026-01-21']);
    expect([w.origin, w.startOrigin, w.endOrigin]).toEqual(['user', 'uncertain', 'user']);
    expect(w.overrides[0]!.note).toBe('Surat dinas');
  });
  it('steps follow the overridden window they run in', () => {
    const cal = applyOverrides(REGIME_2024, [ov({ windowId: '2024-1/pelaksanaan/persiapan/guru', start: '2024-01-20' })]);
    expect(currentPosition(cal, 'guru', '2024-01-25').openSteps.map((s) => s.step.id)).toContain('dokumen-persiapan');
  });
  it('the later change wins; on a tie the user beats an import', () => {
    const id = '2025/penilaian/guru';
    const cal = applyOverrides(regimeForYear(2025)!, [
      ov({ windowId: id, end: '2026-01-15', changedAt: '2026-01-02T00:00:00Z', origin: 'user' }),
      ov({ windowId: id, end: '2026-01-10', changedAt: '2026-01-02T00:00:00Z', origin: 'imported' }),
      ov({ windowId: id, end: '2026-01-05', changedAt: '2025-12-01T00:00:00Z', origin: 'user' }),
    ]);
    expect(find(cal, id)).toMatchObject({ end: '2026-01-15', endOrigin: 'user', origin: 'user' });
  });
  it('refuses an unknown window with an Indonesian message and an English one', () => {
    const cal = applyOverrides(REGIME_2026, [ov({ windowId: '2026/perencanaan/tidak-ada/guru', end: '2026-01-10' })]);
    expect(cal.rejected).toHaveLength(1);
    expect(cal.rejected[0]!.problems[0]).toMatchObject({
      code: 'unknown-window', message: 'Jadwal "2026/perencanaan/tidak-ada/guru" tidak dikenal untuk tahun ini',
      messageEn: 'Unknown window id "2026/perencanaan/tidak-ada/guru" for this year',
    });
  });
  it('refuses an end before the window start, even when only the end is given', () => {
    const cal = applyOverrides(REGIME_2026, [ov({ windowId: '2026/perencanaan/persetujuan/guru', end: '2026-01-20' })]);
    expect(cal.rejected[0]!.problems[0]).toMatchObject({
      code: 'end-before-start', message: 'Tanggal selesai (20 Januari 2026) tidak boleh sebelum tanggal mulai (22 Januari 2026)',
    });
    expect(find(cal, '2026/perencanaan/persetujuan/guru').end).toBe('2026-01-31');
  });
  it('calendarFor keeps only the overrides of its year', () => {
    const cal = calendarFor(2025, [ov({ windowId: '2026/perencanaan/guru', end: '2026-02-10' })])!;
    expect(cal.rejected).toEqual([]);
    expect(calendarFor(2026, [ov({ windowId: '2026/perencanaan/guru', end: '2026-02-10' })])!.windows[0]!.end).toBe('2026-02-10');
  });
});

describe('parseOverride', () => {
  it('refuses end before start in the input itself', () => {
    const r = parseOverride({ windowId: '2026/perencanaan/guru', start: '2026-01-10', end: '2026-01-05', changedAt: '2026-01-01T00:00:00Z' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.message)).toContain('Tanggal selesai tidak boleh sebelum tanggal mulai');
  });
  it('refuses an impossible date and an override with no date', () => {
    const bad = parseOverride({ windowId: '2026/perencanaan/guru', end: '2026-02-30', changedAt: '2026-01-01T00:00:00Z' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]!.message).toBe('Tanggal selesai: Tanggal harus berformat YYYY-MM-DD dan ada di kalender');
    const empty = parseOverride({ windowId: '2026/perencanaan/guru', changedAt: '2026-01-01T00:00:00Z' });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.problems[0]!.message).toBe('Isi tanggal mulai atau tanggal selesai');
  });
  it('defaults the origin to user', () => {
    const r = parseOverride({ windowId: '2026/perencanaan/guru', end: '2026-02-07', changedAt: '2026-01-01T00:00:00Z' });
    expect(r.ok && r.override.origin).toBe('user');
  });
});

describe('parseCalendarUpdate (versioned import file)', () => {
  const file = (overrides: unknown[], extra: object = {}) => ({
    format: CALENDAR_UPDATE_FORMAT, version: 1, year: 2026,
    source: { title: 'SE Dirjen GTK tentang perpanjangan', url: 'https://example.go.id/se' }, overrides, ...extra,
  });
  it('accepts a valid file and marks its overrides as imported', () => {
    const r = parseCalendarUpdate(file([{ windowId: '2026/perencanaan/guru', end: '2026-02-14', changedAt: '2026-01-30T10:00:00+07:00' }]), regimeForYear);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.file.source?.certainty).toBe('single-source');
    const cal = applyOverrides(REGIME_2026, r.overrides);
    expect(cal.windows.find((w) => w.id === '2026/perencanaan/guru')).toMatchObject({ end: '2026-02-14', endOrigin: 'imported' });
  });
  it('refuses the whole file when one override is wrong', () => {
    const r = parseCalendarUpdate(file([
      { windowId: '2026/perencanaan/guru', end: '2026-02-14', changedAt: '2026-01-30T10:00:00Z' },
      { windowId: '2026/perencanaan/bukan/guru', end: '2026-02-14', changedAt: '2026-01-30T10:00:00Z' },
      { windowId: '2026/penilaian/guru', start: '2026-12-20', end: '2026-12-01', changedAt: '2026-01-30T10:00:00Z' },
    ]), regimeForYear);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.code)).toEqual(['unknown-window', 'invalid']);
  });
  it('refuses another format, an unsupported version and an unknown year', () => {
    const codes = (x: unknown) => { const r = parseCalendarUpdate(x, regimeForYear); return r.ok ? [] : r.problems.map((p) => p.code); };
    expect(codes({ format: 'lain', version: 1 })).toEqual(['wrong-format']);
    expect(codes(file([{ windowId: '2026/perencanaan/guru', end: '2026-02-14', changedAt: '2026-01-30T10:00:00Z' }], { version: 2 }))).toEqual(['unsupported-version']);
    expect(codes(file([{ windowId: '2020/perencanaan/guru', end: '2020-02-14', changedAt: '2026-01-30T10:00:00Z' }], { year: 2020 }))).toEqual(['invalid']);
    expect(codes(file([]))).toEqual(['invalid']);
  });
});
