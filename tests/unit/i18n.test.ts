import { describe, expect, it } from 'vitest';
import { ALL_CATALOGUES } from '@/lib/i18n/catalogues';
import { createTranslator, defineMessages, lookupMessage } from '@/lib/i18n/define';
import { PAGE_ADAPTERS } from '@/lib/sites/pages';
import { pageMessages } from '@/lib/i18n/pages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(Object.entries(ALL_CATALOGUES))('catalogue %s', (_name, catalogue) => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(catalogue.en).sort()).toEqual(Object.keys(catalogue.id).sort());
    for (const [key, text] of [...Object.entries(catalogue.id), ...Object.entries(catalogue.en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });
  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(catalogue.id)) {
      expect(placeholders(catalogue.en[key]!), key).toEqual(placeholders(catalogue.id[key]!));
    }
  });
});

describe('translator', () => {
  const c = defineMessages({ hello: 'Halo {name}, {n} berkas' }, { hello: 'Hello {name}, {n} files' });
  it('fills placeholders and formats numbers per locale', () => {
    expect(createTranslator(c, 'id')('hello', { name: 'Bu Siti', n: 1234 })).toBe('Halo Bu Siti, 1.234 berkas');
    expect(createTranslator(c, 'en')('hello', { name: 'Mrs Siti', n: 1234 })).toBe('Hello Mrs Siti, 1,234 files');
  });
  it('leaves an unknown placeholder visible rather than inventing text', () => {
    expect(createTranslator(c, 'id')('hello', {})).toBe('Halo {name}, {n} berkas');
  });
});

describe('page names', () => {
  it('name every recognised page', () => {
    for (const adapter of PAGE_ADAPTERS) expect(Object.keys(pageMessages.id)).toContain(adapter.id);
    expect(Object.keys(pageMessages.id).length).toBe(PAGE_ADAPTERS.length);
  });
});

describe('lookupMessage (the pill)', () => {
  // An English table missing a key, as an older stored catalogue could be (the types forbid it in code).
  const catalogue = { id: { a: 'satu', b: 'dua' }, en: { a: 'one' } } as unknown as ReturnType<typeof defineMessages<'a' | 'b'>>;
  it('reads the locale, falls back to Indonesian for a missing entry', () => {
    expect(lookupMessage(catalogue, 'en', 'a')).toBe('one');
    expect(lookupMessage(catalogue, 'id', 'a')).toBe('satu');
    expect(lookupMessage(catalogue, 'en', 'b')).toBe('dua');
  });
});
