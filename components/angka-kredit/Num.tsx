import type { ReactNode } from 'react';
import { useMessages } from '@/components/i18n';
import { showAk, type Exact, type NumberLocale } from '@/lib/angka-kredit';
import { angkaKreditMessages } from '@/lib/i18n/angka-kredit';

/**
 * A number that shows its formula on demand: a native <details>, so it opens with Enter/Space and
 * screen readers announce it as expandable without any script of ours.
 */
export function Num({ value, locale, formula, rule, testId }: {
  value: Exact; locale: NumberLocale; formula: ReactNode; rule?: string; testId?: string;
}) {
  const t = useMessages(angkaKreditMessages);
  const shown = showAk(value, locale);
  return (
    <details className="ak-num">
      <summary data-testid={testId}>{shown.text}</summary>
      <div className="ak-formula" role="note">
        <code>{formula}</code>
        {rule && <div className="small muted">{t('ak.rule', { regulation: rule })}</div>}
        {shown.rounded && <div className="small muted">{t('ak.formula.rounded')}</div>}
      </div>
    </details>
  );
}
