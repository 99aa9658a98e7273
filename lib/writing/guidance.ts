/**
 * What the domain data says beside a field: the chosen indicator, its fokus perilaku and, where our
 * sources have them, the behaviours recommended and to avoid. Nothing is invented: an indicator
 * whose lists were not retrieved says so (lib/domain/indicators.ts).
 */
import { indicatorsFor, type Indicator, type Role } from '@/lib/domain';
import type { FieldDef, WritingDocument } from './model';

export interface FieldGuidance {
  readonly indicator: Indicator;
  /** Show the indicator's meaning (why-fields) or its behaviours (what-to-do fields). */
  readonly show: 'indicator' | 'behaviours';
  readonly hasLists: boolean;
}

export function findIndicator(role: Role, year: number, id: string): Indicator | undefined {
  return id ? indicatorsFor(role, year).find((i) => i.id === id) : undefined;
}

/** The indicator chosen in the period's Rencana, if any. */
export function chosenIndicatorId(docs: readonly WritingDocument[]): string {
  const plan = docs.find((d) => d.kind === 'rencana');
  return plan && plan.kind === 'rencana' ? plan.fields.indikator : '';
}

export function guidanceFor(field: FieldDef, indicator: Indicator | undefined): FieldGuidance | null {
  if (!field.guidance || !indicator) return null;
  const hasLists = indicator.behaviours.some((b) => (b.dianjurkan?.length ?? 0) + (b.dihindari?.length ?? 0) > 0);
  return { indicator, show: field.guidance, hasLists };
}
