import type { Locale } from '../i18n/define';
import type { PageAdapter, SiteId } from '../sites/pages';

/**
 * What the pill needs of the page adapters and the message catalogues, as plain JSON, and the
 * two lookups it makes in it.
 *
 * The content script runs at every page load of the host sites, and V8 compiles it from source
 * each time. An object literal of this size costs ~0.4 ms of the host page's main thread to
 * compile and build; the same data as a string given to JSON.parse costs next to nothing (the
 * JSON parser is far simpler than the JavaScript one). So the build (scripts/vite-plugins.ts)
 * turns `buildPillData()` (pill-data-build.ts) into a module `export default JSON.parse('…')`,
 * and the typed sources in lib/sites and lib/i18n stay the one place to edit. This file imports
 * types only: a value import of those sources would put them back into the content script.
 */
export const PILL_DATA_MODULE = 'virtual:pendamping-kinerja/pill-data';

/** The pill's own strings (the rest of the shell's catalogue belongs to the side panel). */
export const PILL_SHELL_KEYS = [
  'shell.title', 'shell.expand', 'shell.region', 'shell.unknownPage',
  'shell.stage.perencanaan', 'shell.stage.pelaksanaan', 'shell.stage.penilaian', 'shell.daysLeft', 'shell.lastDay',
] as const;
export type PillLabelKey = (typeof PILL_SHELL_KEYS)[number];

export interface PillData {
  readonly adapters: readonly PageAdapter[];
  /** Per locale: the pill's own strings and every page's name, keyed by adapter id. */
  readonly labels: Readonly<Record<Locale, Readonly<Record<string, string>>>>;
}

/** One site's adapters: the pill never looks at the other site's. */
export function adaptersOf(data: PillData, site: SiteId): PageAdapter[] {
  const out: PageAdapter[] = [];
  for (const adapter of data.adapters) if (adapter.site === site) out.push(adapter);
  return out;
}

export function pillLabel(data: PillData, locale: Locale, key: string): string {
  return data.labels[locale]?.[key] ?? data.labels.id[key] ?? key;
}
