import { browser } from 'wxt/browser';
import { CURRENCY_KEY, LOCALE_KEY } from './preferences';

// The display preferences (language, currency) every page reads before its
// first render. A page's first module starts the read (`readPreferencesEarly`,
// see utils/rpc/early.ts for why) and initPageLocale takes it. Small on
// purpose: it is evaluated before the rest of the page's code.

let early: Promise<Record<string, unknown>> | undefined;
const read = () => browser.storage.local.get([LOCALE_KEY, CURRENCY_KEY]);

export function readPreferencesEarly(): void {
  early ??= read();
  early.catch(() => undefined);
}

/** The read started early, once; otherwise a read now (a page that follows a later change reads afresh). */
export function takePreferences(): Promise<Record<string, unknown>> {
  const p = early ?? read();
  early = undefined;
  return p;
}
