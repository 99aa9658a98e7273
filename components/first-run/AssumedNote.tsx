import type { ReactNode } from 'react';
import { useMessages } from '@/components/i18n';
import { firstRunMessages } from '@/lib/i18n/first-run';

/**
 * Said wherever the year is shown before a profile is saved: what is assumed, and where to change it.
 * `settingsLink` renders the way to Pengaturan in the surface's own terms (router link, or a new tab from the popup).
 */
export function AssumedNote({ settingsLink }: { settingsLink: (label: string) => ReactNode }) {
  const t = useMessages(firstRunMessages);
  const [before] = t('assumed').split(t('assumed.link'));
  return (
    <p className="notice small assumed" data-testid="assumed-note">
      {before}{settingsLink(t('assumed.link'))}.
    </p>
  );
}
