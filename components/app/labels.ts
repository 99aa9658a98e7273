import type { Translate } from '@/lib/i18n/define';
import type { AppMessageKey } from '@/lib/i18n/app';
import type { Profile } from '@/lib/settings/profile';
import { periodOptions } from '@/lib/settings/periods';

/** Human words for the profile's coded values, shared by the app, popup and overlay. */
export function periodLabel(t: Translate<AppMessageKey>, year: number, periodId: string): string {
  const option = periodOptions(year).find((p) => p.id === periodId) ?? periodOptions(year)[0];
  // A year is a name, not a quantity: no thousands separator ("2024", never "2.024").
  return t(`period.${option?.kind ?? 'annual'}`, { year: String(year) });
}

export function roleLabel(t: Translate<AppMessageKey>, role: Profile['role']): string {
  return t(`role.${role}`);
}

export function jenjangLabel(t: Translate<AppMessageKey>, jenjang: Profile['jenjang']): string {
  return jenjang ? t(`jenjang.${jenjang}`) : t('jenjang.none');
}
