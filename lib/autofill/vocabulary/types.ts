import type { FormKind } from '../forms';

/**
 * One template key and the ways an e-Kinerja form names its field. Kept as data so a page adapter
 * can own it later; `fixtures` lists the saved form markups (tests/fixtures/forms) it was checked on.
 */
export interface VocabularyField {
  /** The template key: lower-case words joined by '-'. */
  readonly key: string;
  /** Label texts and synonyms as the site prints them (normalised before comparing). */
  readonly labels: readonly string[];
  /** `name`/`id` values seen on the site; they count only when unique in the form. */
  readonly names?: readonly string[];
  /** A word of the field's section heading (or of its label) that tells similar fields apart. */
  readonly section?: string;
  /** Counted when judging whether the form still looks like itself. */
  readonly expected: boolean;
}

export interface FormVocabulary {
  readonly kind: FormKind;
  /** Words of the modal title or card heading, used to guess the form kind. */
  readonly titles: readonly string[];
  readonly fields: readonly VocabularyField[];
  /** Fixture markups (file names in tests/fixtures/forms) this vocabulary is tested on. */
  readonly fixtures: readonly string[];
}
