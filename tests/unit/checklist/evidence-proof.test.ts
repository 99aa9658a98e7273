import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { PendampingDB } from '@/lib/db/database';
import { addLinkEvidence } from '@/lib/evidence/store';
import { reconcileEvidenceProofs } from '@/lib/checklist/evidence-proof';
import { loadProgress, setItemDone } from '@/lib/checklist/store';

const dbs: PendampingDB[] = [];
afterEach(async () => { for (const db of dbs.splice(0)) await db.delete(); });
const storage = () => { const writes: unknown[] = []; return { writes, set: async (v: Record<string, unknown>) => { writes.push(v); } }; };

async function setup() {
  const db = new PendampingDB(`proof-${Math.random()}`);
  dbs.push(db);
  const base = { periodId: '2026', activityDate: '2026-03-02', description: '', tags: [], indicator: null };
  await addLinkEvidence(db, { ...base, title: 'Modul ajar', stage: 'pelaksanaan', step: 'dokumen-persiapan' }, { name: 'Modul', url: 'https://drive.google.com/x' });
  await addLinkEvidence(db, { ...base, title: 'Tanpa langkah', stage: 'pelaksanaan', step: null }, { name: 'Foto', url: 'https://example.org/a' });
  await addLinkEvidence(db, { ...base, periodId: '2025', activityDate: '2025-03-02', title: 'Tahun lalu', stage: 'pelaksanaan', step: 'observasi' }, { name: 'Video', url: 'https://example.org/b' });
  return db;
}

describe('evidence as proof of a checklist step', () => {
  it('ticks the steps that have evidence in this period, automatically, once', async () => {
    const db = await setup();
    const s = storage();
    expect(await reconcileEvidenceProofs(db, s, '2026', 'guru')).toEqual(['dokumen-persiapan']);
    expect((await loadProgress(db, '2026', 'guru'))['dokumen-persiapan']).toEqual({ done: true, source: 'auto' });
    expect((await loadProgress(db, '2026', 'guru')).observasi).toBeUndefined(); // last year's evidence does not count
    expect(s.writes).toHaveLength(1);
    expect(await reconcileEvidenceProofs(db, s, '2026', 'guru')).toEqual([]); // idempotent: no write, no loop
    expect(s.writes).toHaveLength(1);
  });

  it('never overrides the user: a hand untick stays unticked', async () => {
    const db = await setup();
    const s = storage();
    await setItemDone(db, s, { periodId: '2026', role: 'guru', stageId: 'pelaksanaan', stepId: 'dokumen-persiapan' }, false);
    expect(await reconcileEvidenceProofs(db, s, '2026', 'guru')).toEqual([]);
    expect((await loadProgress(db, '2026', 'guru'))['dokumen-persiapan']?.done).toBe(false);
  });
});
