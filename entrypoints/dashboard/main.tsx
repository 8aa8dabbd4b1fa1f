// First: starts the page's first reads before the rest of its code is evaluated.
import './first-reads';
import { render } from 'preact';
import { initPageLocale } from '@/utils/i18n/page-locale';
import { t } from '@/utils/i18n/translate';
import { getDb } from '@/utils/db/connection';
import { firstRead } from '@/components/first-read';
import { DashboardApp } from './DashboardApp';
import { parseRoute } from './route';
import { loadSection, sectionFor } from './sections';

// Opening IndexedDB takes ~15 ms: start it now, in parallel with the section's
// code and the language setting (StorageStatus reports a failure to open).
void getDb()
  .open()
  .catch(() => undefined);
// The section in the address (its code and its first read) loads in parallel
// with the language setting and is part of the first render: no second
// render, no frame waited for.
const first = sectionFor(parseRoute(location.hash).section);
void Promise.all([initPageLocale(), loadSection(first).catch(() => undefined), first.prefetch && firstRead(first.prefetch)]).then(
  ([, C, data]) => {
    document.title = t('app.name');
    render(<DashboardApp {...(C ? { initial: { id: first.id, C, data } } : {})} />, document.getElementById('app')!);
  },
);
