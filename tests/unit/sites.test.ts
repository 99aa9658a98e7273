import { describe, expect, it } from 'vitest';
import { PAGE_ADAPTERS } from '@/lib/sites/pages';
import { matchesPathPattern } from '@/lib/sites/path-pattern';
import { locateSite, normaliseHeading, recognisePage as recogniseWith, type PageSnapshot } from '@/lib/sites/recognise';
import { explainRecognition } from '@/lib/sites/explain';
import { OFFICIAL_REGIMES, SITE_PATHS } from '@/lib/domain';
import { pillData, pillLabel } from '@/lib/overlay/pill-data';
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
      expect(r.sure).toBe('high');
    }
  });

  it('a known path whose heading is gone is still named, as a page that seems to have changed', () => {
    const r = recognisePage({ host: 'kinerja.bkn.go.id', path: '/skp/101/penilaian/202/eviden', headings: ['Halaman Baru'] });
    expect(r.kind === 'page' && { id: r.page.id, by: r.by, sure: r.sure, missing: r.missing })
      .toEqual({ id: 'ekin.eviden', by: 'path', sure: 'medium', missing: ['Eviden dan Realisasi'] });
    expect(explainRecognition(r, (k) => shellMessages.id[k])).toBe("alamat cocok, tetapi judul 'Eviden dan Realisasi' tidak terlihat");
  });

  it('a known path with no heading at all (yet) is named by the path alone, nothing reported missing', () => {
    const r = recognisePage({ host: 'kinerja.bkn.go.id', path: '/skp/7c9e6679742540de944be07fc1f90ae7', headings: [] });
    expect(r.kind === 'page' && [r.page.id, r.by, r.sure, r.missing]).toEqual(['ekin.skp', 'path', 'medium', []]);
    expect(explainRecognition(r, (k) => shellMessages.id[k])).toBe('alamat cocok; belum ada judul yang menegaskannya');
  });

  it('a known path showing the site\'s not-found text is not recognised', () => {
    const r = recognisePage({ host: 'kinerja.bkn.go.id', path: '/skp/101/penilaian/999/eviden', headings: ['404 - Halaman tidak ditemukan'] });
    expect(r).toEqual({ kind: 'unknown', site: 'ekinerja', why: 'not-found' });
  });

  it('says why, with the heading and the phrase it met', () => {
    const r = recognisePage({ host: 'kinerja.bkn.go.id', path: '/skp/a/penilaian/b/eviden/', headings: ['Periode Penilaian : PENILAIAN TRIWULAN I', 'EVIDEN DAN REALISASI'] });
    expect(explainRecognition(r, (k) => shellMessages.id[k])).toBe("alamat cocok; judul 'EVIDEN DAN REALISASI' cocok dengan 'Eviden dan Realisasi'");
    expect(explainRecognition(r, (k) => shellMessages.en[k])).toBe("address matches; heading 'EVIDEN DAN REALISASI' matches 'Eviden dan Realisasi'");
  });

  it('numbered step headings and 2026 wording are matched by words', () => {
    for (const [heading, id] of [
      ['1. Pelaksanaan Tugas Pokok', 'rgtk.tugas-pokok'],
      ['Langkah 2: Praktik Kinerja', 'rgtk.praktik-kinerja'],
      ['Observasi Praktik Kinerja', 'rgtk.observasi'],
      ['Refleksi dan Evaluasi Tindak Lanjut', 'rgtk.dokumen-refleksi'],
      ['Rencana Tindak Lanjut', 'rgtk.dokumen-tindak-lanjut'],
      ['Diskusi Persiapan', 'rgtk.dokumen-persiapan'],
    ] as const) {
      const r = recognisePage({ host: 'guru.kemendikdasmen.go.id', path: '/pk-baru/x', headings: [heading] });
      expect(r.kind === 'page' && r.page.id, heading).toBe(id);
    }
  });

  it('a moved page is still recognised by its heading alone', () => {
    const r = recognisePage({ host: 'guru.kemdikbud.go.id', path: '/pk/v2/refleksi', headings: ['Dokumen Refleksi'] });
    expect(r.kind === 'page' && r.page.id).toBe('rgtk.dokumen-refleksi');
    expect(r.kind === 'page' && r.by).toBe('heading');
  });

  it('headings naming several pages equally, with no path match, are not guessed', () => {
    const r = recognisePage({ host: 'guru.kemdikbud.go.id', path: '/lain', headings: ['Perilaku Kerja', 'Pengembangan Kompetensi'] });
    expect(r).toEqual({ kind: 'unknown', site: 'ruang-gtk', why: 'ambiguous' });
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

  it('normalises case, spaces, punctuation and leading numbering', () => {
    expect(normaliseHeading('  TAMBAH   Progress\nHarian ')).toBe('tambah progress harian');
    expect(normaliseHeading('Langkah 2: Praktik Kinerja')).toBe('praktik kinerja');
    expect(normaliseHeading('3) Pengembangan Kompetensi')).toBe('pengembangan kompetensi');
    expect(normaliseHeading('Bukti Eviden (Link ke file Google Drive/Dropbox/etc)')).toBe('bukti eviden link ke file google drive dropbox etc');
    expect(normaliseHeading('404 - Halaman tidak ditemukan')).toBe('404 halaman tidak ditemukan');
  });

  it('adapters take their paths from the domain\'s one list, and no two adapters share a path', () => {
    const all = Object.values(SITE_PATHS).flatMap((site) => Object.values(site) as string[]);
    const used = PAGE_ADAPTERS.flatMap((a) => a.paths);
    expect(new Set(used).size).toBe(used.length);
    for (const p of used) expect(all).toContain(p);
    // Every step's place on a site is a page some adapter knows.
    const places: { site: string; path: string }[] = [];
    JSON.stringify(OFFICIAL_REGIMES, (key, value) => {
      if (key === 'place') places.push(value);
      return value;
    });
    expect(places.length).toBeGreaterThan(10);
    for (const place of places) {
      const site = place.site === 'ekinerja' ? 'ekinerja' : 'ruang-gtk';
      expect(PAGE_ADAPTERS.some((a) => a.site === site && a.paths.includes(place.path)), place.path).toBe(true);
    }
  });
});

describe('pill data', () => {
  it('carries every page name and the pill strings in both languages', () => {
    for (const locale of ['id', 'en'] as const) {
      for (const a of PAGE_ADAPTERS) expect(pillLabel(pillData, locale, a.id)).toBe(pageMessages[locale][a.id as keyof typeof pageMessages.id]);
      expect(pillLabel(pillData, locale, 'shell.unknownPage')).toBe(shellMessages[locale]['shell.unknownPage']);
    }
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
