import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { OFFICIAL_REGIMES, ROLES, type IsoDate } from '@/lib/domain';
import { checklistFor, itemText, openItems, placeUrl, stageProgress, type ProgressMap } from '@/lib/checklist';
import { decideAuto } from '@/lib/checklist/proof';
import { applyProof, loadProgress, setItemDone } from '@/lib/checklist/store';
import { PendampingDB } from '@/lib/db/database';

const ids = (list: { stepId: string }[]) => list.map((i) => i.stepId);

describe('checklist data', () => {
  it.each(OFFICIAL_REGIMES.flatMap((r) => ROLES.flatMap((role) => r.periods.map((p) => [r.year, role, p.id] as const))))(
    '%i %s %s: three stages, every item has a title and an explanation in both languages', (year, role, periodId) => {
      const list = checklistFor({ year, periodId, role, today: `${year}-01-10` as IsoDate })!;
      expect(list.stages.map((s) => s.stageId)).toEqual(['perencanaan', 'pelaksanaan', 'penilaian']);
      for (const item of list.stages.flatMap((s) => s.items)) {
        for (const locale of ['id', 'en'] as const) {
          const text = itemText(item.stepId, role, year, locale);
          expect(text, `${item.stepId} ${locale}`).toBeDefined();
          expect(text!.title.length).toBeGreaterThan(5);
        }
      }
    });

  it('2024 teacher planning: personal data, indicator, competence (points), extra duty with SK, behaviour, summary, approval, agreement', () => {
    const list = checklistFor({ year: 2024, periodId: '2024-1', role: 'guru', today: '2024-01-10' })!;
    const plan = list.stages[0]!;
    expect(ids([...plan.items])).toEqual(['data-diri', 'praktik-kinerja', 'pengembangan-kompetensi', 'tugas-tambahan', 'perilaku-kerja', 'rangkuman', 'persetujuan-rencana', 'kesepakatan-rencana']);
    expect(plan.items.find((i) => i.stepId === 'tugas-tambahan')?.optional).toBe(true);
    expect(plan.items.find((i) => i.stepId === 'persetujuan-rencana')?.kind).toBe('wait');
    expect(itemText('tugas-tambahan', 'guru', 2024, 'id')!.explain).toContain('SK');
    expect(itemText('pengembangan-kompetensi', 'guru', 2024, 'id')!.title).toContain('32–128');
    expect(itemText('pengembangan-kompetensi', 'guru', 2025, 'id')!.title).not.toContain('poin');
  });

  it('pelaksanaan holds the preparation, observation, follow-up and reflection documents', () => {
    const list = checklistFor({ year: 2026, periodId: '2026', role: 'guru', today: '2026-03-01' })!;
    expect(ids([...list.stages[1]!.items])).toEqual(expect.arrayContaining(['dokumen-persiapan', 'observasi', 'dokumen-tindak-lanjut', 'upaya-tindak-lanjut', 'dokumen-refleksi']));
  });

  it("the principal's list holds the own cycle AND the duties toward teachers", () => {
    const list = checklistFor({ year: 2025, periodId: '2025', role: 'kepala-sekolah', today: '2025-01-10' })!;
    const all = list.stages.flatMap((s) => s.items);
    const duties = all.filter((i) => i.kind === 'duty').map((i) => i.stepId);
    expect(duties).toEqual(expect.arrayContaining(['periksa-rencana-guru', 'observasi-guru', 'penilaian-guru', 'predikat-guru']));
    expect(all.filter((i) => i.kind === 'self').map((i) => i.stepId)).toEqual(expect.arrayContaining(['data-diri', 'praktik-kinerja', 'dokumen-refleksi']));
    expect(itemText('persetujuan-rencana', 'kepala-sekolah', 2025, 'id')!.title).toContain('Kepala Dinas');
  });

  it('teacher penilaian tells what to check afterwards in e-Kinerja', () => {
    const list = checklistFor({ year: 2024, periodId: '2024-2', role: 'guru', today: '2024-12-10' })!;
    const sync = list.stages[2]!.items.find((i) => i.stepId === 'sinkron-ekinerja')!;
    expect(sync.place?.site).toBe('ekinerja');
    expect(placeUrl(sync.place!)).toBe('https://kinerja.bkn.go.id/skp');
    expect(itemText('sinkron-ekinerja', 'guru', 2024, 'id')!.title).toContain('Sinkron PMM');
    expect(itemText('predikat-kinerja', 'guru', 2026, 'id')!.title).toContain('predikat');
  });

  it('a period that does not exist falls back to the one holding today', () => {
    expect(checklistFor({ year: 2024, periodId: '2026', role: 'guru', today: '2024-08-01' })!.periodId).toBe('2024-2');
  });

  it('counts required items and lists open ones, own steps first', () => {
    const list = checklistFor({ year: 2026, periodId: '2026', role: 'guru', today: '2026-01-10' })!;
    const progress: ProgressMap = { 'data-diri': { done: true, source: 'manual' } };
    const p = stageProgress(list.stages[0]!, progress);
    expect(p.done).toBe(1);
    const open = openItems(list, progress, 'perencanaan');
    expect(open[0]!.stepId).toBe('praktik-kinerja');
    expect(open.at(-1)!.kind).toBe('wait');
  });

  it('follows the user calendar overrides for item windows', () => {
    const list = checklistFor({ year: 2026, periodId: '2026', role: 'guru', today: '2026-01-25', overrides: [{ windowId: '2026/perencanaan/pengajuan/guru', end: '2026-01-28', changedAt: '2026-01-20T00:00:00+07:00', origin: 'user' }] })!;
    const item = list.stages[0]!.items.find((i) => i.stepId === 'rangkuman')!;
    expect(item.status).toEqual({ state: 'berjalan', daysLeft: 3, dayNumber: 18 });
  });
});

describe('automatic ticks', () => {
  it('ticks from proof, never overrides the hand', () => {
    expect(decideAuto(undefined)).toEqual({ done: true, source: 'auto' });
    expect(decideAuto({ done: false, source: 'auto' })).toEqual({ done: true, source: 'auto' });
    expect(decideAuto({ done: true, source: 'manual' })).toBeNull();
    expect(decideAuto({ done: false, source: 'manual' })).toBeNull(); // an untick sticks
  });
});

describe('progress store (Dexie v2)', () => {
  const names: string[] = [];
  afterEach(async () => { for (const n of names.splice(0)) await Dexie.delete(n); });
  const fresh = () => { const n = `cl-${Math.random()}`; names.push(n); return new PendampingDB(n); };
  const revisions: Record<string, unknown>[] = [];
  const storage = { set: async (items: Record<string, unknown>) => { revisions.push(items); } };

  it('stores ticks per period and role, bumps the revision, and an untick of an auto item sticks', async () => {
    const db = fresh();
    const item = { periodId: '2026', role: 'guru' as const, stageId: 'pelaksanaan' as const, stepId: 'dokumen-refleksi' };
    expect(await applyProof(db, storage, { periodId: '2026', stage: 'pelaksanaan', step: 'dokumen-refleksi', kind: 'reflection', ref: 'r1' }, 'guru')).toBe(true);
    expect(await loadProgress(db, '2026', 'guru')).toEqual({ 'dokumen-refleksi': { done: true, source: 'auto' } });
    expect(revisions.at(-1)).toHaveProperty(['data.revision']);
    await setItemDone(db, storage, item, false);
    expect(await applyProof(db, storage, { periodId: '2026', stage: 'pelaksanaan', step: 'dokumen-refleksi', kind: 'evidence', ref: '7' }, 'guru')).toBe(false);
    expect((await loadProgress(db, '2026', 'guru'))['dokumen-refleksi']).toEqual({ done: false, source: 'manual' });
    expect(await loadProgress(db, '2026', 'kepala-sekolah')).toEqual({});
    expect(await loadProgress(db, '2025', 'guru')).toEqual({});
    db.close();
  });
});
