import { browser } from 'wxt/browser';
import { translate } from '../i18n/translate';
import { loadUserLocale } from './user-locale';
import { hasContextMenus } from './platform';

export const CAPTURE_MENU_ID = 'ng-capture-visible-tab';

/** The context-menu entry in the user's language; re-created on install and update. */
export async function createCaptureMenu(): Promise<void> {
  if (!hasContextMenus()) return;
  const locale = await loadUserLocale();
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: CAPTURE_MENU_ID,
    title: translate(locale, 'evidence.capture.menu'),
    contexts: ['page', 'frame', 'selection', 'image', 'link'],
  });
}
