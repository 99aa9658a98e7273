import { useEffect } from 'react';
import { useT } from '@/components/i18n';

/** The page's h1 and the tab title, kept in step. */
export function PageTitle({ children }: { children: string }) {
  const t = useT();
  useEffect(() => { document.title = `${children} · ${t('app.title')}`; }, [children, t]);
  return <h1>{children}</h1>;
}
