import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { PendampingDB } from '@/lib/db/database';
import { emptyPlan } from '@/lib/angka-kredit';
import { ANGKA_KREDIT_KEY, defaultStored, loadStored, parseStored, savePlan, savePrincipal } from '@/lib/angka-kredit/store';

const dbs: PendampingDB[] = [];
const fresh = () => { const db = new PendampingDB(`ak-${Math.random()}`); dbs.push(db); return db; };
afterEach(async () => { for (const db of dbs.splice(0)) await db.delete(); });

describe('angka kredit store (settings row, no schema change)', () => {
  it('saves a valid plan and the principal list, and reads them back', async () => {
    const db = fresh();
    const plan = { ...emptyPlan(2024), entries: [{ year: 2024, months: 12, jenjang: 'ahli-pertama', golongan: 'III/a', predikat: 'baik' }] } as const;
    expect(await savePlan(db, structuredClone(plan) as never, 2024)).toEqual({ ok: true });
    expect(await savePrincipal(db, { organisasi: 'istimewa', teachers: [{ name: 'Budi', predikat: 'baik' }] }, 2024)).toBe(true);
    const stored = await loadStored(db, 2024);
    expect(stored.plan).toEqual(plan);
    expect(stored.principal.teachers).toHaveLength(1);
    expect((await db.settings.get('profile'))).toBeUndefined();
  });
  it('refuses a bad plan and leaves the stored one untouched', async () => {
    const db = fresh();
    await savePlan(db, emptyPlan(2024), 2024);
    const bad = { ...emptyPlan(2024), start: { ...emptyPlan(2024).start, ak: '-5' } };
    const r = await savePlan(db, bad, 2024);
    expect(r.ok).toBe(false);
    expect((await loadStored(db, 2024)).plan.start.ak).toBe('0');
    expect(await savePrincipal(db, { organisasi: 'istimewa', teachers: [{ name: 'x', predikat: 'hebat' as never }] }, 2024)).toBe(false);
  });
  it('a damaged row falls back part by part instead of crashing', async () => {
    const db = fresh();
    const principal = { organisasi: 'baik', teachers: [{ name: 'Ani', predikat: 'kurang' }] };
    await db.settings.put({ key: ANGKA_KREDIT_KEY, value: { version: 1, plan: { nonsense: true }, principal }, updatedAt: '' });
    const s = await loadStored(db, 2025);
    expect(s.plan).toEqual(defaultStored(2025).plan);
    expect(s.principal).toEqual(principal);
    expect(parseStored('garbage', 2026)).toEqual(defaultStored(2026));
  });
});
