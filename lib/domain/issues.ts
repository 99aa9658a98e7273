/**
 * zod's refusals in words a teacher reads: Bahasa Indonesia (or English), naming the field as
 * the form or file shows it, never zod's internal English ("Invalid input: expected string,
 * received number") or a field's code name. A message a schema wrote itself is kept; zod's
 * default text is replaced by plain words (or, for rare issues, zod's Indonesian locale). Pure, without any extension API.
 */
import { z } from 'zod';

type Locale = 'id' | 'en';

type Issue = z.core.$ZodIssue;
type LocaleError = (issue: never) => string | { message: string } | undefined | null;

const english = z.locales.en().localeError as unknown as LocaleError;
const indonesian = z.locales.id().localeError as unknown as LocaleError;
const textOf = (fn: LocaleError, issue: Issue) => {
  const r = fn(issue as never);
  return typeof r === 'string' ? r : (r?.message ?? '');
};

/** The start of zod's default English texts (every one of its en locale's messages begins so). */
const ZOD_DEFAULT = /^(Invalid|Too (big|small)|Unrecognized key|Expected|Required)\b/;

/** Labels by path pattern: a path's numeric parts match `#` (`overrides.#.end`), the first match wins. */
export type FieldLabels = Readonly<Record<string, { id: string; en: string }>>;

function labelFor(path: readonly PropertyKey[], labels: FieldLabels, locale: Locale): string | null {
  const pattern = path.map((p) => (typeof p === 'number' ? '#' : String(p))).join('.');
  const found = labels[pattern];
  if (!found) return null;
  const n = path.find((p) => typeof p === 'number') as number | undefined;
  const text = found[locale];
  return n === undefined ? text : text.replace('{n}', String(n + 1));
}

const KIND = {
  id: { string: 'teks', number: 'angka', int: 'bilangan bulat', boolean: 'ya/tidak', array: 'daftar', object: 'kumpulan isian', date: 'tanggal' },
  en: { string: 'text', number: 'a number', int: 'a whole number', boolean: 'yes/no', array: 'a list', object: 'a set of fields', date: 'a date' },
} as const;

/** Plain words for the issues a form or file meets; anything rarer gets zod's own locale text. */
function plain(issue: Issue, locale: Locale): string | null {
  const k = KIND[locale] as Record<string, string>;
  const i = issue as Issue & { expected?: string; input?: unknown; origin?: string; maximum?: number | bigint; minimum?: number | bigint };
  const unit = i.origin === 'array' || i.origin === 'set' ? (locale === 'en' ? 'items' : 'butir') : (locale === 'en' ? 'characters' : 'karakter');
  switch (issue.code) {
    case 'invalid_type':
      // zod drops the input from its issues; its English text still says what it received.
      if (/received undefined$/.test(issue.message)) return locale === 'en' ? 'is required' : 'wajib diisi';
      return locale === 'en' ? `must be ${k[i.expected ?? ''] ?? i.expected}` : `harus berupa ${k[i.expected ?? ''] ?? i.expected}`;
    case 'too_big':
      if (i.origin === 'number' || i.origin === 'bigint') return locale === 'en' ? `must be at most ${i.maximum}` : `paling besar ${i.maximum}`;
      return locale === 'en' ? `at most ${i.maximum} ${unit}` : `paling banyak ${i.maximum} ${unit}`;
    case 'too_small':
      if (i.origin === 'number' || i.origin === 'bigint') return locale === 'en' ? `must be at least ${i.minimum}` : `paling kecil ${i.minimum}`;
      if (Number(i.minimum) === 1) return locale === 'en' ? 'must not be empty' : 'wajib diisi';
      return locale === 'en' ? `at least ${i.minimum} ${unit}` : `paling sedikit ${i.minimum} ${unit}`;
    case 'invalid_format':
      return locale === 'en' ? 'is not in the expected form' : 'bentuknya tidak sesuai';
    case 'invalid_value':
      return locale === 'en' ? 'has a value that is not recognised' : 'nilainya tidak dikenal';
    case 'unrecognized_keys':
      return locale === 'en' ? 'has fields that are not recognised' : 'berisi isian yang tidak dikenal';
    default:
      return null;
  }
}

/** What is wrong, without the field: for a form that names the field itself. */
export function issueWords(issue: Issue, locale: Locale): string {
  const own = issue.message && !ZOD_DEFAULT.test(issue.message) ? issue.message : null;
  return own ?? plain(issue, locale) ?? (locale === 'en' ? textOf(english, issue) : textOf(indonesian, issue));
}

/** One issue as a sentence: "<field>: <what is wrong>". */
export function describeIssue(issue: Issue, labels: FieldLabels, locale: Locale): string {
  const what = issueWords(issue, locale);
  const field = labelFor(issue.path, labels, locale) ?? (issue.path.length ? (locale === 'en' ? 'A value in the file' : 'Salah satu isian') : null);
  // A schema's own message that already names its field ("Tanggal selesai tidak boleh …") stands alone.
  return field && !what.toLowerCase().includes(field.toLowerCase()) ? `${field}: ${what}` : what;
}

export function describeIssues(error: { issues: readonly Issue[] }, labels: FieldLabels, locale: Locale, max = 5): string[] {
  const out = error.issues.slice(0, max).map((i) => describeIssue(i, labels, locale));
  if (error.issues.length > max) out.push(locale === 'en' ? `and ${error.issues.length - max} more` : `dan ${error.issues.length - max} lainnya`);
  return out;
}
