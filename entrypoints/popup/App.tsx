import { useEffect, useState } from 'preact/hooks';
import { DashboardLink } from '@/components/DashboardLink';
import { t } from '@/utils/i18n/translate';
import { getDb } from '@/utils/db/connection';
import { useLive } from '@/components/useLive';
import { QuickLog } from './QuickLog';
import { RecentContacts } from './RecentContacts';
import { UpcomingInstallments } from './UpcomingInstallments';
import { StorageStatus } from '@/components/StorageStatus';
import { SampleBanner } from '@/components/SampleBanner';
import { ComplaintHere } from './ComplaintHere';
import type { Draft } from './quick-log/draft';
import { popupRecent, type PopupFirst } from '@/utils/db/repos/popup-first';

/**
 * The toolbar popup: built for someone who just hung up on a collector. The
 * quick log and the recent list come first (one indexed read); the instalment
 * summary is read once they are on screen, below the form so it cannot push
 * the form down while the user starts typing.
 */
export function App({ draft, initialRecent }: { draft?: Partial<Draft> | undefined; initialRecent?: PopupFirst | undefined }) {
  // Read before the first render (main.tsx), then kept live: liveQuery sees
  // the background's writes (Dexie broadcasts changes between contexts).
  const recent = useLive(() => popupRecent(getDb()), []) ?? initialRecent;
  const [later, setLater] = useState(false);
  useEffect(() => {
    if (!recent || later) return;
    setTimeout(() => setLater(true), 0);
  }, [recent, later]);
  return (
    <main class="popup-main" data-ready={recent ? '' : undefined}>
      <header class="popup-header">
        <h1>{t('app.name')}</h1>
        <DashboardLink class="open-dashboard">{t('action.openDashboard')}</DashboardLink>
      </header>
      <StorageStatus />
      {later && <SampleBanner compact />}
      <QuickLog lenders={recent?.lenders} initialDraft={draft} />
      {later && <UpcomingInstallments />}
      <RecentContacts items={recent?.recent} />
      <ComplaintHere />
    </main>
  );
}
