import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n/translate';
import { QuickLog } from './QuickLog';
import { RecentContacts } from './RecentContacts';
import { UpcomingInstallments } from './UpcomingInstallments';
import { StorageStatus } from '@/components/StorageStatus';
import { ComplaintHere } from './ComplaintHere';

/** The toolbar popup: built for someone who just hung up on a collector. */
export function App() {
  // Bumped after a save so the recent list reloads.
  const [version, setVersion] = useState(0);
  return (
    <main class="popup-main">
      <header class="popup-header">
        <h1>{t('app.name')}</h1>
        <a
          href="/dashboard.html"
          class="open-dashboard"
          onClick={(e) => {
            e.preventDefault();
            void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
          }}
        >
          {t('action.openDashboard')}
        </a>
      </header>
      <StorageStatus />
      <UpcomingInstallments />
      <QuickLog onSaved={() => setVersion((n) => n + 1)} />
      <RecentContacts version={version} />
      <ComplaintHere />
    </main>
  );
}
