import { describe, expect, it } from 'vitest';
import { explainRecognition, type WhyKey } from '@/lib/sites/explain';
import { parseRecognitionSummary, summariseRecognition } from '@/lib/overlay/tab-protocol';
import { shellMessages } from '@/lib/i18n/shell';
import { createTranslator } from '@/lib/i18n/define';

/** The side panel explains the reason from the summary the content script sends: the same words as the pill's. */
describe('the recognition summary the side panel explains', () => {
  const t = createTranslator(shellMessages, 'id') as (key: WhyKey) => string;
  const cases = [
    { kind: 'page', by: 'path+heading', match: { heading: 'Eviden dan Realisasi', phrase: 'Eviden dan Realisasi' }, missing: [] },
    { kind: 'page', by: 'path', missing: ['Rencana Aksi'] },
    { kind: 'page', by: 'path', missing: [] },
    { kind: 'unknown', why: 'not-found' },
    { kind: 'unknown', why: 'ambiguous' },
  ] as const;
  it.each(cases.map((c) => [JSON.stringify(c), c]))('%s crosses unchanged and reads the same', (_l, r) => {
    const summary = summariseRecognition(r);
    expect(parseRecognitionSummary(JSON.parse(JSON.stringify(summary)))).toEqual(summary);
    expect(explainRecognition(summary, t)).toBe(explainRecognition(r, t));
  });
  it('says what is missing on a changed page', () => {
    expect(explainRecognition({ kind: 'page', by: 'path', missing: ['Rencana Aksi'] }, t)).toBe("alamat cocok, tetapi judul 'Rencana Aksi' tidak terlihat");
  });
});
