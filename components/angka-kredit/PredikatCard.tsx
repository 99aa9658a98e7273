import { useId, useState } from 'react';
import { useMessages } from '@/components/i18n';
import { RatingSchema, type IsoDate, type Rating } from '@/lib/domain';
import { explainPredikat, predikatRulesFor } from '@/lib/angka-kredit';
import { angkaKreditMessages } from '@/lib/i18n/angka-kredit';

/** Pick the two ratings, see the predikat and the matrix cell that gives it. */
export function PredikatCard({ date }: { date: IsoDate }) {
  const t = useMessages(angkaKreditMessages);
  const id = useId();
  const [hasil, setHasil] = useState<Rating>('sesuai-ekspektasi');
  const [perilaku, setPerilaku] = useState<Rating>('sesuai-ekspektasi');
  const result = explainPredikat(hasil, perilaku, date);
  const rules = predikatRulesFor(date);
  if (!result || !rules) return null;
  const rating = (r: Rating) => t(`ak.rating.${r}`);
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('ak.predikat.heading')}</h2>
      <div className="ak-grid2">
        <div className="field">
          <label htmlFor={`${id}-hasil`}>{t('ak.predikat.hasil')}</label>
          <select id={`${id}-hasil`} value={hasil} onChange={(e) => setHasil(e.target.value as Rating)}>
            {RatingSchema.options.map((r) => <option key={r} value={r}>{rating(r)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-perilaku`}>{t('ak.predikat.perilaku')}</label>
          <select id={`${id}-perilaku`} value={perilaku} onChange={(e) => setPerilaku(e.target.value as Rating)}>
            {RatingSchema.options.map((r) => <option key={r} value={r}>{rating(r)}</option>)}
          </select>
        </div>
      </div>
      <p className="ak-result" role="status" aria-live="polite" data-testid="ak-predikat">
        {t('ak.predikat.result', { predikat: t(`ak.predikat.${result.predikat}`) })}
      </p>
      <p className="small muted">{t('ak.predikat.why', { hasil: rating(hasil), perilaku: rating(perilaku), regulation: result.regulation })}</p>
      <table className="ak-table ak-matrix">
        <caption className="small muted">{t('ak.predikat.matrixCaption')}</caption>
        <thead>
          <tr><th scope="col">{t('ak.predikat.corner')}</th>{RatingSchema.options.slice().reverse().map((p) => <th key={p} scope="col">{rating(p)}</th>)}</tr>
        </thead>
        <tbody>
          {RatingSchema.options.map((h) => (
            <tr key={h}>
              <th scope="row">{rating(h)}</th>
              {RatingSchema.options.slice().reverse().map((p) => {
                const here = h === hasil && p === perilaku;
                return (
                  <td key={p} className={here ? 'ak-here' : undefined} aria-current={here ? 'true' : undefined}>
                    {t(`ak.predikat.${rules.matrix[h][p]}`)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
