/**
 * "Tempel dari catatan" and "Ambil dari halaman": which field of a Ruang GTK form is the twin of
 * which field of a writing document, and what to put where. Pure: it reads only the field
 * descriptors of lib/autofill's collector (and, in `collectWritingForm`, the Document it is given);
 * the insert step (lib/autofill/insert.ts `fillForm`) does the typing, never a save.
 *
 * Matching by meaning, in two parts added together:
 *  - literal: the field's site labels for the page's year against the page field's label, wrapping
 *    label, nearby text, aria-label and placeholder (lib/autofill `scoreField`: exact 10, contains ~6);
 *  - meaning: the words of the page field's label (or, when nothing else names it, its placeholder)
 *    that carry a document field's meaning (its labels of every year and its `cues`), compared by
 *    word stem ("menerapkan" meets "terapkan", "kendala" a cue of "tantangan"), each word weighed
 *    by how few of the document's fields share it (a word all four questions use says nothing).
 * Then lib/autofill `pairByScore`: equal best scores are ambiguous and never filled.
 */
import { collectForm, displayLabel, findActiveForm, type CollectedForm, type FieldDescriptor } from '@/lib/autofill/collect';
import type { FillInstruction } from '@/lib/autofill/insert';
import { pairByScore, scoreField, type Ambiguity } from '@/lib/autofill/match';
import { normalizeText } from '@/lib/autofill/normalize';
import { DOCUMENTS, FIELD_SCHEMAS, documentDef, wordingFor, type DocumentKind, type FieldDef } from './model';

/** Below this a page field is not the twin of a document field (lib/autofill's MIN_SCORE). */
export const PASTE_MIN_SCORE = 5;
/** Points per unit of meaning (one word no other field of the document shares). */
const MEANING_WEIGHT = 5;
/**
 * A label that begins with the field's site label names that field first: "Upaya mempelajari
 * fokus perilaku" is the upaya field, not the fokus perilaku one (Indonesian puts the head first).
 */
const HEAD_BONUS = 4;

// ---------------------------------------------------------------- words and stems

/** Words that say nothing about which question is which. */
const STOP_WORDS = new Set([
  'apa', 'apakah', 'yang', 'anda', 'kamu', 'saya', 'dari', 'dalam', 'di', 'ke', 'untuk', 'agar', 'supaya', 'itu', 'ini',
  'tersebut', 'sudah', 'telah', 'akan', 'dan', 'atau', 'saja', 'dengan', 'pada', 'oleh', 'bagaimana', 'mengapa',
  'tuliskan', 'jelaskan', 'sebutkan', 'ceritakan', 'uraikan', 'isi', 'isikan', 'contoh', 'opsional', 'wajib', 'harus',
  'dapat', 'bisa', 'para', 'yg', 'serta', 'juga', 'ada', 'adalah', 'sebagai', 'secara', 'lebih', 'paling', 'atas',
]);

const VOWEL = /^[aiueo]/;
const PREFIXES: readonly [string, readonly string[]][] = [
  // [prefix, what the root may start with after it: '' = the rest as is, or a letter the nasal replaced]
  ['meng', ['', 'k']], ['meny', ['s']], ['mem', ['', 'p']], ['men', ['', 't']], ['me', ['']],
  ['peng', ['', 'k']], ['peny', ['s']], ['pem', ['', 'p']], ['pen', ['', 't']], ['per', ['']], ['pe', ['']],
  ['ber', ['']], ['be', ['']], ['ter', ['']], ['di', ['']], ['ke', ['']], ['se', ['']],
];

/**
 * The possible roots of an Indonesian word (a light stemmer: affixes stripped every way that
 * could apply; two words meet when their sets share a root). Roots shorter than 4 letters are
 * dropped (except the word itself), so "kelas" does not become "las".
 */
export function stemsOf(word: string): Set<string> {
  const out = new Set<string>([word]);
  const bases = [word];
  for (const suffix of ['nya', 'lah', 'kah', 'pun']) if (word.endsWith(suffix) && word.length - suffix.length >= 4) bases.push(word.slice(0, -suffix.length));
  for (const b of [...bases]) for (const suffix of ['kan', 'an', 'i']) if (b.endsWith(suffix) && b.length - suffix.length >= 4) bases.push(b.slice(0, -suffix.length));
  for (const b of bases) {
    out.add(b);
    for (const [prefix, starts] of PREFIXES) {
      if (!b.startsWith(prefix)) continue;
      const rest = b.slice(prefix.length);
      for (const s of starts) {
        // meng-/peng- + vowel keep the vowel ("mengatasi" → atasi); + k the k is dropped ("mengirim" → kirim).
        if (s && !VOWEL.test(rest)) continue;
        const root = s + rest;
        if (root.length >= 4) out.add(root);
      }
    }
  }
  return out;
}

/** The meaningful words of a text: normalised, numbering and stop words gone. */
export function meaningWords(text: string): string[] {
  return normalizeText(text).split(' ').filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !STOP_WORDS.has(w));
}

const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  for (const x of a) if (b.has(x)) return true;
  return false;
};

// ---------------------------------------------------------------- the document's vocabulary

export interface Term {
  readonly word: string;
  readonly stems: ReadonlySet<string>;
  /** 1 / how many fields of the document carry this word's meaning. */
  readonly weight: number;
}

export interface FieldVocabulary {
  readonly def: FieldDef;
  /** The field's site labels for the page's year (literal scoring). */
  readonly labels: readonly string[];
  readonly terms: readonly Term[];
}

/** Fields a paste can fill: text of any length and dates (the indicator choice is a radio, not writing). */
export function pasteableFields(kind: DocumentKind): readonly FieldDef[] {
  return documentDef(kind).fields.filter((f) => f.input !== 'indicator');
}

const vocabularyCache = new Map<string, readonly FieldVocabulary[]>();

/** Per field: its labels of `year` and its meaning words of every year plus its cues, weighed. */
export function documentVocabulary(kind: DocumentKind, year: number): readonly FieldVocabulary[] {
  const key = `${kind}/${year}`;
  const cached = vocabularyCache.get(key);
  if (cached) return cached;
  const defs = pasteableFields(kind);
  const raw = defs.map((def) => {
    const words = new Set<string>();
    for (const w of def.site) for (const x of meaningWords(w.label)) words.add(x);
    for (const c of def.cues ?? []) for (const x of meaningWords(c)) words.add(x);
    return [...words].map((word) => ({ word, stems: stemsOf(word) }));
  });
  const vocab = defs.map((def, i): FieldVocabulary => ({
    def,
    labels: wordingFor(def.site, year).map((w) => w.label),
    terms: raw[i]!.map((t) => ({ ...t, weight: 1 / raw.filter((other) => other.some((o) => meets(o.stems, t.stems))).length })),
  }));
  vocabularyCache.set(key, vocab);
  return vocab;
}

// ---------------------------------------------------------------- scoring and matching

const round = (n: number) => Math.round(n * 1000) / 1000;

/** How much of one document field's meaning the page field's words carry (sum of term weights). */
function meaningOf(field: FieldDescriptor, vocab: FieldVocabulary): number {
  const named = [field.labelFor, field.labelWrap, field.labelGroup, field.ariaLabel].filter(Boolean);
  // A placeholder is often an example ("Contoh: Matematika"): it speaks only when nothing else names the field.
  const text = named.length ? named.join(' ') : field.placeholder;
  const words = [...new Set(meaningWords(text))].map(stemsOf);
  let sum = 0;
  for (const term of vocab.terms) if (words.some((w) => meets(w, term.stems))) sum += term.weight;
  return sum;
}

function startsWithLabel(field: FieldDescriptor, labels: readonly string[]): boolean {
  const texts = [field.labelFor, field.labelWrap, field.labelGroup, field.ariaLabel].map((t) => normalizeText(t).replace(/^\d+ /, ''));
  return labels.some((l) => {
    const label = normalizeText(l);
    return !!label && texts.some((t) => t === label || t.startsWith(`${label} `));
  });
}

/** A date goes only into a date or text field; writing never into a date or time field. */
function controlFits(def: FieldDef, field: FieldDescriptor): boolean {
  if (def.input === 'date') return field.control === 'date' || field.control === 'text';
  return field.control !== 'date' && field.control !== 'time';
}

/** The score of one page field as the twin of one document field (0 = no signal). */
export function scoreWritingField(field: FieldDescriptor, vocab: FieldVocabulary): number {
  if (!controlFits(vocab.def, field)) return 0;
  const literal = vocab.labels.length ? scoreField(field, { key: vocab.def.id, labels: vocab.labels, expected: true }) : 0;
  const head = literal > 0 && startsWithLabel(field, vocab.labels) ? HEAD_BONUS : 0;
  return round(literal + head + MEANING_WEIGHT * meaningOf(field, vocab));
}

export interface WritingMatch {
  /** The document field (FieldDef.id). */
  readonly fieldId: string;
  /** The page field (FieldDescriptor.index). */
  readonly fieldIndex: number;
  readonly score: number;
}

export interface WritingMatchResult {
  readonly matches: readonly WritingMatch[];
  /** Equal best scores: `keys` are document field ids. Never filled; listed for the user. */
  readonly ambiguous: readonly Ambiguity[];
  /** Document fields with no twin on the page (ambiguous ones not included). */
  readonly missing: readonly string[];
  /** Page fields no document field reached. */
  readonly unrecognised: readonly number[];
}

/** Which page field is the twin of which document field, on a page of `year`'s wording. */
export function matchWritingFields(kind: DocumentKind, year: number, fields: readonly FieldDescriptor[]): WritingMatchResult {
  const vocab = documentVocabulary(kind, year);
  const scores = vocab.map((v) => fields.map((f) => scoreWritingField(f, v)));
  // A page field goes to the document field that fits it best: the weaker claims on it are dropped
  // before pairing, so "Kapan kegiatan dilaksanakan?" (jadwal, with a word of aksi) does not make
  // aksi's own field "Kegiatan yang akan Anda lakukan" look tied. Equal best claims stay, and stay ambiguous.
  fields.forEach((_f, i) => {
    const best = Math.max(0, ...scores.map((row) => row[i]!));
    for (const row of scores) if (row[i]! < best) row[i] = 0;
  });
  const ids = vocab.map((v) => v.def.id);
  const { matches, ambiguous, ambiguousKeys, ambiguousFields } = pairByScore(ids, fields, scores, PASTE_MIN_SCORE);
  const matchedIds = new Set(matches.map((m) => m.key));
  const matchedIndexes = new Set(matches.map((m) => m.fieldIndex));
  return {
    matches: matches.map((m) => ({ fieldId: m.key, fieldIndex: m.fieldIndex, score: m.score })),
    ambiguous,
    missing: ids.filter((id) => !matchedIds.has(id) && !ambiguousKeys.has(id)),
    unrecognised: fields.filter((f) => !matchedIndexes.has(f.index) && !ambiguousFields.has(f.index)).map((f) => f.index),
  };
}

// ---------------------------------------------------------------- the paste plan

export type DocumentValues = Readonly<Record<string, string>>;

export type PasteStatus =
  /** Will be filled. */
  | 'siap'
  /** The page field already holds other text: filled only when the user says so (`overwrite`). */
  | 'sudah-terisi'
  /** The page already shows this text. */
  | 'sama'
  /** Nothing written in the document for this field. */
  | 'kosong'
  /** A dropdown without an option of this text. */
  | 'opsi-tidak-ada'
  /** The page field is disabled. */
  | 'tidak-bisa-diisi';

export interface PasteItem {
  readonly fieldId: string;
  readonly fieldIndex: number;
  /** The words the page shows for the field (for the list "Kolom yang ditemukan"). */
  readonly pageLabel: string;
  readonly text: string;
  readonly pageText: string;
  readonly status: PasteStatus;
}

export interface UnplacedField {
  readonly fieldId: string;
  /** The field's site label of the year (what to look for on the page). */
  readonly label: string;
  readonly text: string;
  /** `tidak-ditemukan`: no twin on the page; `ambigu`: two page fields fit equally. */
  readonly reason: 'tidak-ditemukan' | 'ambigu';
  /** For `ambigu`: the page fields it could be. */
  readonly candidates: readonly number[];
}

export interface PastePlan {
  readonly kind: DocumentKind;
  readonly year: number;
  /** Matched fields, in page order. */
  readonly items: readonly PasteItem[];
  /** Document fields with text that will not be pasted (copy buttons). */
  readonly unplaced: readonly UnplacedField[];
  /** Page fields that already hold text other than the document's (`sudah-terisi`). */
  readonly prefilled: readonly number[];
  /** For lib/autofill `fillForm` (values as stored: ISO dates; the insert step formats them). */
  readonly instructions: readonly FillInstruction[];
}

export interface PasteOptions {
  /** Only these document fields ("Tempel" on one field); default all. */
  readonly only?: readonly string[];
  /** Overwrite text already on the page: true, or these document field ids. */
  readonly overwrite?: boolean | readonly string[];
}

const same = (a: string, b: string) => a.replace(/\r\n/g, '\n').trim() === b.replace(/\r\n/g, '\n').trim();

function siteLabel(def: FieldDef, year: number): string {
  return wordingFor(def.site, year)[0]?.label ?? def.site[0]?.label ?? def.id;
}

/** "Tempel dari catatan": what goes where, what is already there, and what has no place. */
export function planPaste(kind: DocumentKind, year: number, fields: readonly FieldDescriptor[], values: DocumentValues, opts: PasteOptions = {}): PastePlan {
  const result = matchWritingFields(kind, year, fields);
  const wanted = (id: string) => !opts.only || opts.only.includes(id);
  const overwrite = (id: string) => opts.overwrite === true || (Array.isArray(opts.overwrite) && opts.overwrite.includes(id));
  const byIndex = new Map(fields.map((f) => [f.index, f]));
  const items: PasteItem[] = [];
  for (const m of [...result.matches].sort((a, b) => a.fieldIndex - b.fieldIndex)) {
    if (!wanted(m.fieldId)) continue;
    const field = byIndex.get(m.fieldIndex)!;
    const text = values[m.fieldId] ?? '';
    let status: PasteStatus;
    if (!text.trim()) status = 'kosong';
    else if (field.disabled) status = 'tidak-bisa-diisi';
    else if (same(field.value, text)) status = 'sama';
    else if (field.control === 'select' && !(field.options ?? []).some((o) => normalizeText(o) === normalizeText(text))) status = 'opsi-tidak-ada';
    else if (field.value.trim() && !overwrite(m.fieldId)) status = 'sudah-terisi';
    else status = 'siap';
    items.push({ fieldId: m.fieldId, fieldIndex: m.fieldIndex, pageLabel: displayLabel(field), text, pageText: field.value, status });
  }
  const unplaced: UnplacedField[] = [];
  for (const def of pasteableFields(kind)) {
    const text = values[def.id] ?? '';
    if (!wanted(def.id) || !text.trim()) continue;
    const amb = result.ambiguous.filter((a) => a.keys.includes(def.id));
    if (amb.length) unplaced.push({ fieldId: def.id, label: siteLabel(def, year), text, reason: 'ambigu', candidates: [...new Set(amb.flatMap((a) => a.fieldIndexes))].sort((a, b) => a - b) });
    else if (result.missing.includes(def.id)) unplaced.push({ fieldId: def.id, label: siteLabel(def, year), text, reason: 'tidak-ditemukan', candidates: [] });
  }
  const prefilled = items.filter((i) => i.status === 'sudah-terisi' || (i.status === 'siap' && i.pageText.trim() !== '')).map((i) => i.fieldIndex);
  const instructions = items.filter((i) => i.status === 'siap').map((i) => ({ fieldIndex: i.fieldIndex, value: i.text }));
  return { kind, year, items, unplaced, prefilled, instructions };
}

// ---------------------------------------------------------------- "Ambil dari halaman"

export type TakeStatus =
  /** The page has text the document does not: taken. */
  | 'baru'
  /** The page and the document say the same. */
  | 'sama'
  /** The page field is empty: the document keeps its text. */
  | 'kosong-di-halaman'
  /** The page's text does not fit the document (a date that is not a date, too long). */
  | 'tidak-valid';

export interface TakeItem {
  readonly fieldId: string;
  readonly fieldIndex: number;
  readonly pageLabel: string;
  /** What the document gets (a date as YYYY-MM-DD). */
  readonly text: string;
  /** What the document held. */
  readonly previous: string;
  readonly status: TakeStatus;
}

export interface TakePlan {
  readonly kind: DocumentKind;
  readonly items: readonly TakeItem[];
  /** The document fields to save (status `baru`): field id → text. Each save keeps a revision (origin 'import'). */
  readonly values: Readonly<Record<string, string>>;
  readonly ambiguous: readonly Ambiguity[];
  readonly missing: readonly string[];
}

/** A date as the page shows it (YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY) → YYYY-MM-DD, or null. */
export function isoDateFromPage(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return t;
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return null;
}

/** "Ambil dari halaman": what is typed on the page, as document field values. */
export function planTake(kind: DocumentKind, year: number, fields: readonly FieldDescriptor[], current: DocumentValues): TakePlan {
  const result = matchWritingFields(kind, year, fields);
  const shape = FIELD_SCHEMAS[kind].shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
  const byIndex = new Map(fields.map((f) => [f.index, f]));
  const items: TakeItem[] = [];
  const values: Record<string, string> = {};
  for (const m of [...result.matches].sort((a, b) => a.fieldIndex - b.fieldIndex)) {
    const field = byIndex.get(m.fieldIndex)!;
    const def = documentDef(kind).fields.find((f) => f.id === m.fieldId)!;
    const previous = current[m.fieldId] ?? '';
    const base = { fieldId: m.fieldId, fieldIndex: m.fieldIndex, pageLabel: displayLabel(field), previous };
    const raw = field.value;
    if (!raw.trim()) { items.push({ ...base, text: '', status: 'kosong-di-halaman' }); continue; }
    const text = def.input === 'date' ? isoDateFromPage(raw) : raw;
    if (text === null || !shape[m.fieldId]?.safeParse(text).success) { items.push({ ...base, text: raw, status: 'tidak-valid' }); continue; }
    if (same(text, previous)) { items.push({ ...base, text, status: 'sama' }); continue; }
    values[m.fieldId] = text;
    items.push({ ...base, text, status: 'baru' });
  }
  return { kind, items, values, ambiguous: result.ambiguous, missing: result.missing };
}

// ---------------------------------------------------------------- glue for the content script

/** The document a page step writes (lib/sites adapter `step` → document kind), if any. */
export function documentKindForStep(step: string | undefined): DocumentKind | null {
  return DOCUMENTS.find((d) => d.kind !== 'catatan' && d.kind !== 'rencana' && d.stepId === step)?.kind ?? null;
}

/**
 * The writing form on a Ruang GTK page: the open modal if there is one, else `main` (the site's
 * top bar and menus are not the document), else the body.
 */
export function collectWritingForm(doc: Document): CollectedForm {
  const active = findActiveForm(doc);
  const root = active !== doc.body ? active : (doc.querySelector('main') ?? doc.body);
  return collectForm(doc, root);
}
