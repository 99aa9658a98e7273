/**
 * Checklist progress in Dexie (table `checklist`, DB version 2): one row per period, role and step.
 * Every write runs in a transaction and then bumps `data.revision` in storage.local, so the overlay
 * frame, the popup and the background (badge, reminder texts) look again.
 */
import type { PendampingDB, ChecklistRow } from '@/lib/db/database';
import type { Role, StageId } from '@/lib/domain';
import { bumpDataRevision, type RevisionStorage } from '@/lib/data-revision';
import type { ProgressMap } from './items';
import { decideAuto, type Proof } from './proof';


export const checklistRowId = (periodId: string, role: Role, stepId: string) => `${periodId}/${role}/${stepId}`;

export async function loadProgress(db: PendampingDB, periodId: string, role: Role): Promise<ProgressMap> {
  const rows = await db.checklist.where('[periodId+role]').equals([periodId, role]).toArray();
  return Object.fromEntries(rows.map((r) => [r.stepId, { done: r.done, source: r.source }]));
}


/** A tick or untick by hand. */
export async function setItemDone(
  db: PendampingDB, storage: RevisionStorage,
  item: { periodId: string; role: Role; stageId: StageId; stepId: string }, done: boolean, now = new Date(),
): Promise<void> {
  await db.transaction('rw', db.checklist, async () => {
    await db.checklist.put({ id: checklistRowId(item.periodId, item.role, item.stepId), ...item, done, source: 'manual', updatedAt: now.toISOString() });
  });
  await bumpDataRevision(storage);
}

/** The hook for automatic ticks; returns true when the item was ticked now. */
export async function applyProof(db: PendampingDB, storage: RevisionStorage, proof: Proof, role: Role, now = new Date()): Promise<boolean> {
  const id = checklistRowId(proof.periodId, role, proof.step);
  const changed = await db.transaction('rw', db.checklist, async () => {
    const existing = await db.checklist.get(id);
    const next = decideAuto(existing);
    if (!next) return false;
    const row: ChecklistRow = {
      id, periodId: proof.periodId, role, stageId: proof.stage, stepId: proof.step, ...next,
      proof: `${proof.kind}${proof.ref ? `:${proof.ref}` : ''}`, updatedAt: now.toISOString(),
    };
    await db.checklist.put(row);
    return true;
  });
  if (changed) await bumpDataRevision(storage);
  return changed;
}
