/**
 * The first minutes after install: open the welcome page once, and guess the time zone the
 * welcome page offers first. Pure apart from the `open` callback the background passes in.
 */
import type { Profile } from '@/lib/settings/profile';

/** The app route of the welcome page (components/app/Welcome.tsx). */
export const WELCOME_ROUTE = '/selamat-datang';

/**
 * `runtime.onInstalled`: a fresh install opens the welcome page; an update or a browser
 * update opens nothing (the teacher has seen it, and a tab opening by itself would surprise).
 */
export async function welcomeOnInstall(details: { reason: string }, open: (route: string) => Promise<unknown>): Promise<boolean> {
  if (details.reason !== 'install') return false;
  try {
    await open(WELCOME_ROUTE);
    return true;
  } catch {
    // No tab (a browser closing as it installs): the popup and dashboard still show the year.
    return false;
  }
}

/** The zone the browser's own time zone falls in, or null outside Indonesia. */
export function zoneOfIana(iana: string | undefined): Profile['timeZone'] | null {
  switch (iana) {
    case 'Asia/Jakarta':
    case 'Asia/Pontianak':
      return 'WIB';
    case 'Asia/Makassar':
    case 'Asia/Ujung_Pandang':
      return 'WITA';
    case 'Asia/Jayapura':
      return 'WIT';
    default:
      return null;
  }
}
