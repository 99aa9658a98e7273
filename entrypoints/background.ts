import { browser } from 'wxt/browser';
import { createRouter } from '@/lib/messages/router';
import { appUrl } from '@/lib/app-url';
import { getDb } from '@/lib/db/database';
import { loadProfile } from '@/lib/settings/profile-store';

export default defineBackground(() => {
  const route = createRouter({
    extensionId: browser.runtime.id,
    version: browser.runtime.getManifest().version,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    async openApp(path) {
      await browser.tabs.create({ url: appUrl(path) });
    },
    loadProfile: () => loadProfile(getDb()),
  });
  // Chrome answers asynchronously only through sendResponse + `return true`, not a returned promise.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender).then(sendResponse);
    return true;
  });
});
