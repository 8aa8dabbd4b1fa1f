import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n/translate';
import { rpc } from '@/utils/rpc/client';
import { getDb } from '@/utils/db/connection';
import { useLive } from '@/components/useLive';
import { QuickLog } from './QuickLog';
import { RecentContacts } from './RecentContacts';
import { UpcomingInstallments } from './UpcomingInstallments';
import { StorageStatus } from '@/components/StorageStatus';
import { ComplaintHere } from './ComplaintHere';
import type { Draft } from './quick-log/draft';
import { popupRecent } from './quick-log/recent-lenders';

/**
 * The toolbar popup: built for someone who just hung up on a collector. The
 * quick log and the recent list come first (one indexed read); the instalment
 * summary is read once they are on screen, below the form so it cannot push
 * the form down while the user starts typing.
 */
export function App({ draft, initialRecent }: { draft?: Partial<Draft> | undefined; initialRecent?: Awaited<ReturnType<typeof popupRecent>> | undefined }) {
  // Bumped after a save so the recent list reloads.
  const [version, setVersion] = useState(0);
  // Read before the first render (main.tsx), then kept live.
  const recent = useLive(() => popupRecent(getDb()), [version]) ?? initialRecent;
  const [later, setLater] = useState(false);
  useEffect(() => {
    if (!recent || later) return;
    setTimeout(() => setLater(true), 0);
    // The first screen reads IndexedDB directly; this cheap call wakes the
    // background now, so the Save does not also wait for the worker to start.
    rpc('contacts.recent', { limit: 1 }).catch(() => undefined);
  }, [recent, later]);
  return (
    <main class="popup-main" data-ready={recent ? '' : undefined}>
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
      <QuickLog onSaved={() => setVersion((n) => n + 1)} lenders={recent?.lenders} initialDraft={draft} />
      {later && <UpcomingInstallments />}
      <RecentContacts items={recent?.recent} />
      <ComplaintHere />
    </main>
  );
}
