// First: starts the popup's first reads before the rest of its code is evaluated.
import './first-reads';
import { render } from 'preact';
import { initPageLocale } from '@/utils/i18n/page-locale';
import { t } from '@/utils/i18n/translate';
import { firstRead } from '@/components/first-read';
import { App } from './App';
import { loadDraft } from './quick-log/draft';
import { recentForPopup } from '@/utils/db/queries/popup';
import { takeEarly } from '@/utils/rpc/early';

// Everything the first screen waits for starts at once instead of one after
// another: the language, the saved draft, and the first read (the newest
// contacts and the lenders), so the first render is already complete. The
// first read races IndexedDB against the background (see popup-first.ts);
// the request (sent by first-reads.ts) also wakes a stopped background, so Save does not wait for it.
// A database that is slow or cannot open does not hold the popup back (firstRead).
const firstScreen = () => Promise.any([recentForPopup(), takeEarly('contacts.popupFirst', {})]);
void Promise.all([initPageLocale(), loadDraft().catch(() => undefined), firstRead(firstScreen)]).then(([, draft, recent]) => {
  document.title = t('app.name');
  render(<App draft={draft} initialRecent={recent} />, document.getElementById('app')!);
});
