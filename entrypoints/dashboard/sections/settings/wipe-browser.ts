import { browser } from 'wxt/browser';
import { rpc } from '@/utils/rpc/client';
import { getDb } from '@/utils/db/connection';
import { userSitePatterns } from '@/utils/db/queries/user-site-patterns';
import { DELETE_ALL_CONFIRMATION } from '@/utils/rpc/methods/data';
import { stopFollowingPreferences } from '@/utils/i18n/page-locale';

/**
 * Everything "delete all my data" removes, in an order where a failure part
 * way leaves nothing that points at deleted data: alarms first (so none rings
 * for a record that is gone), then every table (one transaction in the
 * background, which then sets up the install-time alarm again), then the
 * permissions granted for the user's sites, then every storage area this
 * extension has. The extension is then as on first install.
 */
export async function deleteEverything(): Promise<void> {
  const origins = await userSitePatterns(getDb());
  await browser.alarms.clearAll();
  await rpc('data.deleteAll', { confirm: DELETE_ALL_CONFIRMATION });
  if (origins.length) await browser.permissions.remove({ origins }).catch(() => false);
  // This page leaves for the first-run page next; clearing the language must not reload it first.
  stopFollowingPreferences();
  await browser.storage.local.clear();
  await browser.storage.session?.clear();
  localStorage.clear();
  sessionStorage.clear();
}
