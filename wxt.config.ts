import { defineConfig } from 'wxt';
import { CONTENT_SCRIPT, compileHints } from './scripts/vite-plugins';
import { EKINERJA_MATCHES, OVERLAY_HOST_ORIGINS, RUANG_GTK_MATCHES } from './lib/sites/match-patterns';
import { uiPrefsScriptFiles } from './lib/overlay/ui-prefs-script';

// The manifest asks for nothing beyond what a feature uses; see README "Izin / Permissions".
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    // alarms + notifications: deadline reminders and the badge (lib/reminders).
    // unlimitedStorage: evidence files (lesson videos) must not hit the default quota. tabs.create needs no permission.
    // scripting: the background keeps one content script registered that hands the overlay its UI
    // prefs at load, on the same hosts as below (lib/overlay/ui-prefs-script.ts).
    permissions: ['storage', 'alarms', 'notifications', 'unlimitedStorage', 'scripting'],
    // Host access to the two sites only, https only: for the content script below, and for the
    // one the background registers with the UI prefs (a registered content script needs it
    // explicitly; one in the manifest does not). No request is ever made to these hosts.
    host_permissions: OVERLAY_HOST_ORIGINS,
    // One content script for both sites (entrypoints/overlay-host.ts).
    content_scripts: [
      { matches: [...RUANG_GTK_MATCHES, ...EKINERJA_MATCHES], js: [CONTENT_SCRIPT], run_at: 'document_idle' },
    ],
    web_accessible_resources: [
      {
        // The overlay panel is an extension-origin frame: React and the database stay out of the host page.
        resources: ['overlay.html', 'overlay-panel.js', 'chunks/*', 'assets/*'],
        matches: OVERLAY_HOST_ORIGINS,
      },
    ],
    // 'wasm-unsafe-eval' lets extension pages compile WebAssembly (hash-wasm, for evidence hashes)
    // and nothing else: JavaScript eval stays forbidden. Chromium's default here is 'self' only.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';"
        : { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    // Firefox keeps storage and the database under the add-on id, so it must be fixed.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'pendamping-kinerja@pendamping-kinerja.id', strict_min_version: '115.0' } } } : {}),
  }),
  vite: () => ({ plugins: [compileHints()] }),
  hooks: {
    // The twelve one-line UI prefs scripts (lib/overlay/ui-prefs-script.ts), generated from its types.
    'build:publicAssets': (_wxt, files) => {
      files.push(...uiPrefsScriptFiles());
    },
  },
  webExt: { disabled: true },
});
