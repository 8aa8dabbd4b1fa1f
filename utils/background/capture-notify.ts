import { browser } from 'wxt/browser';
import { translate } from '../i18n/translate';
import { loadUserLocale, NOTIFICATION_ICON } from './user-locale';

/** Tells the user the context-menu capture worked (or not): there is no page of ours open to say it. */
export async function notifyCaptured(ok: boolean, title: string): Promise<void> {
  const locale = await loadUserLocale();
  await browser.notifications.create({
    type: 'basic',
    iconUrl: browser.runtime.getURL(NOTIFICATION_ICON),
    title: translate(locale, 'app.name'),
    message: ok ? translate(locale, 'evidence.capture.saved', { title }) : translate(locale, 'evidence.capture.failed'),
  });
}
