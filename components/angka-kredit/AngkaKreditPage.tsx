import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocale, useMessages, useT } from '@/components/i18n';
import { useProfile } from '@/components/useProfile';
import { PageTitle } from '@/components/app/PageTitle';
import { getDb } from '@/lib/db/database';
import { classifyStorageError } from '@/lib/db/errors';
import { akRulesFor, buildLedger, checkPlan, monthStart, type Plan, type PrincipalData } from '@/lib/angka-kredit';
import { ANGKA_KREDIT_KEY, parseStored, savePlan, savePrincipal } from '@/lib/angka-kredit/store';
import { angkaKreditMessages } from '@/lib/i18n/angka-kredit';
import { HistoryCard } from './HistoryCard';
import { PredikatCard } from './PredikatCard';
import { PrincipalCard } from './PrincipalCard';
import { ProjectionCard, SummaryCard } from './SummaryCard';
import './angka-kredit.css';

type SaveState = { kind: 'idle' | 'saved' | 'invalid' } | { kind: 'error'; text: string };

/** #/angka-kredit: predikat, the history of years, the total against the next steps, projections, and (for principals) the distribution. */
export function AngkaKreditPage() {
  const t = useMessages(angkaKreditMessages);
  const ta = useT();
  const locale = useLocale();
  const { profile, loading } = useProfile();
  const row = useLiveQuery(() => getDb().settings.get(ANGKA_KREDIT_KEY), [], null);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [principal, setPrincipal] = useState<PrincipalData | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });

  // The drafts start from the stored row once; later live updates must not overwrite typing.
  useEffect(() => {
    if (row === null || loading || plan) return;
    const stored = parseStored(row?.value, profile.year);
    setPlan(stored.plan);
    setPrincipal(stored.principal);
  }, [row, loading, plan, profile.year]);

  const checked = useMemo(() => (plan ? checkPlan(plan) : null), [plan]);
  const ledger = useMemo(() => (checked?.ok ? buildLedger(checked.value) : null), [checked]);

  // Saved as soon as the plan is valid (debounced while typing); an invalid plan is refused, the stored one stays.
  const first = useRef(true);
  useEffect(() => {
    if (!plan) return;
    if (first.current) { first.current = false; return; }
    if (!checked?.ok) { setSave({ kind: 'invalid' }); return; }
    const timer = setTimeout(() => {
      savePlan(getDb(), plan, profile.year)
        .then((r) => setSave({ kind: r.ok ? 'saved' : 'invalid' }))
        .catch((error: unknown) => setSave({ kind: 'error', text: ta(`storage.${classifyStorageError(error)}`) }));
    }, 300);
    return () => clearTimeout(timer);
  }, [plan, checked, profile.year, ta]);

  const onPrincipal = (next: PrincipalData) => {
    setPrincipal(next);
    savePrincipal(getDb(), next, profile.year).catch((error: unknown) => setSave({ kind: 'error', text: ta(`storage.${classifyStorageError(error)}`) }));
  };

  if (!plan || !principal) return null;
  const rules = ledger ? akRulesFor(monthStart(ledger.next.year, ledger.next.month)) : undefined;
  const problems = checked && !checked.ok ? checked.problems : [];
  return (
    <section className="ak-page">
      <PageTitle>{t('ak.title')}</PageTitle>
      <p className="lead">{t('ak.intro')}</p>
      <PredikatCard date={monthStart(Math.max(profile.year, 2023), 1)} />
      <HistoryCard plan={plan} onChange={setPlan} problems={problems} ledger={ledger} locale={locale} />
      <p className="status" role="status" aria-live="polite" data-testid="ak-save-status">
        {save.kind === 'saved' && t('ak.history.saved')}
        {save.kind === 'invalid' && <span className="error">{t('ak.history.notSaved')}</span>}
        {save.kind === 'error' && <span className="error">{save.text}</span>}
      </p>
      {ledger && rules ? (
        <>
          <SummaryCard ledger={ledger} rules={rules} checks={plan.checks} onChecks={(checks) => setPlan({ ...plan, checks })} locale={locale} />
          <ProjectionCard ledger={ledger} locale={locale} />
        </>
      ) : <p className="notice error" data-testid="ak-not-computed">{t('ak.error.summary')}</p>}
      {profile.role === 'kepala-sekolah' && <PrincipalCard data={principal} onChange={onPrincipal} locale={locale} />}
    </section>
  );
}
