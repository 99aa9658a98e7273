import { describe, expect, it } from 'vitest';
import { PAGE_ADAPTERS } from '@/lib/sites/pages';
import { locateSite, normaliseHeading, recognisePage } from '@/lib/sites/recognise';

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
