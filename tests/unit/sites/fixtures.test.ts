// @vitest-environment happy-dom
/**
 * Every saved page in tests/fixtures/pages/<adapter id>/ (both demo markups, hand-written pages the
 * demo sites lack, the sites' 404 pages and unknown pages in _unknown/) goes through what the
 * content script does: read the headings in one pass, recognise the page; then the field finder
 * looks for the adapter's fields. The expectation is the folder (and `expect=` in the header).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_ADAPTERS } from '@/lib/sites/pages';
import { recognisePage } from '@/lib/sites/recognise';
import { explainRecognition } from '@/lib/sites/explain';
import { readHeadings } from '@/lib/page/headings';
import { findFields, findLinkFields, findPageFields } from '@/lib/page/fields';
import { findFileInputs } from '@/lib/page/file-inputs';
import { shellMessages } from '@/lib/i18n/shell';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/pages');

interface Fixture { adapter: string; file: string; url: URL; markup: string; expect: 'page' | 'changed' | 'unknown'; html: string }

function loadFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const adapter of fs.readdirSync(DIR).sort()) {
    for (const file of fs.readdirSync(path.join(DIR, adapter)).filter((f) => f.endsWith('.html')).sort()) {
      const html = fs.readFileSync(path.join(DIR, adapter, file), 'utf8');
      const header = /^<!-- fixture (.*?) -->/.exec(html)?.[1] ?? '';
      const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(header)?.[1];
      const url = attr('url');
      if (!url) throw new Error(`${adapter}/${file}: no fixture url in its first line`);
      const expected = (attr('expect') ?? (adapter === '_unknown' ? 'unknown' : 'page')) as Fixture['expect'];
      out.push({ adapter, file, url: new URL(url), markup: attr('markup') ?? '?', expect: expected, html });
    }
  }
  return out;
}

const FIXTURES = loadFixtures();

function open(f: Fixture): Document {
  return new DOMParser().parseFromString(f.html, 'text/html');
}

function recognise(f: Fixture, doc = open(f)) {
  return recognisePage({ host: f.url.hostname, path: f.url.pathname, headings: readHeadings(doc) }, PAGE_ADAPTERS);
}

const why = (r: ReturnType<typeof recognise>) => explainRecognition(r, (k) => shellMessages.id[k]);

describe('saved pages (tests/fixtures/pages)', () => {
  it('there are at least 40, from both sites, both demo markups and the three Ruang GTK hosts', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(40);
    const hosts = new Set(FIXTURES.map((f) => f.url.hostname));
    for (const h of ['guru.kemdikbud.go.id', 'guru.kemendikdasmen.go.id', 'rumah.pendidikan.go.id', 'kinerja.bkn.go.id']) expect(hosts).toContain(h);
    expect(FIXTURES.some((f) => f.url.hostname === 'rumah.pendidikan.go.id' && f.url.pathname.startsWith('/ruang/gtk/'))).toBe(true);
    expect(FIXTURES.some((f) => f.url.pathname.endsWith('/') && f.expect === 'page')).toBe(true);
    expect(FIXTURES.some((f) => f.url.search && f.expect === 'page')).toBe(true);
    for (const site of ['rgtk.', 'ekin.']) {
      const markups = new Set(FIXTURES.filter((f) => f.adapter.startsWith(site)).map((f) => f.markup));
      expect(markups).toContain('klasik');
      expect(markups).toContain('2026');
    }
  });

  it.each(FIXTURES.map((f) => [`${f.adapter}/${f.file}`, f] as const))('%s', (_name, f) => {
    const r = recognise(f);
    if (f.expect === 'unknown') {
      expect(r.kind, why(r)).toBe('unknown');
      expect(why(r)).not.toBe('');
      return;
    }
    expect(r.kind, why(r)).toBe('page');
    if (r.kind !== 'page') return;
    expect(r.page.id).toBe(f.adapter);
    if (f.expect === 'changed') {
      expect(r.missing.length).toBeGreaterThan(0);
      expect(why(r)).toMatch(/^alamat cocok, tetapi judul '.+' tidak terlihat$/);
    } else {
      // Every demo page is confirmed by a heading, whatever the markup.
      expect(r.missing, why(r)).toEqual([]);
      expect(r.sure).toBe('high');
      expect(why(r)).toMatch(/judul '.+' cocok dengan '.+'/);
    }
    // The fields the adapter lists are found, or wait behind a row's modal; none is missing.
    if (f.expect === 'page') expect(findPageFields(open(f), r.page).missing).toEqual([]);
  });
});

describe('adapter completeness', () => {
  it.each(PAGE_ADAPTERS.map((a) => [a.id, a] as const))('%s has at least two saved pages of different markup', (id) => {
    const mine = FIXTURES.filter((f) => f.adapter === id && f.expect === 'page');
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(new Set(mine.map((f) => f.markup)).size).toBeGreaterThanOrEqual(2);
  });

  it('every fixture folder is an adapter (or _unknown)', () => {
    const ids = new Set(PAGE_ADAPTERS.map((a) => a.id));
    for (const f of FIXTURES) expect(f.adapter === '_unknown' || ids.has(f.adapter), f.adapter).toBe(true);
  });
});

describe('field finding on the eviden page', () => {
  const eviden = (name: string) => FIXTURES.find((f) => f.adapter === 'ekin.eviden' && f.file === name)!;
  const adapter = PAGE_ADAPTERS.find((a) => a.id === 'ekin.eviden')!;

  it('classic markup: the Nama/Link pair of the first empty RHK card, by its labels', () => {
    const doc = open(eviden('klasik.html'));
    const pair = findLinkFields(doc);
    expect(pair?.name.id).toBe('nama-bukti-1');
    expect(pair?.link.id).toBe('link-bukti-1');
    expect(findFileInputs(doc).map((i) => i.id)).toEqual(['unggah-bukti']);
  });

  it('classic markup: the pair of the card the user works in', () => {
    const doc = open(eviden('klasik.html'));
    (doc.getElementById('realisasi-3') as HTMLInputElement).focus();
    expect(findLinkFields(doc)?.name.id).toBe('nama-bukti-3');
  });

  it('2026 markup, modal closed: nothing to fill, not even the closed modal\'s inputs', () => {
    const doc = open(eviden('2026.html'));
    expect(doc.querySelector('input[name="eviden"]')).not.toBeNull(); // it is there, hidden
    expect(findLinkFields(doc)).toBeNull();
    for (const spec of adapter.fields!) if (spec.key !== 'upload') expect(findFields(doc, spec)).toEqual([]);
    expect(findPageFields(doc, adapter)).toEqual({ found: ['upload'], missing: [], behindModal: ['nama-bukti', 'link-bukti', 'realisasi'] });
  });

  it('2026 markup, modal opened from a row: Nama Eviden / Bukti Eviden (Link …) inside the visible modal', () => {
    const doc = open(eviden('2026-modal-terbuka.html'));
    const pair = findLinkFields(doc);
    expect(pair?.name.getAttribute('name')).toBe('eviden');
    expect(pair?.link.getAttribute('name')).toBe('bukti_eviden');
    expect(pair?.name.closest('.modal.show')).not.toBeNull();
    expect(findPageFields(doc, adapter).found).toEqual(['nama-bukti', 'link-bukti', 'realisasi', 'upload']);
  });

  it('a hidden modal\'s fields are never found, even with the labels the adapter knows', () => {
    const doc = open(FIXTURES.find((f) => f.file === 'ekin-mohon-maaf-saja.html')!);
    expect(findLinkFields(doc)).toBeNull();
  });
});
