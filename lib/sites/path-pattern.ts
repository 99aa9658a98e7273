/**
 * Page paths as patterns rather than regular expressions: `/skp/:skp/penilaian/:periode/eviden`.
 * A segment starting with `:` stands for any one non-empty segment; every other segment must
 * be equal; one trailing slash is ignored. Plain string comparison: the content script matches
 * paths on the host page's main thread, where compiling a dozen RegExps cost ~0.2 ms at each load.
 */
export function matchesPathPattern(pattern: string, path: string): boolean {
  const want = pattern.split('/');
  const got = (path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path).split('/');
  if (want.length !== got.length) return false;
  for (let i = 0; i < want.length; i++) {
    const segment = want[i]!;
    const actual = got[i]!;
    if (segment.startsWith(':') ? actual === '' : segment !== actual) return false;
  }
  return true;
}

export function matchesAnyPathPattern(patterns: readonly string[], path: string): boolean {
  for (const pattern of patterns) if (matchesPathPattern(pattern, path)) return true;
  return false;
}
