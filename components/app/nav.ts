import type { AppMessageKey } from '@/lib/i18n/app';

/** Every path the sidebar links to; one per line, so features add theirs without touching the others. */
export type NavPath =
  | '/'
  | '/ceklis'
  | '/kalender'
  | '/rencana'
  | '/refleksi'
  | '/bukti'
  | '/skp'
  | '/angka-kredit'
  | '/pengaturan';

/** The sidebar, in order. A feature adds its route in routes.tsx and its entry here. */
export const NAV_ITEMS: readonly { to: NavPath; label: AppMessageKey }[] = [
  { to: '/', label: 'nav.dashboard' },
  { to: '/ceklis', label: 'nav.checklist' },
  { to: '/kalender', label: 'nav.calendar' },
  { to: '/rencana', label: 'nav.rencana' },
  { to: '/refleksi', label: 'nav.refleksi' },
  { to: '/bukti', label: 'nav.evidence' },
  { to: '/angka-kredit', label: 'nav.angkaKredit' },
  { to: '/skp', label: 'nav.skp' },
  { to: '/pengaturan', label: 'nav.settings' },
];
