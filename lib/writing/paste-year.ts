/**
 * Which year's wording a Ruang GTK page shows. The page does not say, and the teacher's profile
 * year is not always the markup in front of them (the 2026 questions came reworded and reordered),
 * so every year a wording of the document starts in is tried and the one that places the most
 * fields without ambiguity wins; ties keep the profile's year.
 */
import type { FieldDescriptor } from '@/lib/autofill/collect';
import { documentDef, type DocumentKind } from './model';
import { matchWritingFields } from './paste';

export function pageWordingYear(kind: DocumentKind, profileYear: number, fields: readonly FieldDescriptor[]): number {
  const years = new Set<number>([profileYear]);
  for (const f of documentDef(kind).fields) for (const w of f.site) for (const y of [w.fromYear, w.toYear]) if (y) years.add(y);
  const fit = (year: number) => {
    const r = matchWritingFields(kind, year, fields);
    return r.matches.length * 2 - r.ambiguous.length;
  };
  let best = profileYear;
  let bestFit = fit(profileYear);
  for (const y of years) {
    const f = fit(y);
    if (f > bestFit) { best = y; bestFit = f; }
  }
  return best;
}
