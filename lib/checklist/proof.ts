/**
 * Automatic ticks. When the product sees proof that a step was done (evidence tagged to the step by the
 * evidence organizer, a reflection written), the item is ticked with source 'auto'. The user's hand wins:
 * an item the user unticked stays unticked, and a hand tick is never replaced.
 */
import type { StageId } from '@/lib/domain';
import type { ItemProgress } from './items';

export type ProofKind = 'evidence' | 'reflection';
/** The evidence engineer's items carry {periodId, stage, step}; `ref` names the proof for the record. */
export interface Proof { readonly periodId: string; readonly stage: StageId; readonly step: string; readonly kind: ProofKind; readonly ref?: string }

/** The new progress for an item given a proof, or null when nothing should change. */
export function decideAuto(existing: (ItemProgress & { untickedByUser?: boolean }) | undefined): ItemProgress | null {
  if (!existing) return { done: true, source: 'auto' };
  if (existing.done) return null; // already ticked, by hand or automatically
  if (existing.source === 'manual') return null; // the user unticked it: that sticks
  return { done: true, source: 'auto' };
}
