import { useId, useState } from 'react';
import { useMessages } from '@/components/i18n';
import { OrganisationPredikatSchema, PredikatSchema, type OrganisationPredikat, type Predikat } from '@/lib/domain';
import { checkTeachers, formatAk, mul, exact, parseTeacherList, MAX_TEACHERS, type NumberLocale, type PrincipalData } from '@/lib/angka-kredit';
import { angkaKreditMessages } from '@/lib/i18n/angka-kredit';

/** Organisation predikat + the teachers' predikat, checked against the pola distribusi. */
export function PrincipalCard({ data, onChange, locale }: { data: PrincipalData; onChange: (d: PrincipalData) => void; locale: NumberLocale }) {
  const t = useMessages(angkaKreditMessages);
  const id = useId();
  const [paste, setPaste] = useState('');
  const [importStatus, setImportStatus] = useState<{ added: number; rejected: number[] } | null>(null);
  const result = checkTeachers(data.organisasi, data.teachers);
  const predikatList = (ps: readonly Predikat[]) => ps.map((p) => t(`ak.predikat.${p}`)).join(t('ak.principal.or'));
  const setTeacher = (i: number, patch: Partial<PrincipalData['teachers'][number]>) =>
    onChange({ ...data, teachers: data.teachers.map((x, k) => (k === i ? { ...x, ...patch } : x)) });
  const onImport = () => {
    const parsed = parseTeacherList(paste);
    const room = MAX_TEACHERS - data.teachers.length;
    const added = parsed.teachers.slice(0, Math.max(0, room));
    onChange({ ...data, teachers: [...data.teachers, ...added] });
    setImportStatus({ added: added.length, rejected: parsed.rejected.map((r) => r.line) });
    if (parsed.rejected.length === 0) setPaste('');
  };
  return (
    <section className="card" aria-labelledby={`${id}-h`} data-testid="ak-principal">
      <h2 id={`${id}-h`}>{t('ak.principal.heading')}</h2>
      <p className="small muted">{t('ak.principal.intro')}</p>
      <div className="field ak-narrow">
        <label htmlFor={`${id}-org`}>{t('ak.principal.organisasi')}</label>
        <select id={`${id}-org`} value={data.organisasi} onChange={(e) => onChange({ ...data, organisasi: e.target.value as OrganisationPredikat })}>
          {OrganisationPredikatSchema.options.map((o) => <option key={o} value={o}>{t(`ak.org.${o}`)}</option>)}
        </select>
      </div>

      <div role="status" aria-live="polite" data-testid="ak-distribution">
        <p><strong>{t('ak.principal.count', { n: result.total })}</strong></p>
        {!result.known && <p className="notice warn">{t('ak.principal.unknown')}</p>}
        {result.known && (
          <>
            <ul className="ak-limits">
              {result.limits.map((l, k) => (
                <li key={k} className={l.exceeded ? 'ak-exceeded' : 'ak-within'} data-testid="ak-limit">
                  <span aria-hidden="true">{l.exceeded ? '✗' : '✓'}</span>{' '}
                  {l.rule.kind === 'max-share'
                    ? t('ak.principal.maxShare', { predikat: predikatList(l.rule.predikat), limit: Math.round(l.rule.maxShare * 100), count: l.count, total: l.total, share: formatAk(mul(l.share, exact(100)), locale) })
                    : t('ak.principal.minCount', { predikat: predikatList(l.rule.predikat), min: l.rule.minCount, count: l.count })}
                  {' '}<strong>({!l.exceeded ? t('ak.principal.ok') : l.rule.kind === 'max-share' ? t('ak.principal.exceeded') : t('ak.principal.notMet')})</strong>
                </li>
              ))}
            </ul>
            {result.total > 0 && <p className={`notice ${result.exceeded ? 'error' : 'ok'}`}>{result.exceeded ? t('ak.principal.someExceeded') : t('ak.principal.allOk')}</p>}
          </>
        )}
        <p className="small muted">{t('ak.rule', { regulation: result.regulation })}</p>
      </div>

      <h3>{t('ak.principal.teachers')}</h3>
      {data.teachers.length > 0 && (
        <table className="ak-table">
          <thead><tr><th scope="col">{t('ak.principal.name')}</th><th scope="col">{t('ak.principal.predikat')}</th><th scope="col"><span className="sr-only">{t('ak.history.actions')}</span></th></tr></thead>
          <tbody>
            {data.teachers.map((x, i) => (
              <tr key={i}>
                <td><input type="text" maxLength={120} aria-label={`${t('ak.principal.name')} ${i + 1}`} value={x.name} onChange={(e) => setTeacher(i, { name: e.target.value })} /></td>
                <td><select aria-label={`${t('ak.principal.predikat')} ${x.name || i + 1}`} value={x.predikat} onChange={(e) => setTeacher(i, { predikat: e.target.value as Predikat })}>
                  {PredikatSchema.options.map((p) => <option key={p} value={p}>{t(`ak.predikat.${p}`)}</option>)}
                </select></td>
                <td><button type="button" className="btn secondary ak-remove" aria-label={t('ak.principal.remove', { name: x.name || String(i + 1) })}
                  onClick={() => onChange({ ...data, teachers: data.teachers.filter((_, k) => k !== i) })}>×</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="row">
        <button type="button" className="btn secondary" disabled={data.teachers.length >= MAX_TEACHERS}
          onClick={() => onChange({ ...data, teachers: [...data.teachers, { name: '', predikat: 'baik' }] })}>{t('ak.principal.add')}</button>
      </div>
      <div className="field">
        <label htmlFor={`${id}-paste`}>{t('ak.principal.paste')}</label>
        <textarea id={`${id}-paste`} rows={4} value={paste} onChange={(e) => setPaste(e.target.value)} />
      </div>
      <div className="row">
        <button type="button" className="btn secondary" disabled={!paste.trim()} onClick={onImport}>{t('ak.principal.import')}</button>
        <span role="status" aria-live="polite">
          {importStatus && t('ak.principal.imported', { n: importStatus.added })}
          {importStatus && importStatus.rejected.length > 0 && <span className="error"> {t('ak.principal.rejected', { lines: importStatus.rejected.join(', ') })}</span>}
        </span>
      </div>
    </section>
  );
}
