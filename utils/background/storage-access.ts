import { browser } from 'wxt/browser';

type WithAccessLevel = { setAccessLevel?: (o: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> };

/**
 * Keeps storage.local (display language and currency, hidden hosts) out of
 * content scripts' reach where the browser allows it (Chromium with
 * `storage.local.setAccessLevel`): a compromised content script could
 * otherwise write `ng.locale` and make every extension page reload, or hide
 * the panel everywhere. Browsers without it keep the default; readers there
 * still ignore malformed values (utils/storage/items.ts).
 */
export async function restrictLocalStorage(): Promise<boolean> {
  const local = browser.storage.local as unknown as WithAccessLevel;
  if (typeof local.setAccessLevel !== 'function') return false;
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false; // an engine that supports it for storage.session only
  }
}
