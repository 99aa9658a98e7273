/**
 * Numbers the Indonesian way (comma decimals, dot thousands) with as many decimals as the regulation's own
 * examples: a value that is exact within 3 decimals is shown exactly (3,125; 37,5; 50), a value that is not
 * (25/12) is rounded to 2 decimals as BKN's example does (2,08) and marked `rounded`.
 */
import { exactDecimals, toFixed, type Exact } from './exact';

export type NumberLocale = 'id' | 'en';
export interface Shown { readonly text: string; readonly rounded: boolean }

export const MAX_EXACT_DECIMALS = 3;
export const ROUNDED_DECIMALS = 2;

export function showAk(value: Exact, locale: NumberLocale = 'id'): Shown {
  const decimals = exactDecimals(value, MAX_EXACT_DECIMALS);
  const plain = toFixed(value, decimals ?? ROUNDED_DECIMALS);
  return { text: localise(plain, locale), rounded: decimals === null };
}

export const formatAk = (value: Exact, locale: NumberLocale = 'id') => showAk(value, locale).text;

/** '1234.5' → '1.234,5' (id) or '1,234.5' (en). */
export function localise(plain: string, locale: NumberLocale): string {
  const [whole = '', frac] = plain.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'id' ? '.' : ',');
  return sign + grouped + (frac === undefined ? '' : (locale === 'id' ? ',' : '.') + frac);
}
