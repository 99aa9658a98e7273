/**
 * What one adapter knows about one page of a host site: where it lives (path patterns taken from
 * lib/domain/site-paths.ts), the words it announces itself with (a vocabulary of synonyms per
 * year, matched by words in lib/sites/vocabulary.ts), its stage and step of the cycle, and the
 * fields the product fills there (label vocabularies and how to reach them). Plain data, no
 * browser API: the content script imports it (lib/overlay/pill-data.ts), node tests read it.
 */
export type SiteId = 'ruang-gtk' | 'ekinerja';
export type StageId = 'perencanaan' | 'pelaksanaan' | 'penilaian';

/** Phrases a page shows as a heading in the years given (both ends inclusive, open when absent). */
export interface Wording {
  readonly phrases: readonly string[];
  readonly fromYear?: number;
  readonly toYear?: number;
}

/**
 * A field the product fills or attaches to. `labels` are phrases of its label (compared by
 * words, case-insensitively: e-Kinerja upper-cases labels with CSS only); `names` are `name`
 * attributes seen on the live site, tried when no label matches. `reach` says where it lives:
 * `inline` in the page's form, or `modal` in the visible `.modal.show` opened from a table row.
 */
export interface FieldSpec {
  readonly key: 'nama-bukti' | 'link-bukti' | 'realisasi' | 'upload';
  readonly labels: readonly string[];
  readonly names?: readonly string[];
  readonly reach: readonly ('inline' | 'modal')[];
}

export interface PageAdapter {
  readonly id: string;
  readonly site: SiteId;
  /** The stage of the cycle this page belongs to, when it belongs to one. */
  readonly stage?: StageId;
  /** The step id of lib/domain this page serves, when there is one. */
  readonly step?: string;
  /**
   * Path patterns (lib/sites/path-pattern.ts), matched against the path with the Rumah
   * Pendidikan prefix removed: `:name` stands for one segment, a trailing slash is ignored.
   */
  readonly paths: readonly string[];
  /** The page's headings by year, newest last. */
  readonly wording: readonly Wording[];
  /** The fields the product fills or attaches to on this page. */
  readonly fields?: readonly FieldSpec[];
}

/** Every phrase of an adapter, whatever the year: an old period keeps its old wording. */
export function phrasesOf(adapter: Pick<PageAdapter, 'wording'>): string[] {
  const out: string[] = [];
  for (const w of adapter.wording) for (const p of w.phrases) out.push(p);
  return out;
}

/** The phrases of one year (the product names a page with the wording of the user's year). */
export function phrasesFor(adapter: Pick<PageAdapter, 'wording'>, year: number): string[] {
  const out: string[] = [];
  for (const w of adapter.wording) if ((w.fromYear ?? 0) <= year && year <= (w.toYear ?? Infinity)) out.push(...w.phrases);
  return out;
}
