/**
 * Text as words: headings and labels are compared by the words they contain, not by string
 * equality, so "1. Pelaksanaan Tugas Pokok", "Langkah 2: Praktik Kinerja", "EVIDEN DAN REALISASI"
 * and "Bukti Eviden (Link ke file Google Drive)" all meet their phrases. Plain string methods and
 * loops: this runs on the host page's main thread at every load.
 */

/** Words that carry no meaning for telling pages apart. */
const FILLER = ['dan', 'di', 'ke', 'dari', 'yang', 'untuk', 'atau', 'the', 'and', 'of'];

/** "1." / "2)" / "Langkah 2:" / "Tahap 3 -" / "Step 1." at the start of a heading. */
const LEADING_NUMBER = /^\s*(?:(?:langkah|tahap|step|bagian)\s+)?\d{1,2}\s*[.):\-–—]?\s+/i;

/** Lower case, numbering and punctuation gone, spaces collapsed. */
export function normaliseText(text: string): string {
  // Plain toLowerCase: Indonesian has no special casing, and a locale-aware call loads ICU data
  // on first use, which cost milliseconds of the host page's main thread.
  return text
    .replace(LEADING_NUMBER, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const word of normaliseText(text).split(' ')) if (word && !FILLER.includes(word)) out.push(word);
  return out;
}

/**
 * How well `phrase` (its words) names `text` (its words): 0 unless every word of the phrase is in
 * the text; then the phrase's length plus the share of the text it covers, so a longer and a
 * closer phrase score higher ("Observasi Praktik Kinerja" is observasi's 4, praktik kinerja's 2.67).
 */
export function phraseScore(phrase: readonly string[], text: readonly string[]): number {
  if (!phrase.length || !text.length) return 0;
  for (const word of phrase) if (!text.includes(word)) return 0;
  return phrase.length + phrase.length / text.length;
}
