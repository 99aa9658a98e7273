import '@/lib/zod-config';
import { browser } from 'wxt/browser';
import { createRouter } from '@/lib/messages/router';
import { appUrl } from '@/lib/app-url';
import { getDb } from '@/lib/db/database';
import { loadProfile } from '@/lib/settings/profile-store';
import { bumpDataRevision } from '@/lib/evidence/revision';
import { receiveUpload } from '@/lib/evidence/upload-receiver';
import { UPLOAD_PORT } from '@/lib/evidence/transfer';
import { readNow } from '@/lib/clock';
import { loadProgress, setItemDone } from '@/lib/checklist/store';
import { checklistView } from '@/lib/checklist/view';
import { resolvePeriodId } from '@/lib/checklist/items';
import { loadOverrides } from '@/lib/calendar/overrides-store';
import { todayIn } from '@/lib/domain';
import { createReminderService } from '@/lib/reminders/background';
import { reconcileEvidenceProofs } from '@/lib/checklist/evidence-proof';
import { isDataChange } from '@/lib/data-revision';
import { createUiPrefsScriptSync, touchesUiPrefs } from '@/lib/overlay/ui-prefs-script';
import { welcomeOnInstall } from '@/lib/first-run';

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
  const route = createRouter({
    extensionId: browser.runtime.id,
    version: browser.runtime.getManifest().version,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    async openApp(path) {
      await browser.tabs.create({ url: appUrl(path) });
    },
    loadProfile: async () => loadProfile(getDb(), await now()),
    async loadChecklist() {
      const { db, profile, today, periodId } = await workingPeriod();
      return checklistView({ ...profile, periodId, today, overrides: await loadOverrides(db), progress: await loadProgress(db, periodId, profile.role) });
    },
    async setChecklistItem(item) {
      const db = getDb();
      const profile = await loadProfile(db, await now());
      await setItemDone(db, browser.storage.local, { ...item, role: profile.role }, item.done);
    },
    evidence: { db: getDb, afterWrite: bumpDataRevision },
  });
  // Overlay uploads arrive in slices over a port (runtime messaging is JSON only).
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== UPLOAD_PORT) return;
    if (port.sender?.id !== browser.runtime.id || !(port.sender?.url ?? '').startsWith(extensionOrigin)) {
      port.disconnect();
      return;
    }
    receiveUpload(port as never, { db: getDb, afterWrite: bumpDataRevision });
  });
  // Chrome answers asynchronously only through sendResponse + `return true`, not a returned promise.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender).then(sendResponse);
    return true;
  });

  // Evidence tagged to a step ticks that step (lib/checklist/evidence-proof); a hand untick wins.
  browser.storage.onChanged.addListener((changes, area) => {
    if (!isDataChange(changes, area)) return;
    void workingPeriod()
      .then(({ db, profile, periodId }) => reconcileEvidenceProofs(db, browser.storage.local, periodId, profile.role))
      .catch(() => undefined);
  });

  // The overlay's UI prefs reach each page load in a registered script, not a storage call there.
  // Synced at every wake-up: after an install or update, and should a registration ever be lost.
  const syncUiPrefsScript = createUiPrefsScriptSync(browser.storage.local, browser.scripting);
  void syncUiPrefsScript();
  browser.storage.onChanged.addListener((changes, area) => {
    if (touchesUiPrefs(changes, area)) void syncUiPrefsScript();
  });

  // Reminders, alarms and the badge (lib/reminders): derived from stored data on every wake-up.
  void createReminderService({ db: getDb, now, appUrl, buttons: !import.meta.env.FIREFOX }).install();
});
