import { browser } from 'wxt/browser';

/** The companion app uses hash history, so any route can be opened directly: app.html#/bukti. */
export function appUrl(route = '/'): string {
  return `${browser.runtime.getURL('/app.html')}#${route.startsWith('/') ? route : `/${route}`}`;
}
