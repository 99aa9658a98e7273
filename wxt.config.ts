import { defineConfig } from 'wxt';
import { CONTENT_SCRIPT, compileHints } from './scripts/vite-plugins';
import { EKINERJA_MATCHES, OVERLAY_HOST_ORIGINS, RUANG_GTK_MATCHES } from './lib/sites/match-patterns';

// The manifest asks for nothing beyond what a feature uses; see README "Izin / Permissions".
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    // alarms + notifications: deadline reminders and the badge (lib/reminders).
    // unlimitedStorage: evidence files (lesson videos) must not hit the default quota. tabs.create needs no permission.
    // sidePanel (added by WXT for entrypoints/sidepanel): the panel beside the page, enabled per tab on the sites below.
    permissions: ['storage', 'alarms', 'notifications', 'unlimitedStorage'],
    // Host access to the two sites only, https only. The side panel needs it to see which page
    // its tab shows (a tab's URL is visible for these hosts without the `tabs` permission) and to
    // talk to the content script there. No request is ever made to these hosts.
    host_permissions: OVERLAY_HOST_ORIGINS,
    // One content script for both sites (entrypoints/overlay-host.ts).
    content_scripts: [
      { matches: [...RUANG_GTK_MATCHES, ...EKINERJA_MATCHES], js: [CONTENT_SCRIPT], run_at: 'document_idle' },
    ],
    // No web_accessible_resources: the page can load nothing of the extension (the panel is the side panel).
    // 'wasm-unsafe-eval' lets extension pages compile WebAssembly (hash-wasm, for evidence hashes)
    // and nothing else: JavaScript eval stays forbidden. Chromium's default here is 'self' only.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';"
        : { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    // Firefox keeps storage and the database under the add-on id, so it must be fixed.
    // data_collection_permissions: AMO requires it of new add-ons; "none" = nothing leaves the device.
    // Firefox 127 and older refuse to install a manifest with that key, and 140 is the first to
    // read it (Android: 142), so the minimum rose from 115 (README, Design notes "Firefox").
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'pendamping-kinerja@pendamping-kinerja.id',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [compileHints()] }),
  // `npm run zip`: the sources zip AMO asks for (README "Store packages") leaves out the test
  // certificate and key, and whatever a run leaves behind; node_modules and .output are never in it.
  zip: {
    excludeSources: ['tests/fixtures/certs/**', 'tests/.tmp/**', 'test-results/**', 'playwright-report/**', 'demo-screenshots/**', '**/*.log'],
  },
  webExt: { disabled: true },
});
