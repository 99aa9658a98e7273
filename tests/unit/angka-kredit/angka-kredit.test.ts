import { describe, expect, it } from 'vitest';
import { AK_THRESHOLDS, checkDistribution, KOEFISIEN_TAHUNAN, PREDIKAT_MATRIX, RatingSchema, type Predikat } from '@/lib/domain';
import {
  AK_RULE_SETS, GOLONGAN, GURU_JENJANG, PREDIKAT_RULE_SETS, akFor, akForYear, akFormula, akRulesFor, buildLedger, checkPlan, checkTeachers,
  emptyPlan, exact, explainPredikat, formatAk, fromDecimal, jenjangChecklist, nextTargets, parseTeacherList, predikatFromLabel, project,
  showAk, sum, toFixed, type AkRuleSet, type Plan,
} from '@/lib/angka-kredit';

const rules = AK_RULE_SETS[0]!;
const ledgerOf = (plan: Plan) => {
  const checked = checkPlan(plan);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return buildLedger(checked.value);
};
const when = (p: { year: number; month: number } | null | undefined) => (p ? `${p.year}-${String(p.month).padStart(2, '0')}` : p);

describe('predikat from the two ratings (PermenPANRB 6/2022, all 9 cells)', () => {
  it.each([
    ['di-atas-ekspektasi', 'di-atas-ekspektasi', 'sangat-baik'],
    ['di-atas-ekspektasi', 'sesuai-ekspektasi', 'baik'],
    ['di-atas-ekspektasi', 'di-bawah-ekspektasi', 'kurang'],
    ['sesuai-ekspektasi', 'di-atas-ekspektasi', 'baik'],
    ['sesuai-ekspektasi', 'sesuai-ekspektasi', 'baik'],
    ['sesuai-ekspektasi', 'di-bawah-ekspektasi', 'kurang'],
    ['di-bawah-ekspektasi', 'di-atas-ekspektasi', 'butuh-perbaikan'],
    ['di-bawah-ekspektasi', 'sesuai-ekspektasi', 'butuh-perbaikan'],
    ['di-bawah-ekspektasi', 'di-bawah-ekspektasi', 'sangat-kurang'],
  ] as const)('hasil kerja %s × perilaku %s → %s, explained by its rule', (hk, pk, expected) => {
    const r = explainPredikat(hk, pk, '2026-01-15')!;
    expect(r).toEqual({ predikat: expected, hasilKerja: hk, perilaku: pk, ruleId: 'permenpanrb-6-2022', regulation: 'PermenPANRB 6/2022' });
  });
  it('covers exactly the 9 cells of the domain matrix and has no rule before it took effect', () => {
    const cells = RatingSchema.options.flatMap((h) => RatingSchema.options.map((p) => explainPredikat(h, p, '2024-06-01')!.predikat));
    expect(cells).toEqual(RatingSchema.options.flatMap((h) => RatingSchema.options.map((p) => PREDIKAT_MATRIX[h][p])));
    expect(explainPredikat('sesuai-ekspektasi', 'sesuai-ekspektasi', '2022-12-31')).toBeUndefined();
    expect(PREDIKAT_RULE_SETS).toHaveLength(1);
  });
});

describe('exact arithmetic and display', () => {
  it('reads decimals with comma or dot exactly', () => {
    expect(fromDecimal('12,125')).toEqual(exact(97, 8));
    expect(fromDecimal('37.5')).toEqual(exact(75, 2));
    expect(fromDecimal('1,2,3')).toBeNull();
    expect(fromDecimal('')).toBeNull();
  });
  it('shows as many decimals as the regulation examples: exact up to 3, else rounded to 2', () => {
    expect(showAk(exact(25, 12))).toEqual({ text: '2,08', rounded: true });
    expect(showAk(exact(25, 8))).toEqual({ text: '3,125', rounded: false });
    expect(showAk(exact(75, 2))).toEqual({ text: '37,5', rounded: false });
    expect(showAk(exact(50))).toEqual({ text: '50', rounded: false });
    expect(formatAk(fromDecimal('1234.5')!)).toBe('1.234,5');
    expect(formatAk(exact(25, 8), 'en')).toBe('3.125');
    expect(formatAk(exact(2469, 2), 'en')).toBe('1,234.5');
    expect(toFixed(exact(5, 8), 2)).toBe('0.63'); // half away from zero
    expect(toFixed(exact(1, 3), 0)).toBe('0');
  });
});

describe('angka kredit for a year or part of one (PermenPANRB 1/2023, Peraturan BKN 3/2023)', () => {
  it('BKN example: 2 months Baik Ahli Pertama = 2/12 × 100% × 12,5 = 2,08 (exact 25/12)', () => {
    const r = akForYear({ year: 2024, predikat: 'baik', jenjang: 'ahli-pertama', months: 2 })!;
    expect(r.value).toEqual(exact(25, 12));
    expect(akFormula(r)).toBe('2/12 × 100% × 12,5 = 2,08');
    expect(r.regulation).toBe('PermenPANRB 1/2023; Peraturan BKN 3/2023');
  });
  it('3 months Baik Ahli Pertama = 3,125', () => {
    const r = akForYear({ year: 2025, predikat: 'baik', jenjang: 'ahli-pertama', months: 3 })!;
    expect(akFormula(r)).toBe('3/12 × 100% × 12,5 = 3,125');
  });
  it('Ahli Madya Baik = 37,5 a year; every percentage × coefficient matches the domain tables', () => {
    expect(formatAk(akFor(rules, { predikat: 'baik', jenjang: 'ahli-madya', months: 12 }).value)).toBe('37,5');
    expect(formatAk(akFor(rules, { predikat: 'sangat-baik', jenjang: 'ahli-pertama', months: 12 }).value)).toBe('18,75');
    for (const j of GURU_JENJANG) expect(rules.koefisien[j]).toEqual(fromDecimal(KOEFISIEN_TAHUNAN[j]));
    const percents: [Predikat, string][] = [['sangat-baik', '56,25'], ['baik', '37,5'], ['butuh-perbaikan', '28,125'], ['kurang', '18,75'], ['sangat-kurang', '9,375']];
    for (const [p, text] of percents) expect(formatAk(akFor(rules, { predikat: p, jenjang: 'ahli-madya', months: 12 }).value)).toBe(text);
  });
  it('refuses months outside 1–12 and years without a rule', () => {
    expect(() => akFor(rules, { predikat: 'baik', jenjang: 'ahli-muda', months: 0 })).toThrow(RangeError);
    expect(() => akFor(rules, { predikat: 'baik', jenjang: 'ahli-muda', months: 13 })).toThrow(RangeError);
    expect(() => akFor(rules, { predikat: 'baik', jenjang: 'ahli-muda', months: 1.5 })).toThrow(RangeError);
    expect(akForYear({ year: 2022, predikat: 'baik', jenjang: 'ahli-muda', months: 12 })).toBeUndefined();
  });
  it('never accumulates rounding error: six times 2 months Baik is exactly 12,5 (not 6 × 2,08 = 12,48)', () => {
    const parts = Array.from({ length: 6 }, () => akFor(rules, { predikat: 'baik', jenjang: 'ahli-pertama', months: 2 }).value);
    expect(formatAk(sum(parts))).toBe('12,5');
    const plan: Plan = { ...emptyPlan(2024), entries: Array.from({ length: 6 }, () => ({ year: 2024, months: 2, jenjang: 'ahli-pertama' as const, golongan: 'III/a' as const, predikat: 'baik' as const })) };
    expect(ledgerOf(plan).balance).toEqual(exact(25, 2));
  });
});

describe('thresholds per golongan (cumulative within the jenjang)', () => {
  it.each([
    ['III/a', 'III/b', 'pangkat', 50], ['III/b', 'III/c', 'jenjang', 100], ['III/c', 'III/d', 'pangkat', 100], ['III/d', 'IV/a', 'jenjang', 200],
    ['IV/a', 'IV/b', 'pangkat', 150], ['IV/b', 'IV/c', 'pangkat', 300], ['IV/c', 'IV/d', 'jenjang', 450], ['IV/d', 'IV/e', 'pangkat', 200],
  ] as const)('%s → %s (%s) needs %i', (from, to, kind, needed) => {
    expect(rules.steps[from]).toEqual({ to, kind, needed: exact(needed) });
  });
  it('IV/e is the last golongan; each golongan belongs to exactly one jenjang; the pangkat/jenjang figures are the domain table', () => {
    expect(rules.steps['IV/e']).toBeNull();
    expect(GURU_JENJANG.flatMap((j) => rules.golongan[j])).toEqual([...GOLONGAN]);
    for (const j of GURU_JENJANG) {
      const first = rules.golongan[j][0]!;
      expect(rules.steps[first]!.needed).toEqual(exact(AK_THRESHOLDS[j].pangkat));
      const last = rules.steps[rules.golongan[j].at(-1)!];
      if (AK_THRESHOLDS[j].jenjang !== undefined) expect(last!.needed).toEqual(exact(AK_THRESHOLDS[j].jenjang!));
    }
  });
  it('next targets for a teacher in III/b: pangkat and jenjang are the same step', () => {
    const l = ledgerOf({ ...emptyPlan(2024), start: { year: 2024, jenjang: 'ahli-pertama', golongan: 'III/b', ak: '62,5' } });
    const t = nextTargets(l, rules);
    expect(t.pangkat!.step.to).toBe('III/c');
    expect(t.jenjang!.step.to).toBe('III/c');
    expect(formatAk(t.pangkat!.remaining)).toBe('37,5');
    const top = ledgerOf({ ...emptyPlan(2024), start: { year: 2024, jenjang: 'ahli-utama', golongan: 'IV/e', ak: '10' } });
    expect(nextTargets(top, rules)).toEqual({ pangkat: null, jenjang: null });
  });
});

describe('history, balance and projection', () => {
  it('worked example: guru Ahli Pertama III/a starting with 0 from 2024', () => {
    const l = ledgerOf(emptyPlan(2024));
    expect(l.next).toEqual({ year: 2024, month: 1 });
    const byPredikat = Object.fromEntries((['sangat-baik', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang'] as const).map((p) => {
      const pr = project(l, p)!;
      return [p, [formatAk(pr.perYear), when(pr.pangkat), when(pr.jenjang)]];
    }));
    expect(byPredikat).toEqual({
      'sangat-baik': ['18,75', '2026-08', '2029-04'],
      baik: ['12,5', '2027-12', '2031-12'],
      'butuh-perbaikan': ['9,375', '2029-04', '2034-08'],
      kurang: ['6,25', '2031-12', '2039-12'],
      'sangat-kurang': ['3,125', '2039-12', '2055-12'],
    });
  });
  it('several years with mixed predikat, a half-year split and a jenjang change (counting restarts at 0)', () => {
    const plan: Plan = {
      ...emptyPlan(2023),
      start: { year: 2023, jenjang: 'ahli-pertama', golongan: 'III/b', ak: '37,5' },
      entries: [
        { year: 2024, months: 6, jenjang: 'ahli-pertama', golongan: 'III/b', predikat: 'baik' },
        { year: 2023, months: 12, jenjang: 'ahli-pertama', golongan: 'III/b', predikat: 'sangat-baik' },
        { year: 2024, months: 6, jenjang: 'ahli-pertama', golongan: 'III/b', predikat: 'butuh-perbaikan' },
        { year: 2025, months: 12, jenjang: 'ahli-pertama', golongan: 'III/b', predikat: 'baik' },
        { year: 2026, months: 2, jenjang: 'ahli-pertama', golongan: 'III/b', predikat: 'baik' },
        { year: 2026, months: 10, jenjang: 'ahli-muda', golongan: 'III/c', predikat: 'baik' },
      ],
    };
    const l = ledgerOf(plan);
    expect(l.rows.map((r) => r.year)).toEqual([2023, 2024, 2024, 2025, 2026, 2026]);
    expect(l.rows.map((r) => formatAk(r.balance))).toEqual(['56,25', '62,5', '67,19', '79,69', '81,77', '20,83']);
    // 67,1875 needs 4 decimals: shown rounded to 2, kept exact underneath.
    expect(l.rows[2]!.balance).toEqual(exact(1075, 16));
    expect(showAk(l.rows[2]!.ak.value)).toEqual({ text: '4,69', rounded: true });
    expect(l.rows[5]!.jenjangChangedFrom).toEqual({ jenjang: 'ahli-pertama', balance: exact(3925, 48) });
    expect(l.balance).toEqual(exact(125, 6));
    expect([l.jenjang, l.golongan, l.monthsInJenjang, l.next]).toEqual(['ahli-muda', 'III/c', 10, { year: 2027, month: 1 }]);
    const t = nextTargets(l, rules);
    expect([t.pangkat!.step.to, formatAk(t.pangkat!.needed), formatAk(t.pangkat!.remaining)]).toEqual(['III/d', '100', '79,17']);
    expect([t.jenjang!.step.to, t.jenjang!.toJenjang, formatAk(t.jenjang!.needed)]).toEqual(['IV/a', 'ahli-madya', '200']);
    const baik = project(l, 'baik')!;
    expect(formatAk(baik.perYear)).toBe('25');
    expect(baik.pangkat).toMatchObject({ monthsNeeded: 38, year: 2030, month: 2, total: exact(100) });
    expect(when(baik.jenjang)).toBe('2034-02'); // (200 − 125/6) ÷ 25/12 = 86 months
    // The checklist: AK and one year not yet; the last predikat is Baik; formasi and uji kompetensi are the user's to tick.
    expect(jenjangChecklist(l, rules, plan.checks)).toEqual([
      { id: 'ak', status: 'belum' }, { id: 'masaJabatan', status: 'belum' }, { id: 'predikat', status: 'terpenuhi' },
      { id: 'formasi', status: 'periksa' }, { id: 'ujiKompetensi', status: 'periksa' }, { id: 'pengembanganProfesi', status: 'periksa' },
    ]);
  });
  it('a balance that already suffices projects to now; a partial year continues in the next month', () => {
    const l = ledgerOf({ ...emptyPlan(2024), start: { year: 2024, jenjang: 'ahli-pertama', golongan: 'III/a', ak: '55' },
      entries: [{ year: 2024, months: 7, jenjang: 'ahli-pertama', golongan: 'III/a', predikat: 'kurang' }] });
    expect(l.next).toEqual({ year: 2024, month: 8 });
    expect(project(l, 'baik')!.pangkat).toMatchObject({ monthsNeeded: 0, year: 2024, month: 8 });
    const checklist = jenjangChecklist(l, rules, { formasi: true, ujiKompetensi: false, pengembanganProfesi: false })!;
    expect(checklist.map((c) => c.status)).toEqual(['belum', 'belum', 'belum', 'terpenuhi', 'periksa']);
  });
  it('a later regulation is a new dated entry: years before it keep the old rule, the projection uses the new one', () => {
    const future: AkRuleSet = { ...rules, id: 'hipotetis-2030', effectiveFrom: '2030-01-01', regulation: 'Peraturan hipotetis',
      koefisien: { ...rules.koefisien, 'ahli-pertama': exact(25) } };
    const sets = [future, rules];
    expect(akRulesFor('2029-12-01', sets)!.id).toBe('permenpanrb-1-2023');
    expect(akRulesFor('2030-01-01', sets)!.id).toBe('hipotetis-2030');
    expect(akRulesFor('2022-12-01', sets)).toBeUndefined();
    const l = ledgerOf({ ...emptyPlan(2029), entries: [{ year: 2029, months: 12, jenjang: 'ahli-pertama', golongan: 'III/a', predikat: 'baik' }] });
    const p = project(l, 'baik', (d) => akRulesFor(d, sets))!;
    expect([p.ruleId, formatAk(p.perYear), when(p.pangkat)]).toEqual(['hipotetis-2030', '25', '2031-06']);
  });
});

describe('bad input is refused with a code, not computed', () => {
  const base = emptyPlan(2024);
  const entry = { year: 2024, months: 12, jenjang: 'ahli-pertama', golongan: 'III/a', predikat: 'baik' } as const;
  const codes = (plan: unknown) => { const r = checkPlan(plan); return r.ok ? [] : r.problems.map((p) => `${p.where}:${p.code}`); };
  it('a golongan outside the jenjang', () => {
    expect(codes({ ...base, start: { ...base.start, golongan: 'III/c' } })).toEqual(['start:golonganOutsideJenjang']);
    expect(codes({ ...base, entries: [{ ...entry, jenjang: 'ahli-madya', golongan: 'III/b' }] })).toEqual(['entries.0:golonganOutsideJenjang']);
  });
  it('months outside 1–12, or more than 12 in one year', () => {
    expect(codes({ ...base, entries: [{ ...entry, months: 0 }] })).toEqual(['entries.0:monthsOutOfRange']);
    expect(codes({ ...base, entries: [{ ...entry, months: 13 }] })).toEqual(['entries.0:monthsOutOfRange']);
    expect(codes({ ...base, entries: [{ ...entry, months: 2.5 }] })).toEqual(['entries.0:monthsOutOfRange']);
    expect(codes({ ...base, entries: [{ ...entry, months: 7 }, { ...entry, months: 6 }] })).toEqual(['entries.1:tooManyMonthsInYear']);
  });
  it('a negative, unreadable or absurd starting balance', () => {
    expect(codes({ ...base, start: { ...base.start, ak: '-1' } })).toEqual(['start:akNegative']);
    expect(codes({ ...base, start: { ...base.start, ak: 'dua' } })).toEqual(['start:akNotANumber']);
    expect(codes({ ...base, start: { ...base.start, ak: '' } })).toEqual(['start:akNotANumber']);
    expect(codes({ ...base, start: { ...base.start, ak: '10001' } })).toEqual(['start:akTooLarge']);
    expect(codes({ ...base, start: { ...base.start, ak: '12,125' } })).toEqual([]);
  });
  it('years before the start, before the rules, or off the calendar; and a wrong shape', () => {
    expect(codes({ ...base, entries: [{ ...entry, year: 2023 }] })).toEqual(['entries.0:yearBeforeStart']);
    expect(codes({ ...base, start: { ...base.start, year: 2022 } })).toEqual(['start:noRuleForYear']);
    expect(codes({ ...base, start: { ...base.start, year: 1999 } })).toContain('start:yearOutOfRange');
    expect(codes({ ...base, entries: [{ ...entry, predikat: 'luar-biasa' }] })).toEqual(['entries.0.predikat:shape']);
  });
});

describe('distribution check for the kepala sekolah (domain.md §4)', () => {
  const list = (counts: Partial<Record<Predikat, number>>) =>
    Object.entries(counts).flatMap(([p, n]) => Array.from({ length: n }, () => ({ predikat: p as Predikat })));
  const cases: [Parameters<typeof checkTeachers>[0], Partial<Record<Predikat, number>>, boolean[]][] = [
    ['istimewa', { 'sangat-baik': 7, baik: 3 }, [false]],
    ['istimewa', { 'sangat-baik': 8, baik: 2 }, [true]],
    ['baik', { 'sangat-baik': 2, baik: 7, 'butuh-perbaikan': 1 }, [false, false]],
    ['baik', { baik: 8, kurang: 2 }, [true, false]],
    ['baik', { 'sangat-baik': 4, baik: 6 }, [false, true]],
    ['sangat-kurang', { baik: 20 }, [false]],
    ['sangat-kurang', { 'sangat-baik': 1, baik: 20 }, [true]],
  ];
  it.each(cases)('%s with %o → limits exceeded %o, as lib/domain checkDistribution says', (org, counts, exceeded) => {
    const r = checkTeachers(org, list(counts));
    expect(r.limits.map((l) => l.exceeded)).toEqual(exceeded);
    expect(r.exceeded).toBe(checkDistribution(org, counts).status === 'melanggar');
  });
  it('counts and shares exactly; organisation predikat without a confirmed rule is unknown', () => {
    const r = checkTeachers('istimewa', list({ 'sangat-baik': 8, baik: 2 }));
    expect([r.limits[0]!.count, r.limits[0]!.total, formatAk(r.limits[0]!.share)]).toEqual([8, 10, '0,8']);
    expect(checkTeachers('kurang', list({ baik: 3 }))).toMatchObject({ known: false, limits: [], exceeded: false });
  });
  it('reads a pasted list by the labels teachers use, and names the lines it cannot read', () => {
    expect(predikatFromLabel('cukup')).toBe('butuh-perbaikan');
    expect(predikatFromLabel(' Sangat  Baik ')).toBe('sangat-baik');
    expect(predikatFromLabel('Misconduct')).toBe('kurang');
    const r = parseTeacherList('Siti Aminah, S.Pd.\tSangat Baik\nBudi; Baik\n\nAni, Cukup\nTanpa predikat\nRina;Hebat');
    expect(r.teachers).toEqual([{ name: 'Siti Aminah, S.Pd.', predikat: 'sangat-baik' }, { name: 'Budi', predikat: 'baik' }, { name: 'Ani', predikat: 'butuh-perbaikan' }]);
    expect(r.rejected.map((x) => x.line)).toEqual([5, 6]);
  });
});
