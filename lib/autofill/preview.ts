/**
 * The preview the side panel shows before anything is filled: each field found, the value it will
 * get, or why it is not touched. Pure; the side panel renders it and passes `instructions` to the
 * insert step after "Isi sekarang".
 */
import { displayLabel, type FieldDescriptor } from './collect';
import type { FillInstruction } from './insert';
import type { MatchResult } from './match';
import { normalizeText } from './normalize';
import { expandPlaceholders, type PlaceholderContext } from './placeholders';

export type SkipReason =
  | 'tidak-dikenali'       // no key reached this field
  | 'ambigu'               // two keys, or two fields, scored the same
  | 'sudah-terisi'         // holds a value and "timpa" is off
  | 'opsi-tidak-ditemukan' // the select has no option with that text
  | 'tidak-ada-di-template' // recognised, but the template has no value for it
  | 'placeholder-kosong'   // a placeholder without data ({link} with no evidence chosen) or unknown
  | 'tidak-bisa-diisi'     // disabled
  | 'perlu-konfirmasi';    // the form looks changed: only fields the user confirms are filled

export interface PreviewRow {
  readonly fieldIndex: number;
  readonly label: string;
  readonly key: string | null;
  readonly current: string;
  /** The value it will get, when it is filled. */
  readonly value: string | null;
  readonly reason: SkipReason | null;
  /** Placeholder problems, to say which. */
  readonly placeholders?: readonly string[];
  /** Keys competing for this field (ambigu). */
  readonly candidates?: readonly string[];
}

export interface Preview {
  readonly rows: readonly PreviewRow[];
  /** Template keys with a value that no field took. */
  readonly keysNotFound: readonly string[];
  /** "Formulir e-Kinerja tampaknya berubah", with the expected keys that are missing. */
  readonly formChanged: boolean;
  readonly missingKeys: readonly string[];
  readonly instructions: readonly FillInstruction[];
}

export interface PreviewOptions {
  readonly overwrite?: boolean;
  /** When the form looks changed: field indexes the user confirmed one by one. */
  readonly confirmed?: ReadonlySet<number>;
}

export function buildPreview(
  fields: readonly FieldDescriptor[],
  match: MatchResult,
  values: Readonly<Record<string, string>>,
  ctx: PlaceholderContext,
  opts: PreviewOptions = {},
): Preview {
  const byField = new Map(match.matches.map((m) => [m.fieldIndex, m.key]));
  const ambiguity = new Map<number, string[]>();
  for (const a of match.ambiguous) for (const i of a.fieldIndexes) ambiguity.set(i, [...new Set([...(ambiguity.get(i) ?? []), ...a.keys])]);
  const rows: PreviewRow[] = fields.map((f) => {
    const base = { fieldIndex: f.index, label: displayLabel(f), current: f.value };
    if (ambiguity.has(f.index)) return { ...base, key: null, value: null, reason: 'ambigu', candidates: ambiguity.get(f.index) };
    const key = byField.get(f.index);
    if (!key) return { ...base, key: null, value: null, reason: 'tidak-dikenali' };
    const raw = values[key];
    if (raw === undefined || raw.trim() === '') return { ...base, key, value: null, reason: 'tidak-ada-di-template' };
    const expanded = expandPlaceholders(raw, ctx);
    if (!expanded.ok) return { ...base, key, value: null, reason: 'placeholder-kosong', placeholders: [...expanded.unknown, ...expanded.missing.map((m) => `{${m}}`)] };
    if (f.disabled) return { ...base, key, value: expanded.text, reason: 'tidak-bisa-diisi' };
    if (f.value.trim() !== '' && !opts.overwrite) {
      return { ...base, key, value: expanded.text, reason: normalizeText(f.value) === normalizeText(expanded.text) ? null : 'sudah-terisi' };
    }
    if (f.options && !f.options.some((o) => normalizeText(o) === normalizeText(expanded.text))) return { ...base, key, value: expanded.text, reason: 'opsi-tidak-ditemukan' };
    if (match.formChanged && !opts.confirmed?.has(f.index)) return { ...base, key, value: expanded.text, reason: 'perlu-konfirmasi' };
    return { ...base, key, value: expanded.text, reason: null };
  });
  const taken = new Set(match.matches.map((m) => m.key));
  const keysNotFound = Object.entries(values).filter(([k, v]) => v.trim() !== '' && !taken.has(k)).map(([k]) => k);
  const instructions = rows
    .filter((r) => r.reason === null && r.value !== null && normalizeText(r.current) !== normalizeText(r.value))
    .map((r) => ({ fieldIndex: r.fieldIndex, value: r.value! }));
  return { rows, keysNotFound, formChanged: match.formChanged, missingKeys: match.missingKeys, instructions };
}
