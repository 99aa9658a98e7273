import { Link } from '@tanstack/react-router';
import { useT } from '@/components/i18n';
import { PageTitle } from './PageTitle';

export function NotFound() {
  const t = useT();
  return (
    <section>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.body')}</p>
      <Link to="/" className="btn secondary">{t('notFound.back')}</Link>
    </section>
  );
}
