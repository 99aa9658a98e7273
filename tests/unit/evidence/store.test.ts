import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { PendampingDB } from '@/lib/db/database';
import { EvidenceError } from '@/lib/evidence/errors';
import { listEvidence, evidenceForPage } from '@/lib/evidence/query';
import { createSha256, hashBlob } from '@/lib/evidence/sha256';
import {
  addFileEvidence, addLinkEvidence, allTags, deleteEvidence, getEvidenceBody, mergeDuplicate, restoreEvidence, retagEvidence, updateEvidence,
} from '@/lib/evidence/store';
import { acceptsFile, checkUrl, formatBytes, inputWarnings, itemWarnings, periodForDate, tokenize } from '@/lib/evidence/model';

const dbs: PendampingDB[] = [];
function freshDb(): PendampingDB {
  const db = new PendampingDB(`ev-test-${Math.random()}`);
  dbs.push(db);
  return db;
}
afterEach(async () => { for (const db of dbs.splice(0)) { db.close(); await db.delete(); } });

const noQuota = () => Promise.resolve({});
const meta = (over: Record<string, unknown> = {}) => ({ title: 'Modul ajar pecahan', activityDate: '2024-03-12', stage: 'pelaksanaan' as const, step: 'dokumen-persiapan', ...over });
const pdf = (bytes: number | string, name = 'modul.pdf') => new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes).fill(7)], name, { type: 'application/pdf' });
const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Records every table a DBCore operation reads, to prove list queries never touch bodies. */
function recordReads(db: PendampingDB): Set<string> & { on: boolean } {
  const touched = Object.assign(new Set<string>(), { on: false });
  db.use({
    stack: 'dbcore', name: 'read-recorder', create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          get: (req) => { if (touched.on) touched.add(name); return t.get(req); },
          getMany: (req) => { if (touched.on) touched.add(name); return t.getMany(req); },
          query: (req) => { if (touched.on) touched.add(name); return t.query(req); },
          openCursor: (req) => { if (touched.on) touched.add(name); return t.openCursor(req); },
          count: (req) => { if (touched.on) touched.add(name); return t.count(req); },
        };
      },
    }),
  });
  return touched;
}

describe('sha256', () => {
  it('matches node crypto, fed whole or in odd pieces', async () => {
    const data = new Uint8Array(300_001).map((_, i) => (i * 31 + 7) & 0xff);
    const piecewise = await createSha256();
    for (let i = 0; i < data.length; i += 9_973) piecewise.update(data.subarray(i, i + 9_973));
    expect(piecewise.digestHex()).toBe(sha(data));
    const of = async (bytes: Uint8Array) => { const h = await createSha256(); h.update(bytes); return h.digestHex(); };
    expect(await of(new Uint8Array())).toBe(sha(''));
    expect(await of(new TextEncoder().encode('abc'))).toBe(sha('abc'));
    for (const n of [55, 56, 63, 64, 65, 119, 120]) expect(await of(data.subarray(0, n))).toBe(sha(data.subarray(0, n)));
  });
  it('hashes a large blob in slices with the same result', async () => {
    const data = new Uint8Array(70 * 1024 * 1024 + 5).map((_, i) => i & 0xff);
    expect(await hashBlob(new Blob([data]))).toBe(sha(data));
  });
});

describe('model rules', () => {
  it('derives the period from the date', () => {
    expect(periodForDate('2024-03-01')).toBe('2024-1');
    expect(periodForDate('2024-09-01')).toBe('2024-2');
    expect(periodForDate('2025-05-01')).toBe('2025');
  });
  it('accepts only http(s) links', () => {
    expect(checkUrl('https://drive.google.com/file/d/1').ok).toBe(true);
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'ftp://a/b', 'drive.google.com/x', '']) expect(checkUrl(bad).ok).toBe(false);
  });
  it('warns about PDFs over 10 MB, non-PDF uploads and Drive sharing', () => {
    const big = { kind: 'file' as const, media: 'pdf' as const, file: { name: 'a.pdf', type: 'application/pdf', size: 14.2 * 1024 * 1024 }, link: null, step: null };
    expect(itemWarnings(big)).toEqual([{ code: 'too-big', size: big.file.size, limit: 10 * 1024 * 1024 }]);
    expect(formatBytes(big.file.size)).toBe('14,2 MB');
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB');
    expect(itemWarnings({ ...big, media: 'image', file: { ...big.file, size: 10 }, step: 'dokumen-persiapan' })).toEqual([{ code: 'not-pdf' }]);
    expect(itemWarnings({ kind: 'link', media: 'link', file: null, link: { name: 'x', url: 'https://drive.google.com/drive/folders/abc' }, step: null }))
      .toEqual([{ code: 'drive-sharing' }]);
  });
  it("warns from the file input's own accept, not from the item's step tag", () => {
    const png = { kind: 'file' as const, media: 'image' as const, file: { name: 'foto.png', type: 'image/png', size: 12 * 1024 * 1024 } };
    const bigPdf = { kind: 'file' as const, media: 'pdf' as const, file: { name: 'a.pdf', type: 'application/pdf', size: 12 * 1024 * 1024 } };
    // e-Kinerja "Unggah Bukti" takes any file: a PNG tagged for a PDF-only step gets no PDF warning, no 10 MB limit.
    expect(itemWarnings({ ...png, link: null, step: 'dokumen-persiapan' }).map((w) => w.code)).toContain('not-pdf');
    expect(inputWarnings(png, '')).toEqual([]);
    expect(inputWarnings(bigPdf, '')).toEqual([]);
    expect(inputWarnings(png, 'image/*,.pdf')).toEqual([]);
    // Ruang GTK's PDF-only input: the site limit and the PDF rule apply.
    expect(inputWarnings(bigPdf, '.pdf').map((w) => w.code)).toEqual(['too-big']);
    expect(inputWarnings(png, 'application/pdf, .pdf').map((w) => w.code)).toEqual(['too-big', 'not-pdf']);
    expect(inputWarnings({ ...bigPdf, file: { ...bigPdf.file, size: 1000 } }, '.pdf')).toEqual([]);
  });

  it('tokenizes Indonesian text without accents or case', () => {
    expect(tokenize('Refleksi Pembelajaran: Pecahan (Kelas 5)')).toEqual(['refleksi', 'pembelajaran', 'pecahan', 'kelas']);
    expect(tokenize('Café')).toEqual(['cafe']);
  });
  it('matches accept attributes', () => {
    const f = { name: 'a.PDF', type: 'application/pdf', size: 1 };
    expect(acceptsFile('application/pdf', f)).toBe(true);
    expect(acceptsFile('.pdf', f)).toBe(true);
    expect(acceptsFile('image/*', f)).toBe(false);
    expect(acceptsFile('', f)).toBe(true);
  });
});

describe('evidence store', () => {
  it('adds a file with its body in a separate table and the right derived fields', async () => {
    const db = freshDb();
    const { item, duplicates } = await addFileEvidence(db, meta({ tags: ['Kelas 5', 'kelas 5', ' IPA '] }), pdf('hello pdf'), { estimate: noQuota });
    expect(duplicates).toEqual([]);
    expect(item).toMatchObject({ kind: 'file', media: 'pdf', year: 2024, periodId: '2024-1', stage: 'pelaksanaan', step: 'dokumen-persiapan', tags: ['ipa', 'kelas 5'] });
    expect(item.file).toEqual({ name: 'modul.pdf', type: 'application/pdf', size: 9 });
    expect(item.contentHash).toBe(sha('hello pdf'));
    const stored = await db.evidence.get(item.id);
    expect(stored).not.toHaveProperty('blob');
    expect(stored?.contentHash).toBe(sha('hello pdf'));
    const body = await getEvidenceBody(db, item.id);
    expect(body).toBeInstanceOf(Blob);
    expect(await body!.text()).toBe('hello pdf');
  });

  it('adds a link and refuses non-web addresses with the store unchanged', async () => {
    const db = freshDb();
    const { item } = await addLinkEvidence(db, meta({ title: 'Foto kegiatan' }), { name: 'Folder foto', url: 'https://drive.google.com/drive/folders/x' });
    expect(item).toMatchObject({ kind: 'link', media: 'link', link: { name: 'Folder foto', url: 'https://drive.google.com/drive/folders/x' } });
    await expect(addLinkEvidence(db, meta(), { url: 'javascript:alert(1)' })).rejects.toMatchObject({ code: 'bad-url' });
    expect(await db.evidence.count()).toBe(1);
  });

  it('refuses zero-byte and unreadable files, leaving the store unchanged', async () => {
    const db = freshDb();
    await expect(addFileEvidence(db, meta(), new File([], 'kosong.pdf'), { estimate: noQuota })).rejects.toMatchObject({ code: 'empty' });
    const broken = new File(['x'], 'rusak.pdf');
    Object.defineProperty(broken, 'slice', { value: () => ({ arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')) }) });
    await expect(addFileEvidence(db, meta(), broken, { estimate: noQuota })).rejects.toMatchObject({ code: 'unreadable' });
    await expect(addFileEvidence(db, meta({ title: '' }), pdf('x'), { estimate: noQuota })).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.evidence.count()).toBe(0);
    expect(await db.evidenceBodies.count()).toBe(0);
  });

  it('says how much space is needed when the quota estimate is too small', async () => {
    const db = freshDb();
    const error = await addFileEvidence(db, meta(), pdf(5000), { estimate: async () => ({ quota: 10_000, usage: 8_000 }) }).catch((e) => e);
    expect(error).toBeInstanceOf(EvidenceError);
    expect(error).toMatchObject({ code: 'quota', params: { needed: 5000, available: 2000 } });
    expect(await db.evidence.count()).toBe(0);
  });

  it('leaves no partial rows when the body write fails inside the transaction (quota)', async () => {
    const db = freshDb();
    db.use({
      stack: 'dbcore', name: 'quota-on-bodies', create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          if (name !== 'evidenceBodies') return t;
          return { ...t, mutate: (req) => (req.type === 'add' || req.type === 'put'
            ? Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }))
            : t.mutate(req)) };
        },
      }),
    });
    const error = await addFileEvidence(db, meta(), pdf(4096), { estimate: async () => ({ quota: 1e9, usage: 1e9 - 5000 }) }).catch((e) => e);
    expect(error).toMatchObject({ code: 'quota', params: { needed: 4096, available: 5000 } });
    expect(await db.evidence.count()).toBe(0);
    expect(await db.evidenceBodies.count()).toBe(0);
  });

  it('finds duplicates by content hash and merges them', async () => {
    const db = freshDb();
    const first = await addFileEvidence(db, meta({ tags: ['a'] }), pdf('same bytes', 'satu.pdf'), { estimate: noQuota });
    const second = await addFileEvidence(db, meta({ title: 'Salinan', tags: ['b'], description: 'catatan' }), pdf('same bytes', 'dua.pdf'), { estimate: noQuota });
    expect(second.duplicates.map((d) => d.id)).toEqual([first.item.id]);
    const merged = await mergeDuplicate(db, first.item.id, second.item.id);
    expect(merged.tags).toEqual(['a', 'b']);
    expect(merged.description).toBe('catatan');
    expect(await db.evidence.count()).toBe(1);
    expect(await db.evidenceBodies.count()).toBe(1);
    const link1 = await addLinkEvidence(db, meta(), { url: 'https://example.org/a#x' });
    const link2 = await addLinkEvidence(db, meta(), { url: 'https://example.org/a' });
    expect(link2.duplicates.map((d) => d.id)).toEqual([link1.item.id]);
  });

  it('edits, re-tags many, deletes and undoes (body included)', async () => {
    const db = freshDb();
    const a = (await addFileEvidence(db, meta({ tags: ['lama'] }), pdf('A'), { estimate: noQuota })).item;
    const b = (await addLinkEvidence(db, meta({ tags: ['lama'] }), { url: 'https://example.org/b' })).item;
    const edited = await updateEvidence(db, a.id, { title: 'Refleksi observasi', activityDate: '2024-08-02', stage: 'penilaian', step: null });
    expect(edited).toMatchObject({ title: 'Refleksi observasi', periodId: '2024-2', stage: 'penilaian', step: null });
    expect((await listEvidence(db, { text: 'refleksi' })).items.map((i) => i.id)).toEqual([a.id]);
    await expect(updateEvidence(db, b.id, { link: { name: 'x', url: 'ftp://nope' } })).rejects.toMatchObject({ code: 'bad-url' });
    expect(await retagEvidence(db, [a.id, b.id], { add: ['Baru'], remove: ['lama'] })).toBe(2);
    expect(await allTags(db)).toEqual(['baru']);
    const deleted = await deleteEvidence(db, [a.id, b.id]);
    expect(await db.evidence.count()).toBe(0);
    expect(await db.evidenceBodies.count()).toBe(0);
    await restoreEvidence(db, deleted);
    expect(await db.evidence.count()).toBe(2);
    expect(await (await getEvidenceBody(db, a.id))!.text()).toBe('A');
  });
});

describe('listing', () => {
  async function seed(db: PendampingDB, n: number) {
    const stages = ['perencanaan', 'pelaksanaan', 'penilaian'] as const;
    const rows = [];
    for (let i = 0; i < n; i++) {
      const stage = stages[i % 3]!;
      const month = String((i % 12) + 1).padStart(2, '0');
      const day = String((i % 28) + 1).padStart(2, '0');
      rows.push(addFileEvidence(db, {
        title: `Bukti ${i} ${i % 10 === 0 ? 'observasi kelas' : 'kegiatan'}`, activityDate: `2024-${month}-${day}`, stage,
        step: stage === 'pelaksanaan' ? 'observasi' : null, tags: i % 7 === 0 ? ['tujuh'] : [],
      }, new File([`body ${i}`], `f${i}.${i % 2 ? 'pdf' : 'png'}`, { type: i % 2 ? 'application/pdf' : 'image/png' }), { estimate: noQuota }));
    }
    await Promise.all(rows);
  }

  it('filters, searches and sorts by date (newest first), paging with hasMore', async () => {
    const db = freshDb();
    await seed(db, 90);
    const all = await listEvidence(db, {}, { limit: 200 });
    expect(all.items).toHaveLength(90);
    const dates = all.items.map((i) => i.activityDate);
    expect([...dates].sort().reverse()).toEqual(dates);

    const stage = await listEvidence(db, { stage: 'pelaksanaan' }, { limit: 10 });
    expect(stage.items).toHaveLength(10);
    expect(stage.hasMore).toBe(true);
    expect(stage.items.every((i) => i.stage === 'pelaksanaan')).toBe(true);
    const page2 = await listEvidence(db, { stage: 'pelaksanaan' }, { limit: 10, offset: 10 });
    expect(page2.items.map((i) => i.id)).not.toContain(stage.items[0]!.id);

    const combo = await listEvidence(db, { stage: 'pelaksanaan', media: 'pdf', periodId: '2024-2' }, { limit: 100 });
    expect(combo.items.length).toBeGreaterThan(0);
    expect(combo.items.every((i) => i.stage === 'pelaksanaan' && i.media === 'pdf' && i.periodId === '2024-2')).toBe(true);

    const text = await listEvidence(db, { text: 'OBSERV kelas' }, { limit: 100 });
    expect(text.items).toHaveLength(9);
    expect(text.items.every((i) => /observasi kelas/.test(i.title))).toBe(true);
    expect((await listEvidence(db, { tag: 'tujuh', stage: 'perencanaan' }, { limit: 100 })).items.every((i) => i.tags.includes('tujuh') && i.stage === 'perencanaan')).toBe(true);
    expect((await listEvidence(db, { text: '?' })).items).toEqual([]);
    const forPage = await evidenceForPage(db, { stage: 'pelaksanaan', step: 'observasi', kind: 'file', limit: 5 });
    expect(forPage.every((i) => i.step === 'observasi')).toBe(true);
  });

  it('never reads the bodies table for lists, searches or filters', async () => {
    const db = freshDb();
    // Middleware must be registered before the database opens.
    const touched = recordReads(db);
    await seed(db, 30);
    touched.on = true;
    await listEvidence(db, {});
    await listEvidence(db, { stage: 'pelaksanaan', media: 'pdf' });
    await listEvidence(db, { text: 'observasi', tag: 'tujuh' });
    await evidenceForPage(db, { stage: 'pelaksanaan', step: 'observasi', kind: 'file' });
    await allTags(db);
    expect([...touched].sort()).toEqual(['evidence', 'evidenceKeys']);
    await getEvidenceBody(db, (await listEvidence(db, {})).items[0]!.id);
    expect(touched.has('evidenceBodies')).toBe(true);
  });

  it('reads only one screen of rows from the cursor for a filtered list', async () => {
    const db = freshDb();
    let rowsRead = 0;
    let counting = false;
    const seenRows = new Set<unknown>();
    db.use({ stack: 'dbcore', name: 'row-counter', create: (down) => ({ ...down, table: (name) => {
      const t = down.table(name);
      return { ...t, query: async (req) => {
        const res = await t.query(req);
        if (counting && name === 'evidence' && req.values) rowsRead += res.result.length;
        return res;
      }, openCursor: async (req) => {
        const cursor = await t.openCursor(req);
        if (!cursor) return cursor;
        // Dexie may read .value more than once per row: count distinct rows.
        return Object.create(cursor, { value: { get() { if (counting && !seenRows.has(cursor.primaryKey)) { seenRows.add(cursor.primaryKey); rowsRead++; } return cursor.value; } } });
      } };
    } }) });
    await seed(db, 200);
    counting = true;
    const r = await listEvidence(db, { stage: 'pelaksanaan' }, { limit: 20 });
    expect(r.items).toHaveLength(20);
    expect(rowsRead).toBeGreaterThan(0);
    expect(rowsRead).toBeLessThanOrEqual(21);
    rowsRead = 0;
    seenRows.clear();
    const combo = await listEvidence(db, { stage: 'pelaksanaan', media: 'pdf' }, { limit: 20 });
    expect(combo.items).toHaveLength(20);
    // Half the stage's rows are PDFs: the cursor stops once 21 have passed, before all 67 are read.
    expect(rowsRead).toBeLessThan(67);
  });

  it('gives the same first screen as a full scan for every filter combination the page offers', async () => {
    const db = freshDb();
    const stages = ['perencanaan', 'pelaksanaan', 'penilaian'] as const;
    const words = ['modul', 'refleksi', 'observasi', 'foto', 'laporan', 'rapat'];
    const rows = [];
    for (let i = 0; i < 120; i++) {
      const stage = stages[i % 3]!;
      rows.push(addLinkEvidence(db, {
        title: `${words[i % 6]} ${words[(i * 5 + 1) % 6]} ${i}`, activityDate: `${2024 + (i % 2)}-${String((i % 12) + 1).padStart(2, '0')}-0${(i % 9) + 1}`,
        stage, step: stage === 'pelaksanaan' ? 'observasi' : null, tags: i % 4 === 0 ? ['empat'] : i % 5 === 0 ? ['lima', 'empat'] : [],
      }, { url: `https://example.org/${i}` }));
    }
    await Promise.all(rows);
    const everything = (await db.evidence.toArray()).sort((a, b) => (a.activityDate === b.activityDate ? (a.id < b.id ? 1 : -1) : a.activityDate < b.activityDate ? 1 : -1));
    const filters: Parameters<typeof listEvidence>[1][] = [
      {}, { year: 2025 }, { stage: 'pelaksanaan' }, { stage: 'penilaian', year: 2024 }, { tag: 'empat' }, { tag: 'lima', stage: 'perencanaan' },
      { stage: 'pelaksanaan', media: 'link', periodId: '2024-2' }, { text: 'refl' }, { text: 'foto laporan' }, { text: 'foto refleksi', stage: 'penilaian' },
      { text: 'modul', tag: 'empat', year: 2024 }, { step: 'observasi', kind: 'link', tag: 'empat' }, { text: 'obs rap' },
    ];
    const expected = (f: NonNullable<Parameters<typeof listEvidence>[1]>) => everything.filter((i) => (f.year === undefined || i.year === f.year)
      && (f.stage === undefined || i.stage === f.stage) && (f.step === undefined || i.step === f.step) && (f.media === undefined || i.media === f.media)
      && (f.kind === undefined || i.kind === f.kind) && (f.periodId === undefined || i.periodId === f.periodId) && (f.tag === undefined || i.tags.includes(f.tag))
      && tokenize(f.text ?? '').every((t) => i.words.some((w) => w.startsWith(t))));
    const check = async () => {
      for (const f of filters) {
        const want = expected(f!);
        const got = await listEvidence(db, f, { limit: 7 });
        expect(got.items.map((i) => i.id), JSON.stringify(f)).toEqual(want.slice(0, 7).map((i) => i.id));
        expect(got.hasMore, JSON.stringify(f)).toBe(want.length > 7);
      }
    };
    await check();
    // An item with very many distinct words turns off the two-word keys: the slower path answers the same.
    const long = await addLinkEvidence(db, { title: 'foto laporan panjang', activityDate: '2023-01-01',
      description: Array.from({ length: 60 }, (_, k) => `${String.fromCharCode(97 + (k % 26))}${String.fromCharCode(97 + Math.floor(k / 26))}kata`).join(' ') },
      { url: 'https://example.org/long' });
    everything.push(long.item);
    expect((await db.evidenceKeys.get(long.item.id))!.keys.some((k) => k.startsWith('w2*'))).toBe(true);
    await check();
  });
});

describe('evidence steps', () => {
  it('are step ids lib/domain has in that stage, so tags match checklist items', async () => {
    const { OFFICIAL_REGIMES } = await import('@/lib/domain');
    const { EVIDENCE_STEPS } = await import('@/lib/evidence/model');
    const domainSteps = new Map<string, Set<string>>();
    for (const regime of OFFICIAL_REGIMES) {
      for (const stage of [...regime.tracks.guru, ...regime.tracks['kepala-sekolah']]) {
        const set = domainSteps.get(stage.id) ?? new Set<string>();
        for (const step of stage.steps) set.add(step.id);
        domainSteps.set(stage.id, set);
      }
    }
    for (const [stage, steps] of Object.entries(EVIDENCE_STEPS)) {
      for (const step of steps) expect(domainSteps.get(stage)?.has(step), `${stage}/${step}`).toBe(true);
    }
  });
});

describe('the store announces its own writes', () => {
  it('bumps the data revision after every write that commits, and not after one that fails', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { DATA_REVISION_KEY } = await import('@/lib/data-revision');
    fakeBrowser.reset();
    const db = freshDb();
    const bumps: unknown[] = [];
    fakeBrowser.storage.local.onChanged.addListener((changes) => { if (DATA_REVISION_KEY in changes) bumps.push(changes[DATA_REVISION_KEY]); });
    const counted = async (write: () => Promise<unknown>) => {
      const before = bumps.length;
      await write();
      await vi.waitFor(() => expect(bumps.length).toBeGreaterThan(before));
    };
    const { item } = await addFileEvidence(db, meta(), pdf(100), { estimate: noQuota });
    expect(bumps.length).toBeGreaterThan(0);
    let linkId = '';
    await counted(async () => { linkId = (await addLinkEvidence(db, meta({ title: 'Video' }), { url: 'https://example.org/v' })).item.id; });
    await counted(() => updateEvidence(db, item.id, { title: 'Modul ajar (revisi)' }));
    await counted(() => retagEvidence(db, [item.id], { add: ['kelas-7'] }));
    let deleted: Awaited<ReturnType<typeof deleteEvidence>> = [];
    await counted(async () => { deleted = await deleteEvidence(db, [linkId]); });
    await counted(() => restoreEvidence(db, deleted));
    await counted(() => mergeDuplicate(db, item.id, linkId));
    const before = bumps.length;
    await expect(updateEvidence(db, 'no-such-id', { title: 'x' })).rejects.toThrow();
    expect(bumps.length).toBe(before);
  });
});

describe('announcing many writes at once', () => {
  it('a batch of adds shares a few bumps, and the last bump comes after the last write', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { DATA_REVISION_KEY } = await import('@/lib/data-revision');
    fakeBrowser.reset();
    const db = freshDb();
    let bumps = 0;
    fakeBrowser.storage.local.onChanged.addListener((changes) => { if (DATA_REVISION_KEY in changes) bumps++; });
    const sets: number[] = [];
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    // A real storage.set is a round trip to the browser process: give the fake one that takes a while.
    fakeBrowser.storage.local.set = async (items) => { sets.push(Date.now()); await new Promise((r) => setTimeout(r, 20)); return realSet(items); };
    onTestFinished(() => { fakeBrowser.storage.local.set = realSet; });
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) =>
      addLinkEvidence(db, meta({ title: `Tautan ${i}` }), { url: `https://example.org/${i}` })));
    expect(results).toHaveLength(40);
    await vi.waitFor(() => expect(bumps).toBeGreaterThan(0));
    expect(sets.length).toBeLessThan(40);
    // Every add resolved after a bump that began after its commit: one more write still announces.
    const before = sets.length;
    await addLinkEvidence(db, meta({ title: 'Terakhir' }), { url: 'https://example.org/last' });
    expect(sets.length).toBeGreaterThan(before);
  });
});
