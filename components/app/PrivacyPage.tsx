import { useMessages } from '@/components/i18n';
import { privacyMessages } from '@/lib/i18n/privacy';
import { PageTitle } from './PageTitle';

type Key = keyof typeof privacyMessages.id;

/** What is stored, where, and what is never sent (the stores link here: docs/store). Plain text, no data read. */
const SECTIONS: readonly { heading: Key; items: readonly Key[] }[] = [
  { heading: 'stored.heading', items: ['stored.profile', 'stored.checklist', 'stored.evidence', 'stored.writing', 'stored.skp', 'stored.prefs'] },
  { heading: 'where.heading', items: ['where.local', 'where.remove'] },
  { heading: 'never.heading', items: ['never.nothing', 'never.files'] },
  { heading: 'sites.heading', items: ['sites.read', 'sites.never'] },
];

export function PrivacyPage() {
  const t = useMessages(privacyMessages);
  return (
    <section data-testid="privacy-page">
      <PageTitle>{t('privacy.title')}</PageTitle>
      <p>{t('privacy.intro')}</p>
      {SECTIONS.map(({ heading, items }) => (
        <section key={heading} className="card" aria-labelledby={`privasi-${heading}`}>
          <h2 id={`privasi-${heading}`}>{t(heading)}</h2>
          <ul>{items.map((key) => <li key={key}>{t(key)}</li>)}</ul>
        </section>
      ))}
      <p className="small muted">{t('contact')}</p>
    </section>
  );
}
