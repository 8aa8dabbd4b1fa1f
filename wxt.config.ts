import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { contentScriptMatches } from './utils/sites/hosts';

// Permissions are the narrowest that the features need; each is explained in
// docs/PERMISSIONS.md. No host permissions are granted at install: the
// complaint panel runs only on the registry's hosts (content_scripts.matches),
// and user-added sites are requested one origin at a time on the user's click.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    action: { default_title: '__MSG_extActionTitle__' },
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'activeTab', 'scripting', 'contextMenus'],
    web_accessible_resources: [
      {
        resources: ['panel-frame.html'],
        matches: contentScriptMatches,
        use_dynamic_url: true,
      },
    ],
  },
});
