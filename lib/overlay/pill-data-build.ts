// Relative imports only: wxt.config.ts imports this file at build time, outside Vite's aliases.
import { LOCALES, type Locale } from '../i18n/define';
import { pageMessages } from '../i18n/pages';
import { shellMessages } from '../i18n/shell';
import { PAGE_ADAPTERS } from '../sites/pages';
import { PILL_SHELL_KEYS, type PillData } from './pill-data';

/** Build time only (scripts/vite-plugins.ts and tests): the content script gets the result as JSON. */
export function buildPillData(): PillData {
  const labels = {} as Record<Locale, Record<string, string>>;
  for (const locale of LOCALES) {
    const table: Record<string, string> = {};
    for (const key of PILL_SHELL_KEYS) table[key] = shellMessages[locale][key];
    Object.assign(table, pageMessages[locale]);
    labels[locale] = table;
  }
  return {
    // Recognition needs paths and wording only: the fields are the panel's business.
    adapters: PAGE_ADAPTERS.map(({ fields: _fields, ...recognition }) => recognition),
    labels,
  };
}

/** The module's source: the data as a string literal given to JSON.parse. */
export function pillDataModuleSource(data: PillData = buildPillData()): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
}

