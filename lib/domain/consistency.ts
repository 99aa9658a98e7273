/**
 * Structural rules every regime must satisfy. Used by the tests for each year's data file and usable on a
 * derived or imported regime. Returns problems as text; empty means consistent.
 */
import { RegimeSchema, ROLES, stageWindowId, stepWindowId, type Regime } from './schema';
import { compareIso, type IsoDate } from './time';

export function regimeProblems(regime: Regime): string[] {
  const problems: string[] = [];
  const parsed = RegimeSchema.safeParse(regime);
  if (!parsed.success) problems.push(...parsed.error.issues.map((i) => `skema: ${i.path.join('.')}: ${i.message}`));

  const byId = new Map(regime.windows.map((w) => [w.id, w]));
  if (byId.size !== regime.windows.length) problems.push('id jadwal tidak unik');

  regime.periods.forEach((p, i) => {
    if (!p.id.startsWith(String(regime.year))) problems.push(`periode ${p.id} bukan tahun ${regime.year}`);
    const prev = regime.periods[i - 1];
    if (prev && compareIso(prev.end, p.start) >= 0) problems.push(`periode ${prev.id} dan ${p.id} tumpang tindih`);
  });

  for (const w of regime.windows) {
    const period = regime.periods.find((p) => p.id === w.periodId);
    if (!period) problems.push(`${w.id}: periode ${w.periodId} tidak ada`);
    else if (compareIso(w.start, period.start) < 0 || compareIso(w.end, period.end) > 0) problems.push(`${w.id}: di luar periode ${period.id}`);
    if (w.slug) {
      const stageWindow = byId.get(stageWindowId(w.periodId, w.stageId, w.role));
      if (stageWindow && (compareIso(w.start, stageWindow.start) < 0 || compareIso(w.end, stageWindow.end) > 0)) {
        problems.push(`${w.id}: di luar jadwal tahapnya`);
      }
    }
  }

  const usedWindows = new Set<string>();
  for (const role of ROLES) {
    const stages = regime.tracks[role];
    const stepIds = stages.flatMap((s) => s.steps.map((st) => st.id));
    const dup = stepIds.filter((id, i) => stepIds.indexOf(id) !== i);
    if (dup.length) problems.push(`${role}: langkah di lebih dari satu tempat: ${[...new Set(dup)].join(', ')}`);
    if (stages.map((s) => s.id).join() !== 'perencanaan,pelaksanaan,penilaian') problems.push(`${role}: urutan tahap salah`);

    for (const period of regime.periods) {
      const stageWindows = stages.map((s) => byId.get(stageWindowId(period.id, s.id, role)));
      stageWindows.forEach((w, i) => {
        const stage = stages[i]!;
        if (!w) return problems.push(`${period.id}/${stage.id}/${role}: jadwal tahap tidak ada`);
        usedWindows.add(w.id);
        const prev = stageWindows[i - 1];
        if (!prev) return;
        if (compareIso(prev.start, w.start) >= 0 || compareIso(prev.end, w.end) > 0) problems.push(`${w.id}: tidak berurutan setelah ${prev.id}`);
        // Pelaksanaan opens only after the plan is agreed: planning (before any extension) ends before it starts.
        if (stage.id === 'pelaksanaan' && compareIso(prev.extension?.originalEnd ?? prev.end, w.start) >= 0) problems.push(`${w.id}: mulai sebelum perencanaan selesai`);
      });

      for (const stage of stages) {
        let prevSub: { id: string; start: IsoDate; end: IsoDate } | undefined;
        for (const step of stage.steps) {
          const id = stepWindowId(period.id, stage.id, step, role);
          const w = byId.get(id);
          if (!w) {
            problems.push(`${role}/${step.id}: jadwal ${id} tidak ada`);
            continue;
          }
          usedWindows.add(id);
          if (w.stageId !== stage.id || w.role !== role) problems.push(`${role}/${step.id}: jadwal ${id} milik tahap lain`);
          if (!w.slug || w.id === prevSub?.id) continue;
          if (prevSub) {
            if (compareIso(prevSub.start, w.start) > 0) problems.push(`${id}: mulai sebelum langkah sebelumnya`);
            if (stage.stepOrder === 'berurutan' && compareIso(prevSub.end, w.start) >= 0) problems.push(`${id}: tumpang tindih dengan ${prevSub.id}`);
          }
          prevSub = w;
        }
      }
    }
  }
  for (const w of regime.windows) if (!usedWindows.has(w.id)) problems.push(`${w.id}: jadwal tidak dipakai langkah mana pun`);
  return problems;
}
