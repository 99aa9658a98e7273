import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createTranslator, DEFAULT_LOCALE, type Locale, type Translate } from '@/lib/i18n/define';
import { appMessages, type AppMessageKey } from '@/lib/i18n/app';

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

export function useT(): Translate<AppMessageKey> {
  const locale = useLocale();
  return useMemo(() => createTranslator(appMessages, locale), [locale]);
}
