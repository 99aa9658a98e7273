import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import 'fake-indexeddb/auto';
import {
  CALENDAR_UPDATE_FORMAT, CALENDAR_UPDATE_MAX_OVERRIDES, parseCalendarUpdate, regimeForYear, type OverrideProblem,
} from '@/lib/domain';
import { describeIssue } from '@/lib/domain/issues';

const file = (overrides: unknown[], extra: Record<string, unknown> = {}) => ({
  format: CALENDAR_UPDATE_FORMAT, version: 1, year: 2026, overrides, ...extra,
});
const change = (i = 0) => ({ windowId: '2026/perencanaan/guru', end: '2026-02-01', changedAt: `2026-01-0${(i % 9) + 1}T00:00:00Z` });
const messages = (r: ReturnType<typeof parseCalendarUpdate>) => (r.ok ? [] : r.problems.map((p: OverrideProblem) => p.message));

/** zod's own English words, which must never reach the screen. */
const ENGLISH = /\b(Invalid|expected|received|Too (big|small)|must|Required|string|number)\b/;

describe('calendar update import limits', () => {
  it('refuses 50,000 entries at once, by their count, without checking them one by one', () => {
    const input = file(Array.from({ length: 50_000 }, (_, i) => change(i)));
    const started = performance.now();
    const r = parseCalendarUpdate(input, regimeForYear);
    const took = performance.now() - started;
    expect(r.ok).toBe(false);
    expect(messages(r)).toEqual([`Berkas berisi 50.000 perubahan jadwal; paling banyak ${CALENDAR_UPDATE_MAX_OVERRIDES}. Minta berkas pembaruan yang benar dari pengirimnya.`]);
    // Counting is O(1); the bound is loose for a loaded 2-core machine (checking every entry took seconds).
    expect(took).toBeLessThan(250);
  });

  it('accepts up to the limit', () => {
    const r = parseCalendarUpdate(file(Array.from({ length: CALENDAR_UPDATE_MAX_OVERRIDES }, (_, i) => change(i))), regimeForYear);
    expect(r.ok).toBe(true);
  });

  it('caps text fields: a long note, window id or source title is refused in words', () => {
    const r = parseCalendarUpdate(file([{ ...change(), note: 'x'.repeat(501) }], { source: { title: 'y'.repeat(301) } }), regimeForYear);
    expect(messages(r)).toEqual(['Judul sumber: paling banyak 300 karakter', 'Perubahan ke-1, catatan: paling banyak 500 karakter']);
  });

  it('lists at most five problems, then counts the rest', () => {
    const r = parseCalendarUpdate(file(Array.from({ length: 12 }, () => ({ windowId: 3, changedAt: 'kemarin' }))), regimeForYear);
    const m = messages(r);
    expect(m).toHaveLength(6);
    expect(m[5]).toMatch(/^dan \d+ masalah lain$/);
  });
});

describe('every refusal in Indonesian, naming the field as the file or form shows it', () => {
  const cases: [string, unknown][] = [
    ['year as text', file([change()], { year: '2026' })],
    ['no changes', file([])],
    ['a change is not an object', file(['x'])],
    ['window id a number', file([{ ...change(), windowId: 7 }])],
    ['missing changedAt', file([{ windowId: '2026/perencanaan/guru', end: '2026-02-01' }])],
    ['a bad date', file([{ ...change(), end: '1 Februari' }])],
    ['end before start', file([{ ...change(), start: '2026-03-01', end: '2026-02-01' }])],
    ['unknown window', file([{ ...change(), windowId: '2026/tidak-ada/guru' }])],
    ['source without title', file([change()], { source: { title: '' } })],
    ['bad certainty', file([change()], { source: { title: 'SE', certainty: 'pasti' } })],
    ['year far ahead', file([change()], { year: 3000 })],
    ['not a calendar file', { format: 'lain' }],
    ['wrong version', { format: CALENDAR_UPDATE_FORMAT, version: 9 }],
  ];
  it.each(cases)('%s', (_name, input) => {
    const r = parseCalendarUpdate(input, regimeForYear);
    expect(r.ok).toBe(false);
    for (const m of messages(r)) {
      expect(m).not.toMatch(ENGLISH);
      expect(m).not.toMatch(/windowId|changedAt|overrides|\bsource\b|\byear\b|certainty/);
    }
  });

  it('turns zod\'s default issues into plain words with the field', () => {
    const schema = z.object({ name: z.string().min(1), size: z.number().max(10), tags: z.array(z.string()).max(2) });
    const labels = { name: { id: 'Judul', en: 'Title' }, size: { id: 'Ukuran', en: 'Size' }, tags: { id: 'Label', en: 'Tags' } };
    const r = schema.safeParse({ name: '', size: 11, tags: ['a', 'b', 'c'] });
    expect(r.success).toBe(false);
    const text = r.error!.issues.map((i) => describeIssue(i, labels, 'id'));
    expect(text).toEqual(['Judul: wajib diisi', 'Ukuran: paling besar 10', 'Label: paling banyak 2 butir']);
    const missing = schema.safeParse({});
    expect(missing.error!.issues.map((i) => describeIssue(i, labels, 'id'))).toEqual(['Judul: wajib diisi', 'Ukuran: wajib diisi', 'Label: wajib diisi']);
    expect(schema.safeParse({ name: 5, size: 1, tags: [] }).error!.issues.map((i) => describeIssue(i, labels, 'en'))).toEqual(['Title: must be text']);
  });
});

describe('link address cap', () => {
  it('is 4,000 characters in the app as in the side panel and the messages', async () => {
    const { checkUrl, LINK_URL_MAX } = await import('@/lib/evidence/model');
    expect(LINK_URL_MAX).toBe(4000);
    const base = 'https://drive.google.com/';
    expect(checkUrl(base + 'a'.repeat(LINK_URL_MAX - base.length)).ok).toBe(true);
    expect(checkUrl(base + 'a'.repeat(LINK_URL_MAX - base.length + 1)).ok).toBe(false);
    expect(checkUrl('http://sekolah.example/foto').ok).toBe(true);
  });
});

describe('settings refusals', () => {
  it('say what is wrong in plain Indonesian, never zod\'s English', async () => {
    const { saveProfile } = await import('@/lib/settings/profile-store');
    const { PendampingDB } = await import('@/lib/db/database');
    const db = new PendampingDB(`t-${Math.random()}`);
    const storage = { set: async () => undefined, get: async () => ({}) };
    const r = await saveProfile(db, { role: 'guru', name: 'x'.repeat(121), school: 5, jenjang: null, year: 2026, periodId: '2026', timeZone: 'WIB', locale: 'id' }, storage);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toEqual([
        { path: 'name', message: 'paling banyak 120 karakter' },
        { path: 'school', message: 'harus berupa teks' },
      ]);
    }
    db.close();
  });
});
