import { describe, expect, it } from 'vitest';
import { mergeField } from '@/lib/writing/merge';

const M = '--- dari tab lain ---';

describe('merge rule when two tabs saved the same field', () => {
  it('takes the only side that changed', () => {
    expect(mergeField('a', 'a', 'ab', M)).toEqual({ text: 'ab', conflict: false });
    expect(mergeField('a', 'ab', 'a', M)).toEqual({ text: 'ab', conflict: false });
    expect(mergeField('a', 'ab', 'ab', M)).toEqual({ text: 'ab', conflict: false });
  });

  it('applies changes in different places', () => {
    const base = 'Awal paragraf.\nTengah.\nAkhir paragraf.';
    const mine = 'Awal paragraf yang baru.\nTengah.\nAkhir paragraf.';
    const theirs = 'Awal paragraf.\nTengah.\nAkhir paragraf, ditambah.';
    expect(mergeField(base, mine, theirs, M)).toEqual({ text: 'Awal paragraf yang baru.\nTengah.\nAkhir paragraf, ditambah.', conflict: false });
    expect(mergeField(base, theirs, mine, M).text).toBe('Awal paragraf yang baru.\nTengah.\nAkhir paragraf, ditambah.');
  });

  it('keeps both texts when the same place changed, and says so', () => {
    const r = mergeField('Saya', 'Saya guru kelas 5.', 'Saya mengajar IPA.', M);
    expect(r.conflict).toBe(true);
    expect(r.text).toContain('Saya guru kelas 5.');
    expect(r.text).toContain('Saya mengajar IPA.');
    expect(r.text).toContain(M);
  });

  it('never drops a word of either side (many random edits)', () => {
    const words = ['murid', 'kelas', 'refleksi', 'umpan', 'balik', 'tujuan', 'aksi'];
    let seed = 7;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
    const edit = (s: string) => { const at = rnd(s.length + 1); return `${s.slice(0, at)} ${words[rnd(words.length)]}${rnd(3)} ${s.slice(at + rnd(3))}`; };
    for (let i = 0; i < 300; i++) {
      const base = 'Hari ini saya mencoba diskusi kelompok';
      const mine = edit(base);
      const theirs = edit(base);
      const r = mergeField(base, mine, theirs, M);
      const added = (s: string) => s.split(' ').filter((w) => /\d$/.test(w));
      for (const w of [...added(mine), ...added(theirs)]) expect(r.text, `${mine} | ${theirs}`).toContain(w);
    }
  });
});
