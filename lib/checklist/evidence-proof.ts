import Dexie from 'dexie';
import type { PendampingDB } from '@/lib/db/database';
import type { RevisionStorage } from '@/lib/data-revision';
import type { Role, StageId } from '@/lib/domain';
import { applyProof } from './store';

const STAGES: readonly StageId[] = ['perencanaan', 'pelaksanaan', 'penilaian'];

/**
 * Evidence tagged to a step of this period is proof the step was worked on: tick it
 * automatically. Derived from stored data, so it holds however the evidence arrived (app,
 * overlay drop, re-tag) and it is idempotent: applyProof leaves hand ticks and hand unticks alone.
 * Returns the steps ticked now.
 */
export async function reconcileEvidenceProofs(db: PendampingDB, storage: RevisionStorage, periodId: string, role: Role): Promise<string[]> {
  const items = await db.evidence
    .where('[periodId+activityDate]')
    .between([periodId, Dexie.minKey], [periodId, Dexie.maxKey])
    .toArray();
  const proofs = new Map<string, { stage: StageId; step: string; ref: string }>();
  for (const item of items) {
    if (!item.step || !item.stage || !STAGES.includes(item.stage as StageId) || proofs.has(item.step)) continue;
    proofs.set(item.step, { stage: item.stage as StageId, step: item.step, ref: item.id });
  }
  const ticked: string[] = [];
  for (const proof of proofs.values()) {
    if (await applyProof(db, storage, { periodId, kind: 'evidence', ...proof }, role)) ticked.push(proof.step);
  }
  return ticked;
}
