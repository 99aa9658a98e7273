/**
 * Text normalisation for matching labels. The live e-Kinerja labels are upper case only through
 * CSS (`text-transform`), carry "*" required marks, parentheses and odd spacing; compare them all
 * as lower-case words.
 */
export function normalizeText(text: string | null | undefined): string {
  if (!text) return '';
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Whether `phrase` occurs in `text` as whole words (both already normalised). */
export function containsPhrase(text: string, phrase: string): boolean {
  if (!text || !phrase) return false;
  return ` ${text} `.includes(` ${phrase} `);
}
