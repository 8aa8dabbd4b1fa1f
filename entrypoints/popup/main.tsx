import { render } from 'preact';
import { initPageLocale } from '@/utils/i18n/page-locale';
import { t } from '@/utils/i18n/translate';
import { getDb } from '@/utils/db/connection';
import { App } from './App';
import { loadDraft } from './quick-log/draft';
import { popupRecent } from './quick-log/recent-lenders';

// Everything the first screen waits for starts at once instead of one after
// another: the language, the saved draft, and the first read (the newest
// contacts and the lenders), so the first render is already complete. A
// database that cannot open is reported by StorageStatus.
void Promise.all([initPageLocale(), loadDraft().catch(() => undefined), popupRecent(getDb()).catch(() => undefined)]).then(([, draft, recent]) => {
  document.title = t('app.name');
  render(<App draft={draft} initialRecent={recent} />, document.getElementById('app')!);
});
