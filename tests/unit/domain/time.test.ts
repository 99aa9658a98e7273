import { describe, expect, it } from 'vitest';
import { IsoDateSchema, addDays, daysBetween, formatTanggal, isIsoDate, shiftYears, yearOf } from '@/lib/domain';

describe('calendar-date arithmetic', () => {
  it('validates real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(IsoDateSchema.safeParse('2026-01-31').success).toBe(true);
    expect(IsoDateSchema.safeParse(20260131).success).toBe(false);
  });
  it('adds days across month, leap-day and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2024-01-31', '2024-03-31')).toBe(60);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(yearOf('2027-06-01')).toBe(2027);
  });
  it('shifts years keeping month ends', () => {
    expect(shiftYears('2026-01-21', 1)).toBe('2027-01-21');
    expect(shiftYears('2027-02-28', 1)).toBe('2028-02-29');
    expect(shiftYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftYears('2026-11-13', 2)).toBe('2028-11-13');
  });
  it('formats Indonesian dates', () => {
    expect(formatTanggal('2024-03-31')).toBe('31 Maret 2024');
    expect(formatTanggal('2025-11-13')).toBe('13 November 2025');
  });
});
