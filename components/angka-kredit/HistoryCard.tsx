import { useId } from 'react';
import { useMessages } from '@/components/i18n';
import { PredikatSchema } from '@/lib/domain';
import {
  AK_RULE_SETS, akFormula, formatAk, GURU_JENJANG, type GuruJenjang, type HistoryEntry, type Ledger, type NumberLocale, type Plan, type Problem,
} from '@/lib/angka-kredit';
import { angkaKreditMessages, type AngkaKreditMessageKey } from '@/lib/i18n/angka-kredit';
import { Num } from './Num';

const golonganOf = (j: GuruJenjang) => AK_RULE_SETS.at(-1)!.golongan[j];

/** The starting PAK and the years after it; the AK and running total appear beside each valid row. */
export function HistoryCard({ plan, onChange, problems, ledger, locale }: {
  plan: Plan; onChange: (plan: Plan) => void; problems: readonly Problem[]; ledger: Ledger | null; locale: NumberLocale;
}) {
  const t = useMessages(angkaKreditMessages);
  const id = useId();
  const errorsAt = (where: string) => problems.filter((p) => p.where === where || p.where.startsWith(`${where}.`));
  const errorText = (p: Problem) => t(`ak.error.${p.code}` as AngkaKreditMessageKey, p.params);
  const setStart = (patch: Partial<Plan['start']>) => {
    const start = { ...plan.start, ...patch };
    if (patch.jenjang && !golonganOf(patch.jenjang).includes(start.golongan)) start.golongan = golonganOf(patch.jenjang)[0]!;
    onChange({ ...plan, start });
  };
  const setEntry = (i: number, patch: Partial<HistoryEntry>) => {
    const entries = plan.entries.map((e, k) => {
      if (k !== i) return e;
      const next = { ...e, ...patch };
      if (patch.jenjang && !golonganOf(patch.jenjang).includes(next.golongan)) next.golongan = golonganOf(patch.jenjang)[0]!;
      return next;
    });
    onChange({ ...plan, entries });
  };
  const addEntry = () => {
    const last = plan.entries.at(-1);
    const base = last ?? { year: plan.start.year - 1, jenjang: plan.start.jenjang, golongan: plan.start.golongan, predikat: 'baik' as const };
    onChange({ ...plan, entries: [...plan.entries, { year: base.year + 1, months: 12, jenjang: base.jenjang, golongan: base.golongan, predikat: base.predikat }] });
  };
  const removeEntry = (i: number) => onChange({ ...plan, entries: plan.entries.filter((_, k) => k !== i) });
  const startErrors = errorsAt('start');
  const rowByIndex = new Map(ledger?.rows.map((r) => [r.index, r]) ?? []);
  const num = (v: string) => (v.trim() === '' ? 0 : Number(v));

  return (
    <>
      <section className="card" aria-labelledby={`${id}-start`}>
        <h2 id={`${id}-start`}>{t('ak.start.heading')}</h2>
        <p className="small muted" id={`${id}-start-hint`}>{t('ak.start.hint')}</p>
        <div className="ak-grid4">
          <div className="field">
            <label htmlFor={`${id}-sy`}>{t('ak.start.year')}</label>
            <input id={`${id}-sy`} type="number" inputMode="numeric" value={plan.start.year || ''} onChange={(e) => setStart({ year: num(e.target.value) })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-sj`}>{t('ak.start.jenjang')}</label>
            <select id={`${id}-sj`} value={plan.start.jenjang} onChange={(e) => setStart({ jenjang: e.target.value as GuruJenjang })}>
              {GURU_JENJANG.map((j) => <option key={j} value={j}>{t(`ak.jenjang.${j}`)}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-sg`}>{t('ak.start.golongan')}</label>
            <select id={`${id}-sg`} value={plan.start.golongan} onChange={(e) => setStart({ golongan: e.target.value as Plan['start']['golongan'] })}>
              {golonganOf(plan.start.jenjang).map((g) => <option key={g} value={g}>{g}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-sa`}>{t('ak.start.ak')}</label>
            <input id={`${id}-sa`} type="text" inputMode="decimal" value={plan.start.ak} aria-describedby={`${id}-start-hint ${id}-start-err`}
              aria-invalid={startErrors.length > 0} onChange={(e) => setStart({ ak: e.target.value })} />
          </div>
        </div>
        <div id={`${id}-start-err`} className="ak-errors">
          {startErrors.map((p, k) => <p key={k} className="error" role="alert">{errorText(p)}</p>)}
        </div>
      </section>

      <section className="card" aria-labelledby={`${id}-hist`}>
        <h2 id={`${id}-hist`}>{t('ak.history.heading')}</h2>
        <p className="small muted">{t('ak.history.hint')} {t('ak.formulaHint')}</p>
        {plan.entries.length === 0 && <p>{t('ak.history.empty')}</p>}
        {plan.entries.length > 0 && (
          <div className="ak-scroll">
            <table className="ak-table ak-history" data-testid="ak-history">
              <thead>
                <tr>
                  <th scope="col">{t('ak.history.year')}</th><th scope="col">{t('ak.history.months')}</th>
                  <th scope="col">{t('ak.history.jenjang')}</th><th scope="col">{t('ak.history.golongan')}</th>
                  <th scope="col">{t('ak.history.predikat')}</th><th scope="col" className="num">{t('ak.history.ak')}</th>
                  <th scope="col" className="num">{t('ak.history.balance')}</th><th scope="col"><span className="sr-only">{t('ak.history.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {plan.entries.map((e, i) => {
                  const row = rowByIndex.get(i);
                  const errs = errorsAt(`entries.${i}`);
                  const label = (key: AngkaKreditMessageKey) => `${t(key)}, ${t('ak.history.rowLabel', { n: i + 1 })}`;
                  const bad = (codes: Problem['code'][]) => errs.some((p) => codes.includes(p.code));
                  return [
                    <tr key={`r${i}`} data-testid={`ak-row-${i}`}>
                      <td><input type="number" inputMode="numeric" className="ak-year" aria-label={label('ak.history.year')} value={e.year || ''}
                        aria-invalid={bad(['yearOutOfRange', 'yearBeforeStart', 'noRuleForYear', 'tooManyMonthsInYear'])}
                        onChange={(ev) => setEntry(i, { year: num(ev.target.value) })} /></td>
                      <td><input type="number" inputMode="numeric" min={1} max={12} className="ak-months" aria-label={label('ak.history.months')}
                        value={Number.isNaN(e.months) ? '' : e.months} aria-invalid={bad(['monthsOutOfRange', 'tooManyMonthsInYear'])}
                        onChange={(ev) => setEntry(i, { months: num(ev.target.value) })} /></td>
                      <td><select aria-label={label('ak.history.jenjang')} value={e.jenjang} onChange={(ev) => setEntry(i, { jenjang: ev.target.value as GuruJenjang })}>
                        {GURU_JENJANG.map((j) => <option key={j} value={j}>{t(`ak.jenjang.${j}`)}</option>)}
                      </select></td>
                      <td><select className="ak-golongan" aria-label={label('ak.history.golongan')} value={e.golongan} aria-invalid={bad(['golonganOutsideJenjang'])}
                        onChange={(ev) => setEntry(i, { golongan: ev.target.value as HistoryEntry['golongan'] })}>
                        {golonganOf(e.jenjang).map((g) => <option key={g} value={g}>{g}</option>)}
                      </select></td>
                      <td><select aria-label={label('ak.history.predikat')} value={e.predikat} onChange={(ev) => setEntry(i, { predikat: ev.target.value as HistoryEntry['predikat'] })}>
                        {PredikatSchema.options.map((p) => <option key={p} value={p}>{t(`ak.predikat.${p}`)}</option>)}
                      </select></td>
                      <td className="num">{row && <Num value={row.ak.value} locale={locale} formula={akFormula(row.ak, locale)} rule={row.ak.regulation} testId={`ak-row-ak-${i}`} />}</td>
                      <td className="num">{row && ledger && <Num value={row.balance} locale={locale} testId={`ak-row-balance-${i}`}
                        formula={balanceFormula(ledger, i, locale, t)} />}</td>
                      <td><button type="button" className="btn secondary ak-remove" aria-label={t('ak.history.remove', { n: i + 1 })} onClick={() => removeEntry(i)}>×</button></td>
                    </tr>,
                    (errs.length > 0 || row?.jenjangChangedFrom) && (
                      <tr key={`n${i}`} className="ak-note-row">
                        <td colSpan={8}>
                          {errs.map((p, k) => <p key={k} className="error" role="alert">{t('ak.history.rowLabel', { n: i + 1 })}: {errorText(p)}</p>)}
                          {row?.jenjangChangedFrom && <p className="small muted">{t('ak.history.jenjangChange', { jenjang: t(`ak.jenjang.${e.jenjang}`), balance: formatAk(row.jenjangChangedFrom.balance, locale) })}</p>}
                        </td>
                      </tr>
                    ),
                  ];
                })}
              </tbody>
            </table>
          </div>
        )}
        <div className="row"><button type="button" className="btn secondary" onClick={addEntry}>{t('ak.history.add')}</button></div>
      </section>
    </>
  );
}

/** "angka kredit awal 0 + 12,5 + 12,5 = 25", counting from the start or from the last jenjang change. */
export function balanceFormula(ledger: Ledger, uptoIndex: number, locale: NumberLocale, t: (k: AngkaKreditMessageKey, p?: Record<string, string>) => string): string {
  const upto = ledger.rows.findIndex((r) => r.index === uptoIndex);
  const rows = ledger.rows.slice(0, upto + 1);
  let from = 0;
  rows.forEach((r, k) => { if (r.jenjangChangedFrom) from = k; });
  const first = rows[from];
  const head = first?.jenjangChangedFrom
    ? t('ak.formula.balanceReset', { jenjang: t(`ak.jenjang.${first.ak.jenjang}`) })
    : t('ak.formula.balanceStart', { start: formatAk(ledger.startAk, locale) });
  const parts = rows.slice(from).map((r) => formatAk(r.ak.value, locale));
  return `${head} + ${parts.join(' + ')} = ${formatAk(rows.at(-1)?.balance ?? ledger.startAk, locale)}`;
}
