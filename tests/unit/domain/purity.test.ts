import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** lib/domain is pure: rules as data and pure functions, importable by the background, the pages and the tests alike. */
const ROOT = resolve(import.meta.dirname, '../../../lib/domain');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const FORBIDDEN_IMPORT = /(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)['"](wxt(?:\/[^'"]*)?|dexie(?:[-/][^'"]*)?|react(?:[-/][^'"]*)?|#imports|@\/lib\/db(?:\/[^'"]*)?)['"]/;
const FORBIDDEN_GLOBAL = [
  { name: 'browser.', re: /(?<![.\w$])browser\s*[.[]/ },
  { name: 'chrome.', re: /(?<![.\w$])chrome\s*[.[]/ },
  { name: 'indexedDB', re: /\bindexedDB\b/ },
  { name: 'window', re: /(?<![.\w$])window\s*[.[]|typeof\s+window\b|globalThis\s*\.\s*window\b/ },
  { name: 'document', re: /(?<![.\w$])document\s*[.[]|typeof\s+document\b|globalThis\s*\.\s*document\b/ },
];
const IMPORT_SPECIFIER = /(?:from\s*|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;

/** Problems in one source text; exported through the test so the scanner itself is tested. */
function impurities(source: string): string[] {
  const found: string[] = [];
  const imp = FORBIDDEN_IMPORT.exec(source);
  if (imp) found.push(`import ${imp[1]}`);
  for (const g of FORBIDDEN_GLOBAL) if (g.re.test(source)) found.push(g.name);
  for (const m of source.matchAll(IMPORT_SPECIFIER)) {
    const spec = m[1]!;
    if (!spec.startsWith('.') && spec !== 'zod') found.push(`import ${spec} (hanya zod dan modul relatif)`);
  }
  return found;
}

describe('lib/domain has no browser or storage code', () => {
  const files = tsFiles(ROOT);
  it('finds the domain files', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  it.each(files.map((f) => [relative(ROOT, f), f]))('%s is pure', (_name, path) => {
    expect(impurities(readFileSync(path, 'utf8'))).toEqual([]);
  });
  it('the scanner catches each forbidden use', () => {
    const bad = [
      "import { defineBackground } from 'wxt/sandbox';",
      "import Dexie from 'dexie';",
      "import { useState } from 'react';",
      "import { storage } from '#imports';",
      "import { db } from '@/lib/db';",
      'await browser.storage.local.get();',
      'chrome.alarms.create();',
      'const r = indexedDB.open("x");',
      'const w = window.innerWidth;',
      'document.querySelector("a");',
    ];
    for (const line of bad) expect(impurities(line), line).not.toEqual([]);
    expect(impurities("import { z } from 'zod'; const x = step.window; const y = { window: 'a' }; import { a } from './b';")).toEqual([]);
  });
});
