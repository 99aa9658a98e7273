import type { Recognition } from './recognise';

/** The catalogue keys of the reasons (lib/i18n/shell.ts), shown in the pill's tooltip and the panel. */
export const WHY_KEYS = [
  'shell.why.pathHeading', 'shell.why.path', 'shell.why.missing', 'shell.why.heading',
  'shell.why.noMatch', 'shell.why.notFound', 'shell.why.ambiguous',
] as const;
export type WhyKey = (typeof WHY_KEYS)[number];

const QUOTED_MAX = 60;
const quoted = (s: string) => (s.length > QUOTED_MAX ? `${s.slice(0, QUOTED_MAX - 1)}…` : s);

/**
 * Why the page was (not) recognised, in the user's words: "alamat cocok; judul 'Eviden dan
 * Realisasi' cocok dengan 'Eviden'". `text` looks a key up in the user's language.
 */
/** The parts of a recognition the reason is made of (also what crosses to the side panel, tab-protocol.ts). */
export type Explainable =
  | { readonly kind: 'outside' }
  | { readonly kind: 'unknown'; readonly why: Extract<Recognition, { kind: 'unknown' }>['why'] }
  | { readonly kind: 'page'; readonly by: Extract<Recognition, { kind: 'page' }>['by']; readonly match?: { readonly heading: string; readonly phrase: string }; readonly missing: readonly string[] };

export function explainRecognition(r: Explainable, text: (key: WhyKey) => string): string {
  if (r.kind === 'outside') return '';
  let key: WhyKey;
  if (r.kind === 'unknown') key = r.why === 'not-found' ? 'shell.why.notFound' : r.why === 'ambiguous' ? 'shell.why.ambiguous' : 'shell.why.noMatch';
  else if (r.missing.length) key = 'shell.why.missing';
  else key = r.by === 'path+heading' ? 'shell.why.pathHeading' : r.by === 'heading' ? 'shell.why.heading' : 'shell.why.path';
  const match = r.kind === 'page' ? r.match : undefined;
  return text(key)
    .replace('{heading}', quoted(match?.heading ?? ''))
    .replace('{phrase}', match?.phrase ?? '')
    .replace('{missing}', r.kind === 'page' ? r.missing.join(', ') : '');
}
