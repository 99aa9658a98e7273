/** Predikat kinerja from the two ratings, with the matrix cell and the regulation that decide it. */
import type { IsoDate, Predikat, Rating } from '@/lib/domain';
import { predikatRulesFor, type PredikatRuleSet, PREDIKAT_RULE_SETS } from './rules';

export interface PredikatResult {
  readonly predikat: Predikat;
  readonly hasilKerja: Rating;
  readonly perilaku: Rating;
  readonly ruleId: string;
  readonly regulation: string;
}

export function explainPredikat(hasilKerja: Rating, perilaku: Rating, date: IsoDate, sets: readonly PredikatRuleSet[] = PREDIKAT_RULE_SETS): PredikatResult | undefined {
  const rules = predikatRulesFor(date, sets);
  if (!rules) return undefined;
  return { predikat: rules.matrix[hasilKerja][perilaku], hasilKerja, perilaku, ruleId: rules.id, regulation: rules.regulation };
}
