import { createHashHistory, createRootRoute, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { AppLayout } from './Layout';
import { Dashboard } from './Dashboard';
import { SettingsPage } from './Settings';
import { NotFound } from './NotFound';
import { EvidencePage } from '@/components/evidence/EvidencePage';
import { ChecklistPage } from './ChecklistPage';
import { CalendarPage } from './CalendarPage';

/** Hash history: the app is a file inside the extension, and app.html#/bukti must open directly. */
const rootRoute = createRootRoute({ component: AppLayout, notFoundComponent: NotFound });
const dashboardRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: Dashboard });
const settingsRoute = createRoute({ getParentRoute: () => rootRoute, path: '/pengaturan', component: SettingsPage });

const checklistRoute = createRoute({ getParentRoute: () => rootRoute, path: '/ceklis', component: ChecklistPage });
const calendarRoute = createRoute({ getParentRoute: () => rootRoute, path: '/kalender', component: CalendarPage });
const evidenceRoute = createRoute({ getParentRoute: () => rootRoute, path: '/bukti', component: EvidencePage });

// Loaded on first visit: the zip library (~50 KB gz) stays out of every other page's start-up.
const backupRoute = createRoute({
  getParentRoute: () => rootRoute, path: '/pengaturan/cadangan',
  component: lazyRouteComponent(() => import('@/components/backup/BackupPage'), 'BackupPage'),
});

const routeTree = rootRoute.addChildren([dashboardRoute, checklistRoute, calendarRoute, evidenceRoute, settingsRoute, backupRoute]);

export function createAppRouter() {
  return createRouter({ routeTree, history: createHashHistory() });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
