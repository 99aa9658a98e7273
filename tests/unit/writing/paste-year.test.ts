// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectWritingForm, matchWritingFields } from '@/lib/writing/paste';
import { pageWordingYear } from '@/lib/writing/paste-year';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/forms-writing');
const fieldsOf = (name: string) => {
  document.body.innerHTML = fs.readFileSync(path.join(DIR, name), 'utf8');
  return collectWritingForm(document).fields;
};

describe('pageWordingYear: the markup in front of the teacher, whatever the profile year', () => {
  it.each([
    ['refleksi-label-for.html', 'refleksi'], ['refleksi-2026.html', 'refleksi'],
    ['persiapan-label-for.html', 'persiapan'], ['persiapan-2026.html', 'persiapan'],
    ['tindak-lanjut-label-for.html', 'tindak-lanjut'], ['tindak-lanjut-2026.html', 'tindak-lanjut'],
  ] as const)('%s: the chosen year places at least as many fields as the profile year, none ambiguous', (file, kind) => {
    const fields = fieldsOf(file);
    for (const profileYear of [2024, 2025, 2026, 2027]) {
      const year = pageWordingYear(kind, profileYear, fields);
      const chosen = matchWritingFields(kind, year, fields);
      const plain = matchWritingFields(kind, profileYear, fields);
      expect(chosen.matches.length).toBeGreaterThanOrEqual(plain.matches.length);
      expect(chosen.ambiguous).toEqual([]);
    }
  });

  it('keeps the profile year when no other year fits better (an empty page)', () => {
    expect(pageWordingYear('refleksi', 2026, [])).toBe(2026);
    expect(pageWordingYear('refleksi', 2024, [])).toBe(2024);
  });
});
