import { browser } from 'wxt/browser';
import { createRouter } from '@/lib/messages/router';
import { appUrl } from '@/lib/app-url';
import { getDb } from '@/lib/db/database';
import { loadProfile } from '@/lib/settings/profile-store';
import { bumpDataRevision } from '@/lib/evidence/revision';
import { receiveUpload } from '@/lib/evidence/upload-receiver';
import { UPLOAD_PORT } from '@/lib/evidence/transfer';

export default defineBackground(() => {
  const route = createRouter({
    extensionId: browser.runtime.id,
    version: browser.runtime.getManifest().version,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    async openApp(path) {
      await browser.tabs.create({ url: appUrl(path) });
    },
    loadProfile: () => loadProfile(getDb()),
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
});
