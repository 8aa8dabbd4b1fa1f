import { browser } from 'wxt/browser';
import { getDb } from '../db/connection';
import { follow } from './change-watch';

/** Ids of content scripts registered for user-added sites; nothing else is touched. */
export const SITE_SCRIPT_PREFIX = 'ng-site-';
export const PANEL_SCRIPT_FILE = 'content-scripts/complaint-panel.js';

export interface SiteScriptApi {
  sites: () => Promise<Array<{ id: string; pattern: string }>>;
  granted: () => Promise<string[]>;
  registered: () => Promise<string[]>;
  register: (scripts: Array<{ id: string; matches: string[] }>) => Promise<void>;
  unregister: (ids: string[]) => Promise<void>;
}

/**
 * Registers the panel's content script for each user-added site whose host
 * permission is granted, and unregisters it for sites removed or revoked.
 * Idempotent, so it can run on every start and every change.
 */
export async function syncSiteScripts(api: SiteScriptApi): Promise<{ added: string[]; removed: string[] }> {
  const [sites, granted, registered] = await Promise.all([api.sites(), api.granted(), api.registered()]);
  const grantedSet = new Set(granted);
  const wanted = new Map(sites.filter((s) => grantedSet.has(s.pattern)).map((s) => [SITE_SCRIPT_PREFIX + s.id, s.pattern]));
  const mine = registered.filter((id) => id.startsWith(SITE_SCRIPT_PREFIX));
  const removed = mine.filter((id) => !wanted.has(id));
  const added = [...wanted.keys()].filter((id) => !mine.includes(id));
  if (removed.length) await api.unregister(removed);
  if (added.length) await api.register(added.map((id) => ({ id, matches: [wanted.get(id)!] })));
  return { added, removed };
}

const browserApi: SiteScriptApi = {
  sites: () => getDb().userSites.toArray(),
  granted: async () => (await browser.permissions.getAll()).origins ?? [],
  registered: async () => (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id),
  register: (scripts) =>
    browser.scripting.registerContentScripts(
      scripts.map((s) => ({ ...s, js: [PANEL_SCRIPT_FILE], runAt: 'document_idle' as const, persistAcrossSessions: true })),
    ),
  unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
};

/** Listeners, registered synchronously at the worker's start. */
export function registerComplaintSites(): void {
  const sync = () => void syncSiteScripts(browserApi).catch((e) => console.error('site scripts', e));
  follow('sites', 'sites', () => syncSiteScripts(browserApi).then(() => undefined));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
}
