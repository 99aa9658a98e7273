import { useLocale } from '@/components/i18n';
import { formatDate } from '@/lib/i18n/dates';
import type { IsoDate } from '@/lib/domain';

/** Dates in the current language ('31 Maret 2024' / '31 March 2024'). */
export function useFormatDate(): (date: IsoDate) => string {
  const locale = useLocale();
  return (date) => formatDate(date, locale);
}
