import type { Locale } from '../i18n/define';
import { pageMessages } from '../i18n/pages';
import { shellMessages } from '../i18n/shell';
import { PAGE_ADAPTERS } from '../sites/adapters';
import type { PageAdapter, SiteId } from '../sites/adapter';

/**
 * What the pill needs of the page adapters and the message catalogues, and the two lookups it
 * makes in it. Imported as plain modules: a build step that turned them into one JSON.parse
 * string saved less than the measurement noise (README, Design notes: issue 17's figures).
 */

/** The pill's own strings (the rest of the shell's catalogue belongs to the side panel). */
export const PILL_SHELL_KEYS = [
  'shell.title', 'shell.expand', 'shell.region', 'shell.unknownPage', 'shell.changedPage',
  'shell.why.pathHeading', 'shell.why.path', 'shell.why.missing', 'shell.why.heading',
  'shell.why.noMatch', 'shell.why.notFound', 'shell.why.ambiguous',
  'shell.stage.perencanaan', 'shell.stage.pelaksanaan', 'shell.stage.penilaian', 'shell.daysLeft', 'shell.lastDay',
] as const;
export type PillLabelKey = (typeof PILL_SHELL_KEYS)[number];

export interface PillData {
  readonly adapters: readonly PageAdapter[];
  /** Per locale: the shell's strings and every page's name, keyed by adapter id. */
  readonly labels: Readonly<Record<Locale, Readonly<Record<string, string>>>>;
}

export const pillData: PillData = {
  adapters: PAGE_ADAPTERS,
  labels: { id: { ...shellMessages.id, ...pageMessages.id }, en: { ...shellMessages.en, ...pageMessages.en } },
};

/** One site's adapters: the pill never looks at the other site's. */
export function adaptersOf(data: PillData, site: SiteId): PageAdapter[] {
  const out: PageAdapter[] = [];
  for (const adapter of data.adapters) if (adapter.site === site) out.push(adapter);
  return out;
}

export function pillLabel(data: PillData, locale: Locale, key: string): string {
  return data.labels[locale]?.[key] ?? data.labels.id[key] ?? key;
}
