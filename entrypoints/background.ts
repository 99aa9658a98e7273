import '@/lib/zod-config';
import { browser } from 'wxt/browser';
import { createRouter } from '@/lib/messages/router';
import { appUrl } from '@/lib/app-url';
import { getDb } from '@/lib/db/database';
import { loadProfile } from '@/lib/settings/profile-store';
import { readNow } from '@/lib/clock';
import { todayIn } from '@/lib/domain';
import { createReminderService } from '@/lib/reminders/background';
import { reconcileEvidenceProofs } from '@/lib/checklist/evidence-proof';
import { resolvePeriodId } from '@/lib/checklist/items';
import { isDataChange } from '@/lib/data-revision';
import { welcomeOnInstall } from '@/lib/first-run';
import { DEBUG_NOW_KEY } from '@/lib/clock';
import { createSidebarOpener, openSidePanelFor, syncSidePanelForTab, type PanelWindowApi, type SidebarApi, type SidePanelApi } from '@/lib/overlay/side-panel';
import { syncPillStatus } from '@/lib/overlay/pill-status';

export default defineBackground(() => {
  // A fresh install opens the welcome page (role and time zone); lib/first-run.
  browser.runtime.onInstalled.addListener((details) => void welcomeOnInstall(details, (route) => browser.tabs.create({ url: appUrl(route) })));
  const now = () => readNow(browser.storage.local);
  /** The saved profile, "today" in its zone, and the period that today falls in. */
  const workingPeriod = async () => {
    const db = getDb();
    const at = await now();
    const profile = await loadProfile(db, at);
    const today = todayIn(profile.timeZone, at);
    return { db, profile, today, periodId: resolvePeriodId(profile.year, profile.periodId, today) ?? profile.periodId };
  };
  /** Chrome's side panel; Firefox has `sidebarAction` (the same page, as `sidebar_action`) instead. */
  const sidePanel = (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
  const sidebarAction = (browser as unknown as { sidebarAction?: SidebarApi }).sidebarAction;
  const openSidebar = createSidebarOpener(sidebarAction, browser.windows as unknown as PanelWindowApi, (path) => browser.runtime.getURL(`/${path}` as '/sidepanel.html'));
  const route = createRouter({
    extensionId: browser.runtime.id,
    version: browser.runtime.getManifest().version,
    async openApp(path) {
      await browser.tabs.create({ url: appUrl(path) });
    },
    openSidePanel: (tabId) => (sidePanel ? openSidePanelFor(sidePanel, tabId) : openSidebar(tabId).then(() => undefined)),
  });
  // Chrome answers asynchronously only through sendResponse + `return true`, not a returned promise.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // The content script's "page changed" is for the side panel, not for the router.
    if (typeof message === 'object' && message !== null && 'pk' in message) return false;
    void route(message, sender).then(sendResponse);
    return true;
  });

  // The side panel exists on the four sites' tabs only (per tab), never beside another site.
  if (sidePanel) {
    void sidePanel.setOptions({ enabled: false }).catch(() => undefined);
    browser.tabs.onUpdated.addListener((tabId, _change, tab) => {
      void syncSidePanelForTab(sidePanel, tabId, tab.url).catch(() => undefined);
    });
  }

  // Evidence tagged to a step ticks that step (lib/checklist/evidence-proof); a hand untick wins.
  browser.storage.onChanged.addListener((changes, area) => {
    if (!isDataChange(changes, area)) return;
    void workingPeriod()
      .then(({ db, profile, periodId }) => reconcileEvidenceProofs(db, browser.storage.local, periodId, profile.role))
      .catch(() => undefined);
  });

  // The pill's stage line (lib/overlay/pill-status.ts): at every wake-up, on data changes, and on
  // every alarm (the reminder service's daily one included, so the days left count down).
  const syncPill = () => void now().then((at) => syncPillStatus(getDb(), at, browser.storage.local)).catch(() => undefined);
  syncPill();
  browser.storage.onChanged.addListener((changes, area) => {
    if (isDataChange(changes, area, [DEBUG_NOW_KEY])) syncPill();
  });
  browser.alarms.onAlarm.addListener(syncPill);

  // Reminders, alarms and the badge (lib/reminders): derived from stored data on every wake-up.
  void createReminderService({ db: getDb, now, appUrl, buttons: !import.meta.env.FIREFOX }).install();
});
