import { useId } from 'react';
import { useMessages } from '@/components/i18n';
import {
  akFormula, formatAk, jenjangChecklist, nextTargets, project, type AkRuleSet, type Ledger, type NumberLocale, type Plan, type Target,
} from '@/lib/angka-kredit';
import { PredikatSchema } from '@/lib/domain';
import { angkaKreditMessages, type AngkaKreditMessageKey } from '@/lib/i18n/angka-kredit';
import { balanceFormula } from './HistoryCard';
import { Num } from './Num';

type T = (k: AngkaKreditMessageKey, p?: Record<string, string | number>) => string;
const monthName = (t: T, year: number, month: number) => `${t(`ak.month.${month}` as AngkaKreditMessageKey)} ${year}`;

/** The running total against the next pangkat and jenjang, and the other jenjang requirements. */
export function SummaryCard({ ledger, rules, checks, onChecks, locale }: {
  ledger: Ledger; rules: AkRuleSet; checks: Plan['checks']; onChecks: (c: Plan['checks']) => void; locale: NumberLocale;
}) {
  const t = useMessages(angkaKreditMessages);
  const id = useId();
  const targets = nextTargets(ledger, rules);
  const checklist = jenjangChecklist(ledger, rules, checks);
  const lastRow = ledger.rows.at(-1);
  const totalFormula = lastRow ? balanceFormula(ledger, lastRow.index, locale, t) : t('ak.formula.balanceStart', { start: formatAk(ledger.startAk, locale) });
  const targetLine = (target: Target, label: string, testId: string) => (
    <div className="ak-target" data-testid={testId}>
      <div className="ak-target-label">{label}</div>
      <dl className="dl">
        <dt>{t('ak.total.needed')}</dt>
        <dd><Num value={target.needed} locale={locale} rule={target.regulation} formula={`${target.step.to}: ${formatAk(target.needed, locale)}`} /></dd>
        <dt>{t('ak.total.remaining')}</dt>
        <dd>{target.reached ? <strong className="ak-ok">{t('ak.total.reached')}</strong> : (
          <Num value={target.remaining} locale={locale} testId={`${testId}-remaining`}
            formula={t('ak.formula.remaining', { needed: formatAk(target.needed, locale), have: formatAk(target.have, locale), remaining: formatAk(target.remaining, locale) })} />
        )}</dd>
      </dl>
    </div>
  );
  const own = (key: 'formasi' | 'ujiKompetensi' | 'pengembanganProfesi') => (
    <input type="checkbox" checked={checks[key]} aria-describedby={`${id}-${key}`} onChange={(e) => onChecks({ ...checks, [key]: e.target.checked })} />
  );
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('ak.total.heading')}</h2>
      <div className="ak-total">
        <span>{t('ak.total.now', { jenjang: t(`ak.jenjang.${ledger.jenjang}`), golongan: ledger.golongan })}</span>
        <span className="ak-big"><Num value={ledger.balance} locale={locale} formula={totalFormula} rule={rules.regulation} testId="ak-total" /></span>
      </div>
      <div className="ak-grid2">
        {targets.pangkat ? targetLine(targets.pangkat, t('ak.total.pangkat', { golongan: targets.pangkat.step.to }), 'ak-target-pangkat') : <p>{t('ak.total.top')}</p>}
        {targets.jenjang
          ? targetLine(targets.jenjang, t('ak.total.jenjang', { jenjang: t(`ak.jenjang.${targets.jenjang.toJenjang}`), golongan: targets.jenjang.step.to }), 'ak-target-jenjang')
          : <p>{t('ak.total.noJenjang')}</p>}
      </div>
      {checklist && (
        <>
          <h3>{t('ak.check.heading')}</h3>
          <ul className="ak-checklist" data-testid="ak-checklist">
            {checklist.map((item) => (
              <li key={item.id} className={`ak-check-${item.status}`}>
                {item.id === 'formasi' || item.id === 'ujiKompetensi' || item.id === 'pengembanganProfesi'
                  ? <label>{own(item.id)} <span id={`${id}-${item.id}`}>{t(`ak.check.${item.id}`)}</span></label>
                  : <span><span aria-hidden="true">{item.status === 'terpenuhi' ? '✓' : '○'}</span> {t(`ak.check.${item.id}`)}</span>}
                {' '}<span className="ak-status">({item.id === 'predikat' && item.status === 'periksa' ? t('ak.check.status.noHistory') : t(`ak.check.status.${item.status}`)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** One row per predikat held constant from the first month after the history. */
export function ProjectionCard({ ledger, locale }: { ledger: Ledger; locale: NumberLocale }) {
  const t = useMessages(angkaKreditMessages);
  const id = useId();
  const from = monthName(t, ledger.next.year, ledger.next.month);
  const rows = PredikatSchema.options.map((p) => ({ p, pr: project(ledger, p) }));
  const cell = (pr: ReturnType<typeof project>, which: 'pangkat' | 'jenjang', testId: string) => {
    const point = pr?.[which];
    if (!pr) return t('ak.projection.none');
    if (!point) {
      const hasTarget = which === 'pangkat' ? ledger.golongan !== 'IV/e' : ledger.jenjang !== 'ahli-utama';
      return <span data-testid={testId}>{hasTarget ? t('ak.projection.tooFar') : t('ak.projection.none')}</span>;
    }
    if (point.monthsNeeded === 0) return <span data-testid={testId}>{t('ak.projection.already')}</span>;
    const when = monthName(t, point.year, point.month);
    return (
      <details className="ak-num">
        <summary data-testid={testId}>{when}</summary>
        <div className="ak-formula" role="note"><code>{t('ak.projection.formula', {
          needed: formatAk(point.needed, locale), have: formatAk(ledger.balance, locale), perYear: formatAk(pr.perYear, locale),
          months: point.monthsNeeded, from, when,
        })}</code><div className="small muted">{t('ak.rule', { regulation: pr.regulation })}</div></div>
      </details>
    );
  };
  const baik = rows.find((r) => r.p === 'baik')?.pr?.pangkat;
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('ak.projection.heading')}</h2>
      <p className="small muted">{t('ak.projection.intro', { month: from })}</p>
      {baik && baik.monthsNeeded > 0 && (
        <p className="notice" data-testid="ak-projection-sentence">
          {t('ak.projection.sentence', { predikat: t('ak.predikat.baik'), when: monthName(t, baik.year, baik.month) })}
        </p>
      )}
      <div className="ak-scroll">
        <table className="ak-table" data-testid="ak-projection">
          <thead><tr>
            <th scope="col">{t('ak.projection.predikat')}</th><th scope="col" className="num">{t('ak.projection.perYear')}</th>
            <th scope="col">{t('ak.projection.pangkat')}</th><th scope="col">{t('ak.projection.jenjang')}</th>
          </tr></thead>
          <tbody>
            {rows.map(({ p, pr }) => (
              <tr key={p} data-testid={`ak-projection-${p}`}>
                <th scope="row">{t(`ak.predikat.${p}`)}</th>
                <td className="num">{pr && <Num value={pr.perYear} locale={locale} rule={pr.regulation}
                  formula={akFormula(pr.yearly, locale)} />}</td>
                <td>{cell(pr, 'pangkat', `ak-when-pangkat-${p}`)}</td>
                <td>{cell(pr, 'jenjang', `ak-when-jenjang-${p}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
