import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { contentScriptMatches } from './utils/sites/hosts';
import { ocrAssetFiles } from './scripts/ocr-assets';
import { messagesAsJson } from './scripts/messages-as-json';
import { onePagePerBuild } from './scripts/page-builds';

// Firefox (AMO) needs a stable add-on id, and new add-ons must declare what
// data they collect: nothing (see docs/PRIVACY.md).
const FIREFOX_SETTINGS = {
  gecko: {
    id: 'negotiation-guard@negotiation-guard.app',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};

// Permissions are the narrowest that the features need; each is explained in
// docs/PERMISSIONS.md. No host permissions are granted at install: the
// complaint panel runs only on the registry's hosts (content_scripts.matches),
// and user-added sites are requested one origin at a time on the user's click.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Each page is its own build (scripts/page-builds.ts), so its first screen is
  // one module; Rollup merges the chunks under 10 KB that a page loads later
  // into others it loads with them, so a section does not arrive in pieces.
  // A page's one module is ~450–510 KB, most of it the messages' text: Vite's 500 KB warning advises the split
  // that measured slower (docs/PERFORMANCE.md, fifth pass), so it warns only above 600 KB.
  // messagesAsJson: each language's messages as JSON, parsed when first used (scripts/messages-as-json.ts).
  vite: () => ({
    plugins: [preact(), messagesAsJson()],
    build: { chunkSizeWarningLimit: 600, rollupOptions: { output: { experimentalMinChunkSize: 10_000 } } },
  }),
  // The Firefox sources package (for AMO review) holds what rebuilds the add-on:
  // no screenshots or local test and benchmark results.
  zip: { excludeSources: ['docs/screenshots/**', 'test-results/**', 'bench-results/**'] },
  // The OCR engine (worker, wasm core, trained data) ships inside the extension: see scripts/ocr-assets.ts.
  hooks: {
    'build:publicAssets': (_wxt, files) => void files.push(...ocrAssetFiles()),
    'entrypoints:grouped': (_wxt, groups) => onePagePerBuild(groups),
  },
  // A function of the target browser, so Firefox-only keys stay out of the Chrome manifest.
  manifest: ({ browser }) => ({
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_SETTINGS } : {}),
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    action: { default_title: '__MSG_extActionTitle__' },
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    // Opens the quick log from the keyboard right after a call (also grants activeTab for a screenshot).
    commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+L' } } },
    // 'wasm-unsafe-eval' lets extension pages compile the OCR engine's WebAssembly (docs/PERMISSIONS.md);
    // nothing else is relaxed: no 'unsafe-eval', scripts only from the extension itself.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'activeTab', 'scripting', 'contextMenus'],
    // Never granted at install: requested one https host at a time when the user adds a lender's complaint site.
    optional_host_permissions: ['https://*/*'],
    web_accessible_resources: [
      {
        resources: ['panel-frame.html'],
        matches: contentScriptMatches,
        use_dynamic_url: true,
      },
    ],
  }),
});
