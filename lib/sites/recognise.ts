import { RUANG_GTK_HOSTS, RUMAH_PENDIDIKAN_HOST, RUMAH_PENDIDIKAN_GTK_PATH, EKINERJA_HOST } from './hosts';
import type { PageAdapter, SiteId } from './pages';
import { matchesAnyPathPattern } from './path-pattern';

/** What the content script reads off the page: no DOM here, so this module tests in node. */
export interface PageSnapshot {
  readonly host: string;
  readonly path: string;
  readonly headings: readonly string[];
}

export interface SiteLocation {
  readonly site: SiteId;
  /** The path as the site itself sees it (Rumah Pendidikan's `/ruang/gtk` prefix removed). */
  readonly sitePath: string;
}

export type Recognition =
  | { readonly kind: 'outside' }
  | { readonly kind: 'unknown'; readonly site: SiteId }
  | { readonly kind: 'page'; readonly site: SiteId; readonly page: PageAdapter; readonly by: 'path+heading' | 'heading' };

export function locateSite(host: string, path: string): SiteLocation | null {
  const h = host.toLowerCase();
  if (h === EKINERJA_HOST) return { site: 'ekinerja', sitePath: path };
  if ((RUANG_GTK_HOSTS as readonly string[]).includes(h)) return { site: 'ruang-gtk', sitePath: path };
  if (h === RUMAH_PENDIDIKAN_HOST && (path === RUMAH_PENDIDIKAN_GTK_PATH || path.startsWith(`${RUMAH_PENDIDIKAN_GTK_PATH}/`))) {
    return { site: 'ruang-gtk', sitePath: path.slice(RUMAH_PENDIDIKAN_GTK_PATH.length) || '/' };
  }
  return null;
}

export function normaliseHeading(text: string): string {
  // Plain toLowerCase: Indonesian has no special casing, and a locale-aware call loads ICU data
  // on first use, which cost milliseconds of the host page's main thread.
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A page is recognised by its heading; the path picks among pages sharing a heading.
 * A path whose heading is missing is NOT recognised: that is what a changed page looks like,
 * and guessing there would put the wrong checklist or fill the wrong fields.
 */
export function recognisePage(snapshot: PageSnapshot, adapters: readonly PageAdapter[]): Recognition {
  const location = locateSite(snapshot.host, snapshot.path);
  if (!location) return { kind: 'outside' };
  const seen = snapshot.headings.map(normaliseHeading);
  // Plain loops rather than filter/some/find: this runs on the host page's main thread at every
  // load, where each closure is one more function for V8 to compile.
  let exact: PageAdapter | undefined;
  let first: PageAdapter | undefined;
  let shownCount = 0;
  for (const adapter of adapters) {
    if (adapter.site !== location.site) continue;
    let shown = false;
    for (const heading of adapter.headings) {
      if (seen.includes(normaliseHeading(heading))) {
        shown = true;
        break;
      }
    }
    if (!shown) continue;
    shownCount++;
    first ??= adapter;
    if (!exact && matchesAnyPathPattern(adapter.paths, location.sitePath)) exact = adapter;
  }
  if (exact) return { kind: 'page', site: location.site, page: exact, by: 'path+heading' };
  if (first && shownCount === 1) return { kind: 'page', site: location.site, page: first, by: 'heading' };
  return { kind: 'unknown', site: location.site };
}

/** Whether a path could still turn into a known page once the SPA renders its heading. */
export function pathHasAdapter(location: SiteLocation, adapters: readonly PageAdapter[]): boolean {
  for (const adapter of adapters) {
    if (adapter.site === location.site && matchesAnyPathPattern(adapter.paths, location.sitePath)) return true;
  }
  return false;
}
