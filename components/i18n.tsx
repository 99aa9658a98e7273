import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createTranslator, DEFAULT_LOCALE, type Catalogue, type Locale, type Translate } from '@/lib/i18n/define';
import { appMessages, type AppMessageKey } from '@/lib/i18n/app';

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** The app's shared strings. */
export function useT(): Translate<AppMessageKey> {
  return useMessages(appMessages);
}

/** A feature's own catalogue (lib/i18n/<feature>.ts), in the current language. */
export function useMessages<K extends string>(catalogue: Catalogue<K>): Translate<K> {
  const locale = useLocale();
  return useMemo(() => createTranslator(catalogue, locale), [catalogue, locale]);
}
