import { describe, expect, it } from 'vitest';
import { PAGE_ADAPTERS } from '@/lib/sites/pages';
import { matchesPathPattern } from '@/lib/sites/path-pattern';
import { locateSite, normaliseHeading, recognisePage as recogniseWith, type PageSnapshot } from '@/lib/sites/recognise';
import { adaptersOf, pillLabel } from '@/lib/overlay/pill-data';
import { buildPillData, pillDataModuleSource } from '@/lib/overlay/pill-data-build';
import pillData from 'virtual:pendamping-kinerja/pill-data';
import { pageMessages } from '@/lib/i18n/pages';
import { shellMessages } from '@/lib/i18n/shell';

const recognisePage = (snapshot: PageSnapshot) => recogniseWith(snapshot, PAGE_ADAPTERS);

/**
 * Each adapter's own cases (as Zotero translators carry theirs): the URL and headings of the
 * page as the demo copy in tests/fixtures/sites renders it. A change to a page shows up here
 * as a failing case of that one adapter.
 */
const CASES: Record<string, { host?: string; path: string; headings: string[] }> = {
  'rgtk.landing': { path: '/pengelolaan-kinerja', headings: ['Pengelolaan Kinerja'] },
  'rgtk.data-diri': { path: '/pengelolaan-kinerja/perencanaan/data-diri', headings: ['Periksa Data Diri'] },
  'rgtk.tugas-pokok': { path: '/pengelolaan-kinerja/perencanaan/pelaksanaan-tugas-pokok', headings: ['Pelaksanaan Tugas Pokok'] },
  'rgtk.praktik-kinerja': { path: '/pengelolaan-kinerja/perencanaan/praktik-kinerja', headings: ['Pengelolaan Kinerja', 'Praktik Kinerja'] },
  'rgtk.pengembangan-kompetensi': { path: '/pengelolaan-kinerja/perencanaan/pengembangan-kompetensi', headings: ['Pengembangan Kompetensi'] },
  'rgtk.tugas-tambahan': { path: '/pengelolaan-kinerja/perencanaan/tugas-tambahan', headings: ['Tugas Tambahan'] },
  'rgtk.perilaku-kerja': { path: '/pengelolaan-kinerja/perencanaan/perilaku-kerja', headings: ['Perilaku Kerja'] },
  'rgtk.rangkuman': { path: '/pengelolaan-kinerja/perencanaan/rangkuman', headings: ['Rangkuman'] },
  'rgtk.pelaksanaan': { path: '/pengelolaan-kinerja/pelaksanaan', headings: ['Pelaksanaan Kinerja'] },
  'rgtk.dokumen-persiapan': { path: '/pengelolaan-kinerja/pelaksanaan/dokumen-persiapan', headings: ['Dokumen Persiapan'] },
  'rgtk.observasi': { path: '/pengelolaan-kinerja/pelaksanaan/observasi', headings: ['Observasi Kinerja'] },
  'rgtk.dokumen-tindak-lanjut': { path: '/pengelolaan-kinerja/pelaksanaan/dokumen-tindak-lanjut', headings: ['Dokumen Tindak Lanjut', 'Sesi Pilihan Belajar'] },
  'rgtk.dokumen-refleksi': { host: 'rumah.pendidikan.go.id', path: '/ruang/gtk/pengelolaan-kinerja/pelaksanaan/dokumen-refleksi', headings: ['Dokumen Refleksi'] },
  'rgtk.penilaian': { host: 'guru.kemendikdasmen.go.id', path: '/pengelolaan-kinerja/penilaian', headings: ['Penilaian Kinerja'] },
  'ekin.daftar-skp': { host: 'kinerja.bkn.go.id', path: '/skp', headings: ['Daftar SKP'] },
  'ekin.skp': { host: 'kinerja.bkn.go.id', path: '/skp/101', headings: ['Sasaran Kinerja Pegawai', 'Hasil Kerja', 'Perilaku Kerja', 'Lampiran SKP'] },
  'ekin.rencana-aksi': { host: 'kinerja.bkn.go.id', path: '/skp/101/penilaian/202/rencana_aksi', headings: ['RENCANA AKSI'] },
  'ekin.eviden': { host: 'kinerja.bkn.go.id', path: '/skp/101/penilaian/202/eviden', headings: ['Bukti Dukung', 'Eviden'] },
  'ekin.kinerja-harian': { host: 'kinerja.bkn.go.id', path: '/kinerja_harian', headings: ['  Kinerja   Harian '] },
  'ekin.profil': { host: 'kinerja.bkn.go.id', path: '/profil', headings: ['Profil'] },
};

describe('page adapters', () => {
  it('every adapter has a case and ids are unique', () => {
    const ids = PAGE_ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(CASES).sort()).toEqual([...ids].sort());
  });

  it.each(Object.entries(CASES))('%s is recognised by path and heading', (id, c) => {
    const r = recognisePage({ host: c.host ?? 'guru.kemdikbud.go.id', path: c.path, headings: c.headings });
    expect(r.kind).toBe('page');
    if (r.kind === 'page') {
      expect(r.page.id).toBe(id);
      expect(r.by).toBe('path+heading');
    }
  });

  it('a known path whose heading is gone (changed markup) is not recognised', () => {
    const r = recognisePage({ host: 'kinerja.bkn.go.id', path: '/skp/101/penilaian/202/eviden', headings: ['Halaman Baru'] });
    expect(r).toEqual({ kind: 'unknown', site: 'ekinerja' });
  });

  it('a moved page is still recognised by its heading alone', () => {
    const r = recognisePage({ host: 'guru.kemdikbud.go.id', path: '/pk/v2/refleksi', headings: ['Dokumen Refleksi'] });
    expect(r.kind === 'page' && r.page.id).toBe('rgtk.dokumen-refleksi');
    expect(r.kind === 'page' && r.by).toBe('heading');
  });

  it('a heading shared by several pages with no path match is not guessed', () => {
    const r = recognisePage({ host: 'guru.kemdikbud.go.id', path: '/lain', headings: ['Perilaku Kerja', 'Rangkuman'] });
    expect(r.kind).toBe('unknown');
  });

  it('headings of the other site do not count', () => {
    const r = recognisePage({ host: 'kinerja.bkn.go.id', path: '/x', headings: ['Dokumen Refleksi'] });
    expect(r.kind).toBe('unknown');
  });

  it('pages outside the hosts, or Rumah Pendidikan outside /ruang/gtk, are outside', () => {
    expect(recognisePage({ host: 'example.org', path: '/skp', headings: ['Daftar SKP'] }).kind).toBe('outside');
    expect(recognisePage({ host: 'rumah.pendidikan.go.id', path: '/ruang/murid', headings: ['Pengelolaan Kinerja'] }).kind).toBe('outside');
    expect(locateSite('rumah.pendidikan.go.id', '/ruang/gtk')).toEqual({ site: 'ruang-gtk', sitePath: '/' });
    expect(locateSite('rumah.pendidikan.go.id', '/ruang/gtkx')).toBeNull();
  });

  it('normalises case and spaces the Indonesian way', () => {
    expect(normaliseHeading('  TAMBAH   Progress\nHarian ')).toBe('tambah progress harian');
  });
});

/** The content script recognises pages from the JSON copy the build makes (lib/overlay/pill-data.ts). */
describe('pill data', () => {
  it('recognises every case exactly as the typed adapters do', () => {
    const fromJson = JSON.parse(JSON.stringify(buildPillData())) as ReturnType<typeof buildPillData>;
    const bySite = { 'ruang-gtk': adaptersOf(fromJson, 'ruang-gtk'), ekinerja: adaptersOf(fromJson, 'ekinerja') };
    const snapshots: PageSnapshot[] = [
      ...Object.values(CASES).map((c) => ({ host: c.host ?? 'guru.kemdikbud.go.id', path: c.path, headings: c.headings })),
      { host: 'kinerja.bkn.go.id', path: '/skp/101/penilaian/202/eviden', headings: ['Halaman Baru'] },
      { host: 'guru.kemdikbud.go.id', path: '/pk/v2/refleksi', headings: ['Dokumen Refleksi'] },
    ];
    for (const snapshot of snapshots) {
      const site = locateSite(snapshot.host, snapshot.path)!.site;
      const a = recognisePage(snapshot);
      const b = recogniseWith(snapshot, bySite[site]);
      expect({ kind: b.kind, id: b.kind === 'page' ? b.page.id : null, by: b.kind === 'page' ? b.by : null })
        .toEqual({ kind: a.kind, id: a.kind === 'page' ? a.page.id : null, by: a.kind === 'page' ? a.by : null });
      if (a.kind === 'page' && b.kind === 'page') expect(b.page).toEqual(a.page);
    }
  });

  it('carries every page name and the pill strings in both languages', () => {
    for (const locale of ['id', 'en'] as const) {
      for (const a of PAGE_ADAPTERS) expect(pillLabel(pillData, locale, a.id)).toBe(pageMessages[locale][a.id as keyof typeof pageMessages.id]);
      expect(pillLabel(pillData, locale, 'shell.unknownPage')).toBe(shellMessages[locale]['shell.unknownPage']);
    }
  });

  it('is emitted as a JSON.parse of one string, not an object literal', () => {
    expect(pillDataModuleSource()).toMatch(/^export default JSON\.parse\("\{.*\}"\);$/s);
  });
});

describe('path patterns', () => {
  it.each([
    ['/skp', '/skp', true],
    ['/skp', '/skp/', true],
    ['/skp', '/skp//', false],
    ['/skp/:skp', '/skp/101', true],
    ['/skp/:skp', '/skp/', false],
    ['/skp/:skp', '/skp/101/penilaian', false],
    ['/skp/:skp/penilaian/:periode/eviden', '/skp/101/penilaian/202/eviden/', true],
    ['/skp/:skp/penilaian/:periode/eviden', '/skp/101/penilaian//eviden', false],
    ['/pengelolaan-kinerja', '/Pengelolaan-Kinerja', false],
    ['/', '/', true],
  ])('%s ~ %s is %s', (pattern, path, expected) => {
    expect(matchesPathPattern(pattern, path)).toBe(expected);
  });
});
