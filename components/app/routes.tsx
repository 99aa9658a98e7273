import { createHashHistory, createRootRoute, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { AppLayout } from './Layout';
import { Dashboard } from './Dashboard';
import { SettingsPage } from './Settings';
import { NotFound } from './NotFound';
import { EvidencePage } from '@/components/evidence/EvidencePage';
import { ChecklistPage } from './ChecklistPage';
import { CalendarPage } from './CalendarPage';
import { AngkaKreditPage } from '@/components/angka-kredit/AngkaKreditPage';
import { SkpTemplatesPage } from '@/components/skp/SkpTemplatesPage';
import { PrivacyPage } from './PrivacyPage';
import { RencanaRedirect, RefleksiRedirect, WritingIndex } from '@/components/writing/WritingIndex';
import { RefleksiDocumentRoute, RencanaDocumentRoute } from '@/components/writing/DocumentPage';
import { PrintAllRoute, PrintDocumentRoute } from '@/components/writing/PrintPage';
import { WelcomePage } from './Welcome';

/** Hash history: the app is a file inside the extension, and app.html#/bukti must open directly. */
const rootRoute = createRootRoute({ component: AppLayout, notFoundComponent: NotFound });
const dashboardRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: Dashboard });
const settingsRoute = createRoute({ getParentRoute: () => rootRoute, path: '/pengaturan', component: SettingsPage });

const checklistRoute = createRoute({ getParentRoute: () => rootRoute, path: '/ceklis', component: ChecklistPage });
const calendarRoute = createRoute({ getParentRoute: () => rootRoute, path: '/kalender', component: CalendarPage });
const evidenceRoute = createRoute({ getParentRoute: () => rootRoute, path: '/bukti', component: EvidencePage });
const skpRoute = createRoute({ getParentRoute: () => rootRoute, path: '/skp', component: SkpTemplatesPage });

const angkaKreditRoute = createRoute({ getParentRoute: () => rootRoute, path: '/angka-kredit', component: AngkaKreditPage });

const privacyRoute = createRoute({ getParentRoute: () => rootRoute, path: '/privasi', component: PrivacyPage });

// Writing (lib/writing): #/rencana/<period>, #/refleksi/<period>/<document>, printable #/cetak/<period>[/<document>].
const rencanaRoute = createRoute({ getParentRoute: () => rootRoute, path: '/rencana', component: RencanaRedirect });
const rencanaPeriodRoute = createRoute({ getParentRoute: () => rootRoute, path: '/rencana/$period', component: RencanaDocumentRoute });
const refleksiRoute = createRoute({ getParentRoute: () => rootRoute, path: '/refleksi', component: RefleksiRedirect });
const refleksiPeriodRoute = createRoute({ getParentRoute: () => rootRoute, path: '/refleksi/$period', component: WritingIndex });
const refleksiDocRoute = createRoute({ getParentRoute: () => rootRoute, path: '/refleksi/$period/$doc', component: RefleksiDocumentRoute });
const printAllRoute = createRoute({ getParentRoute: () => rootRoute, path: '/cetak/$period', component: PrintAllRoute });
const printDocRoute = createRoute({ getParentRoute: () => rootRoute, path: '/cetak/$period/$doc', component: PrintDocumentRoute });

// Opened once on install (lib/first-run); not in the sidebar.
const welcomeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/selamat-datang', component: WelcomePage });

// Loaded on first visit: the zip library (~50 KB gz) stays out of every other page's start-up.
const backupRoute = createRoute({
  getParentRoute: () => rootRoute, path: '/pengaturan/cadangan',
  component: lazyRouteComponent(() => import('@/components/backup/BackupPage'), 'BackupPage'),
});

const routeTree = rootRoute.addChildren([
  dashboardRoute,
  checklistRoute,
  calendarRoute,
  rencanaRoute,
  rencanaPeriodRoute,
  refleksiRoute,
  refleksiPeriodRoute,
  refleksiDocRoute,
  printAllRoute,
  printDocRoute,
  evidenceRoute,
  skpRoute,
  angkaKreditRoute,
  settingsRoute,
  backupRoute,
  privacyRoute,
  welcomeRoute,
]);

export function createAppRouter() {
  return createRouter({ routeTree, history: createHashHistory() });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
