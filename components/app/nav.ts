import type { AppMessageKey } from '@/lib/i18n/app';

/** The sidebar, in order. A feature adds its route in routes.tsx and its entry here. */
export const NAV_ITEMS: readonly { to: '/' | '/pengaturan' | '/bukti'; label: AppMessageKey }[] = [
  { to: '/', label: 'nav.dashboard' },
  { to: '/bukti', label: 'nav.evidence' },
  { to: '/pengaturan', label: 'nav.settings' },
];
