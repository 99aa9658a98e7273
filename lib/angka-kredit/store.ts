/**
 * Where the history, the starting PAK and the principal's list live: one row of the existing `settings` table
 * (key ANGKA_KREDIT_KEY), so no schema change. Read through zod (a row from an older version or edited by hand
 * falls back part by part, never crashes the page); written in one transaction, and only when the plan passes
 * `checkPlan`: bad input is refused, not stored.
 */
import { z } from 'zod';
import type { PendampingDB } from '@/lib/db/database';
import { checkPlan, emptyPlan, PlanSchema, type Plan, type Problem } from './plan';
import { PrincipalSchema, type PrincipalData } from './distribution';

export const ANGKA_KREDIT_KEY = 'angka-kredit';

export const StoredSchema = z.object({ version: z.literal(1), plan: PlanSchema, principal: PrincipalSchema });
export type Stored = z.infer<typeof StoredSchema>;

export function defaultStored(year: number): Stored {
  return { version: 1, plan: emptyPlan(year), principal: { organisasi: 'baik', teachers: [] } };
}

export function parseStored(value: unknown, year: number): Stored {
  const whole = StoredSchema.safeParse(value);
  if (whole.success) return whole.data;
  const fallback = defaultStored(year);
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const plan = PlanSchema.safeParse(v.plan);
  const principal = PrincipalSchema.safeParse(v.principal);
  return { version: 1, plan: plan.success ? plan.data : fallback.plan, principal: principal.success ? principal.data : fallback.principal };
}

export async function loadStored(db: PendampingDB, year: number): Promise<Stored> {
  return parseStored((await db.settings.get(ANGKA_KREDIT_KEY))?.value, year);
}

async function update(db: PendampingDB, year: number, change: (s: Stored) => Stored): Promise<Stored> {
  return db.transaction('rw', db.settings, async () => {
    const next = change(parseStored((await db.settings.get(ANGKA_KREDIT_KEY))?.value, year));
    await db.settings.put({ key: ANGKA_KREDIT_KEY, value: next, updatedAt: new Date().toISOString() });
    return next;
  });
}

export async function savePlan(db: PendampingDB, plan: Plan, year: number): Promise<{ ok: true } | { ok: false; problems: Problem[] }> {
  const checked = checkPlan(plan);
  if (!checked.ok) return checked;
  await update(db, year, (s) => ({ ...s, plan: checked.value.plan }));
  return { ok: true };
}

export async function savePrincipal(db: PendampingDB, principal: PrincipalData, year: number): Promise<boolean> {
  const parsed = PrincipalSchema.safeParse(principal);
  if (!parsed.success) return false;
  await update(db, year, (s) => ({ ...s, principal: parsed.data }));
  return true;
}
