import { browser } from 'wxt/browser';
import { contentScriptMatches } from '@/utils/sites/hosts';
import { channelForUrl } from '@/utils/sites/match';
import { mountPanelHost } from './host';

// Runs only on the registry's complaint sites. It stays a small detector and
// host: everything that shows the user's data lives in the extension iframe,
// which the page cannot read. It never opens IndexedDB (that would be the web
// site's database, not ours).
export default defineContentScript({
  matches: contentScriptMatches,
  runAt: 'document_idle',
  main() {
    const channel = channelForUrl(location.href);
    if (!channel) return;
    const src = browser.runtime.getURL(`/panel-frame.html?channel=${encodeURIComponent(channel)}`);
    mountPanelHost(src);
  },
});
