import { RUANG_GTK_HOSTS, RUMAH_PENDIDIKAN_HOST, RUMAH_PENDIDIKAN_GTK_PATH, EKINERJA_HOST } from './hosts';
import type { PageAdapter, SiteId } from './adapter';
import { matchesAnyPathPattern } from './path-pattern';
import { normaliseText, phraseScore, wordsOf } from './vocabulary';

/** What the content script reads off the page: no DOM here, so this module tests in node. */
export interface PageSnapshot {
  readonly host: string;
  readonly path: string;
  /** The texts of the visible headings of every kind, in document order (content-host.ts). */
  readonly headings: readonly string[];
}

export interface SiteLocation {
  readonly site: SiteId;
  /** The path as the site itself sees it (Rumah Pendidikan's `/ruang/gtk` prefix removed). */
  readonly sitePath: string;
}

/** The heading that confirmed the page, and the phrase of the adapter's vocabulary it met. */
export interface HeadingMatch {
  readonly heading: string;
  readonly phrase: string;
}

/**
 * How sure: `high` when the path and a heading agree, or a heading alone names one page clearly;
 * `medium` when the path alone names it (no heading confirms it: the page may have changed).
 */
export type Sureness = 'high' | 'medium';

export type Recognition =
  | { readonly kind: 'outside' }
  | {
    readonly kind: 'unknown';
    readonly site: SiteId;
    /** Why: no page's path or words matched, the site shows its not-found text, or two pages tie. */
    readonly why: 'no-match' | 'not-found' | 'ambiguous';
  }
  | {
    readonly kind: 'page';
    readonly site: SiteId;
    readonly page: PageAdapter;
    readonly by: 'path+heading' | 'path' | 'heading';
    readonly sure: Sureness;
    readonly match?: HeadingMatch;
    /**
     * What the page was expected to show and does not: the adapter's current heading phrase
     * when headings are shown but none is the page's. Non-empty = "Halaman ini tampaknya berubah".
     */
    readonly missing: readonly string[];
  };

/** The texts a site shows on its not-found and error pages (both sites, every markup seen). */
const NOT_FOUND_PHRASES = [['halaman', 'tidak', 'ditemukan'], ['page', 'not', 'found'], ['halaman', 'tidak', 'tersedia']];

export function locateSite(host: string, path: string): SiteLocation | null {
  const h = host.toLowerCase();
  if (h === EKINERJA_HOST) return { site: 'ekinerja', sitePath: path };
  if ((RUANG_GTK_HOSTS as readonly string[]).includes(h)) return { site: 'ruang-gtk', sitePath: path };
  if (h === RUMAH_PENDIDIKAN_HOST && (path === RUMAH_PENDIDIKAN_GTK_PATH || path.startsWith(`${RUMAH_PENDIDIKAN_GTK_PATH}/`))) {
    return { site: 'ruang-gtk', sitePath: path.slice(RUMAH_PENDIDIKAN_GTK_PATH.length) || '/' };
  }
  return null;
}

/** Kept for callers that compare one heading: lower case, numbering and punctuation gone. */
export const normaliseHeading = normaliseText;

/** A page's best heading match: the highest phrase score over its phrases and the headings. */
function bestMatch(adapter: PageAdapter, headings: readonly (readonly string[])[], texts: readonly string[]): { score: number; match?: HeadingMatch } {
  let score = 0;
  let match: HeadingMatch | undefined;
  for (const wording of adapter.wording) {
    for (const phrase of wording.phrases) {
      const words = wordsOf(phrase);
      for (let i = 0; i < headings.length; i++) {
        const s = phraseScore(words, headings[i]!);
        if (s > score) {
          score = s;
          match = { heading: texts[i]!, phrase };
        }
      }
    }
  }
  return { score, match };
}

function showsNotFound(headings: readonly (readonly string[])[]): boolean {
  for (const h of headings) for (const p of NOT_FOUND_PHRASES) if (phraseScore(p, h) > 0) return true;
  return false;
}

/** The phrase an adapter is expected to show now: its newest wording's first phrase. */
function expectedPhrase(adapter: PageAdapter): string {
  return adapter.wording[adapter.wording.length - 1]?.phrases[0] ?? adapter.id;
}

/**
 * Several signals, strongest first:
 * 1. the URL path: the documented paths (lib/domain/site-paths.ts) outlive the markup, so a known
 *    path names its page even with no heading confirming it (sureness `medium`, and the heading
 *    that should be there is listed as missing when other headings are shown), unless the page
 *    shows the site's not-found text;
 * 2. the headings of every kind, by words against each page's vocabulary of every year: they
 *    confirm the path (`high`), or, on a path no adapter knows, name a page only when its match
 *    clearly beats every other page's (by at least one word's score); a tie stays unknown.
 */
export function recognisePage(snapshot: PageSnapshot, adapters: readonly PageAdapter[]): Recognition {
  const location = locateSite(snapshot.host, snapshot.path);
  if (!location) return { kind: 'outside' };
  const site = location.site;
  const texts = snapshot.headings;
  const headings: string[][] = [];
  for (const text of texts) headings.push(wordsOf(text));
  if (showsNotFound(headings)) return { kind: 'unknown', site, why: 'not-found' };

  let best: PageAdapter | undefined;
  let bestScore = 0;
  let bestHeading: HeadingMatch | undefined;
  let runnerUp = 0;
  // Plain loops rather than filter/some/find: this runs on the host page's main thread at every
  // load, where each closure is one more function for V8 to compile.
  for (const adapter of adapters) {
    if (adapter.site !== site) continue;
    const { score, match } = bestMatch(adapter, headings, texts);
    if (matchesAnyPathPattern(adapter.paths, location.sitePath)) {
      if (score > 0) return { kind: 'page', site, page: adapter, by: 'path+heading', sure: 'high', match, missing: [] };
      return { kind: 'page', site, page: adapter, by: 'path', sure: 'medium', missing: headings.length ? [expectedPhrase(adapter)] : [] };
    }
    if (score > bestScore) {
      runnerUp = bestScore;
      bestScore = score;
      best = adapter;
      bestHeading = match;
    } else if (score > runnerUp) runnerUp = score;
  }
  if (!best) return { kind: 'unknown', site, why: 'no-match' };
  // Clearly better: at least one more word of the page's own phrase than the runner-up's.
  if (bestScore < runnerUp + 1) return { kind: 'unknown', site, why: 'ambiguous' };
  return { kind: 'page', site, page: best, by: 'heading', sure: 'high', match: bestHeading, missing: [] };
}

/** Whether a path is a known page's (the path alone then names it, see recognisePage). */
export function pathHasAdapter(location: SiteLocation, adapters: readonly PageAdapter[]): boolean {
  for (const adapter of adapters) {
    if (adapter.site === location.site && matchesAnyPathPattern(adapter.paths, location.sitePath)) return true;
  }
  return false;
}
