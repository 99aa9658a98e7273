import type { AppMessageKey } from '@/lib/i18n/app';

/** The sidebar, in order. A feature adds its route in routes.tsx and its entry here. */
export const NAV_ITEMS: readonly { to: '/' | '/ceklis' | '/kalender' | '/bukti' | '/pengaturan' | '/rencana' | '/refleksi'; label: AppMessageKey }[] = [
  { to: '/', label: 'nav.dashboard' },
  { to: '/ceklis', label: 'nav.checklist' },
  { to: '/kalender', label: 'nav.calendar' },
  { to: '/rencana', label: 'nav.rencana' },
  { to: '/refleksi', label: 'nav.refleksi' },
  { to: '/bukti', label: 'nav.evidence' },
  { to: '/pengaturan', label: 'nav.settings' },
];
