import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** lib/angka-kredit is pure except store.ts (the settings row): no browser, storage, DOM or React. */
const ROOT = resolve(import.meta.dirname, '../../../lib/angka-kredit');
const FORBIDDEN = /(?:from\s*|import\s*\(\s*|import\s+)['"](wxt[^'"]*|dexie[^'"]*|react[^'"]*|@\/lib\/db[^'"]*|@\/components[^'"]*)['"]|(?<![.\w$])(?:browser|chrome|window|document|indexedDB|localStorage)\s*[.[]/;

describe('lib/angka-kredit purity', () => {
  const files = readdirSync(ROOT).filter((f) => f.endsWith('.ts') && f !== 'store.ts');
  it('has the pure modules', () => expect(files.length).toBeGreaterThanOrEqual(8));
  it.each(files)('%s uses no browser API, storage or UI', (file) => {
    expect(readFileSync(join(ROOT, file), 'utf8')).not.toMatch(FORBIDDEN);
  });
  it('the index does not export the store', () => {
    expect(readFileSync(join(ROOT, 'index.ts'), 'utf8')).not.toMatch(/from '\.\/store'/);
  });
});
