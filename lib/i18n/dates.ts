import { formatTanggal, type IsoDate } from '@/lib/domain';
import type { Locale } from './define';

const EN = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A calendar date in the user's language: '31 Maret 2024' / '31 March 2024'. */
export function formatDate(date: IsoDate, locale: Locale): string {
  if (locale === 'en') {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return EN.format(new Date(Date.UTC(y, m - 1, d)));
  }
  return formatTanggal(date);
}
