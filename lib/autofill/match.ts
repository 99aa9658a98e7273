/**
 * Step 2 of 3 (match): template keys to collected fields, by score over the form's vocabulary.
 * Pure. A field two keys claim equally, or a key two fields claim equally, is ambiguous and is
 * not filled; a `name` shared by several fields never counts.
 */
import type { FieldDescriptor } from './collect';
import { containsPhrase, normalizeText } from './normalize';
import type { FormVocabulary, VocabularyField } from './vocabulary';

/** Below this a field is not recognised as the key. */
export const MIN_SCORE = 5;
/** Fewer than this share of the expected fields found: the form has probably changed. */
export const CHANGED_FORM_THRESHOLD = 0.5;

export interface FieldMatch {
  readonly key: string;
  readonly fieldIndex: number;
  readonly score: number;
}

export interface Ambiguity {
  /** A field two or more keys claim equally, or a key two or more fields claim equally. */
  readonly kind: 'field' | 'key';
  readonly fieldIndexes: readonly number[];
  readonly keys: readonly string[];
}

export interface MatchResult {
  readonly matches: readonly FieldMatch[];
  readonly ambiguous: readonly Ambiguity[];
  /** Field indexes no key reached. */
  readonly unrecognised: readonly number[];
  /** Expected keys not found in the form. */
  readonly missingKeys: readonly string[];
  /** Share of expected keys found (0–1). */
  readonly coverage: number;
  /** "Formulir e-Kinerja tampaknya berubah": coverage below the threshold. */
  readonly formChanged: boolean;
}

const LABEL_EXACT = 10;
const LABEL_CONTAINS = 6;
const PLACEHOLDER_EXACT = 6;
const PLACEHOLDER_CONTAINS = 3;
const NAME_UNIQUE = 5;
const NAME_BONUS = 2;
const SECTION_BONUS = 4;

function labelScore(labels: readonly string[], synonyms: readonly string[], exact: number, contains: number): number {
  let best = 0;
  for (const label of labels) {
    if (!label) continue;
    for (const s of synonyms) {
      if (label === s) best = Math.max(best, exact);
      // The label says more than the synonym ("Bukti Eviden (Link ke file …)"); longer synonyms weigh more.
      else if (containsPhrase(label, s)) best = Math.max(best, contains + Math.min(s.split(' ').length, 4) * 0.25);
    }
  }
  return best;
}

/** The score of one field for one vocabulary entry (0 = no signal). */
export function scoreField(field: FieldDescriptor, entry: VocabularyField): number {
  const synonyms = entry.labels.map(normalizeText);
  const labels = [field.labelFor, field.labelWrap, field.labelGroup, field.ariaLabel].map(normalizeText);
  const byLabel = labelScore(labels, synonyms, LABEL_EXACT, LABEL_CONTAINS);
  const byPlaceholder = labelScore([normalizeText(field.placeholder)], synonyms, PLACEHOLDER_EXACT, PLACEHOLDER_CONTAINS);
  const names = (entry.names ?? []).map((n) => n.toLowerCase());
  // A shared name (three inputs called "date") says nothing about which one is which.
  const nameHit = !field.nameShared && ((field.name && names.includes(field.name.toLowerCase())) || (field.id && names.includes(field.id.toLowerCase())));
  let score = Math.max(byLabel, byPlaceholder);
  if (nameHit) score = score > 0 ? score + NAME_BONUS : NAME_UNIQUE;
  if (score > 0 && entry.section) {
    const where = normalizeText(`${field.section} ${field.labelFor} ${field.labelWrap} ${field.labelGroup} ${field.ariaLabel}`);
    if (containsPhrase(where, entry.section)) score += SECTION_BONUS;
  }
  return score;
}

/** The outcome of pairing keys with fields by a score table (shared with lib/writing/paste.ts). */
export interface Pairing {
  readonly matches: readonly FieldMatch[];
  readonly ambiguous: readonly Ambiguity[];
  readonly ambiguousKeys: ReadonlySet<string>;
  readonly ambiguousFields: ReadonlySet<number>;
}

/**
 * Pairs keys with fields from `scores[k][i]` (key k, field i): a key whose best score two fields
 * share, or a field whose best score two keys share, is ambiguous and left out; the rest pair up
 * when each is the other's best (mutual best), at `minScore` or above.
 */
export function pairByScore(keys: readonly string[], fields: readonly Pick<FieldDescriptor, 'index'>[], scores: readonly (readonly number[])[], minScore = MIN_SCORE): Pairing {
  const ambiguous: Ambiguity[] = [];
  const ambiguousFields = new Set<number>();
  const ambiguousKeys = new Set<string>();
  // A key whose best score is shared by two fields.
  keys.forEach((key, k) => {
    const best = Math.max(0, ...scores[k]!);
    if (best < minScore) return;
    const tied = fields.filter((_f, i) => scores[k]![i] === best).map((f) => f.index);
    if (tied.length > 1) {
      ambiguous.push({ kind: 'key', keys: [key], fieldIndexes: tied });
      ambiguousKeys.add(key);
      tied.forEach((i) => ambiguousFields.add(i));
    }
  });
  // A field whose best score is shared by two keys.
  fields.forEach((f, i) => {
    const column = keys.map((_e, k) => scores[k]![i]!);
    const best = Math.max(0, ...column);
    if (best < minScore) return;
    const tied = keys.filter((_e, k) => column[k] === best);
    if (tied.length > 1) {
      ambiguous.push({ kind: 'field', keys: tied, fieldIndexes: [f.index] });
      ambiguousFields.add(f.index);
      tied.forEach((key) => ambiguousKeys.add(key));
    }
  });

  // Mutual best pairs among what is not ambiguous.
  const matches: FieldMatch[] = [];
  keys.forEach((key, k) => {
    if (ambiguousKeys.has(key)) return;
    const row = scores[k]!;
    const best = Math.max(0, ...row);
    if (best < minScore) return;
    const i = row.indexOf(best);
    const field = fields[i]!;
    if (ambiguousFields.has(field.index)) return;
    const column = keys.map((_x, kk) => scores[kk]![i]!);
    if (Math.max(...column) !== best) return; // the field belongs better to another key
    matches.push({ key, fieldIndex: field.index, score: best });
  });
  return { matches, ambiguous, ambiguousKeys, ambiguousFields };
}

/** Step 2: which field gets which key. Only keys in `keys` (default: the whole vocabulary) are matched. */
export function matchFields(fields: readonly FieldDescriptor[], vocabulary: FormVocabulary, keys?: readonly string[]): MatchResult {
  const wanted = keys ? new Set(keys) : null;
  const entries = vocabulary.fields.filter((e) => !wanted || wanted.has(e.key));
  const scores = entries.map((e) => fields.map((f) => scoreField(f, e)));
  const { matches, ambiguous, ambiguousKeys, ambiguousFields } = pairByScore(entries.map((e) => e.key), fields, scores);

  const matchedFields = new Set(matches.map((m) => m.fieldIndex));
  const matchedKeys = new Set(matches.map((m) => m.key));
  const unrecognised = fields.filter((f) => !matchedFields.has(f.index) && !ambiguousFields.has(f.index)).map((f) => f.index);
  const expected = vocabulary.fields.filter((e) => e.expected);
  const missingKeys = expected.filter((e) => !matchedKeys.has(e.key) && !ambiguousKeys.has(e.key)).map((e) => e.key);
  const found = expected.filter((e) => matchedKeys.has(e.key)).length;
  const coverage = expected.length ? found / expected.length : 1;
  return { matches, ambiguous, unrecognised, missingKeys, coverage, formChanged: coverage < CHANGED_FORM_THRESHOLD };
}

/** The vocabulary that fits the fields best (for when the page does not say which form this is). */
export function guessFormKind(fields: readonly FieldDescriptor[], title: string, vocabularies: readonly FormVocabulary[]): FormVocabulary | null {
  let best: { v: FormVocabulary; score: number } | null = null;
  const t = normalizeText(title);
  for (const v of vocabularies) {
    const result = matchFields(fields, v);
    const titleHit = v.titles.some((x) => containsPhrase(t, normalizeText(x))) ? 0.5 : 0;
    const score = result.matches.length + titleHit + result.coverage;
    if (result.matches.length > 0 && (!best || score > best.score)) best = { v, score };
  }
  return best?.v ?? null;
}
