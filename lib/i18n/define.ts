/**
 * One typed message catalogue, split by the surface that uses it so the content script
 * only ships the few strings it shows (the overlay's budget is 25 KB gzipped).
 * `defineMessages` makes the English table a compile error when a key is missing,
 * and `tests/unit/i18n.test.ts` checks the same at run time (empty strings, placeholders).
 */
export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'id';

export interface Catalogue<K extends string> {
  readonly id: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

export function defineMessages<K extends string>(
  id: Record<K, string>,
  en: Record<NoInfer<K>, string>,
): Catalogue<K> {
  return { id, en };
}

export type Params = Record<string, string | number>;
export type Translate<K extends string> = (key: K, params?: Params) => string;

/** `{name}` placeholders are replaced; numbers are formatted for the locale (1.234 in id). */
export function createTranslator<K extends string>(catalogue: Catalogue<K>, locale: Locale): Translate<K> {
  // Built on first use: an Intl constructor costs about a millisecond, and the overlay shell
  // renders on the host page's main thread without ever formatting a number.
  let numberFormat: Intl.NumberFormat | undefined;
  return (key, params) => {
    const text = lookupMessage(catalogue, locale, key);
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (typeof value !== 'number') return value;
      numberFormat ??= new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB');
      return numberFormat.format(value);
    });
  };
}

/** A plain lookup, for the content script's pill: no closure, no placeholder handling. */
export function lookupMessage<K extends string>(catalogue: Catalogue<K>, locale: Locale, key: K): string {
  return catalogue[locale]?.[key] ?? catalogue.id[key] ?? key;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
