import { EKINERJA_HOST, RUANG_GTK_HOSTS, RUMAH_PENDIDIKAN_GTK_PATH, RUMAH_PENDIDIKAN_HOST } from './hosts';

/**
 * The manifest's match patterns, built from lib/sites/hosts.ts. Kept apart from it because the
 * content script imports the host names: these arrays would be built at every page load there.
 */
export const RUANG_GTK_MATCHES = [
  ...RUANG_GTK_HOSTS.map((h) => `https://${h}/*`),
  `https://${RUMAH_PENDIDIKAN_HOST}${RUMAH_PENDIDIKAN_GTK_PATH}*`,
];
export const EKINERJA_MATCHES = [`https://${EKINERJA_HOST}/*`];

/** Chromium refuses web_accessible_resources match patterns with a path, so these are origins. */
export const OVERLAY_HOST_ORIGINS = [
  ...RUANG_GTK_HOSTS.map((h) => `https://${h}/*`),
  `https://${RUMAH_PENDIDIKAN_HOST}/*`,
  `https://${EKINERJA_HOST}/*`,
];
