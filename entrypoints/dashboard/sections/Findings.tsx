import './contacts/contacts.css';
import { useEffect, useState } from 'preact/hooks';
import type { FindingsSnapshot } from '@/utils/db/repos/findings-snapshot-read';
import { findingsSnapshot } from '@/utils/db/queries/findings';
import { rpc } from '@/utils/rpc/client';
import { useLive } from '@/components/useLive';
import { ErrorMessage } from '@/components/ErrorMessage';
import { t } from '@/utils/i18n/translate';
import type { SectionProps } from '../sections';
import { FindingGroupView } from './findings/FindingGroupView';
import { JurisdictionAsk, useUserJurisdiction } from '@/components/JurisdictionAsk';

/**
 * Findings grouped by rule. The background keeps them computed (a snapshot
 * stamped with the state of the records it was computed from), so this view
 * reads two small rows instead of the whole log. Every write to the records
 * makes the snapshot outdated in the same transaction; the view then says it
 * is updating and asks for a fresh computation, so it follows every edit and
 * delete and never shows an outdated result as current.
 */
export function Findings({ initialData }: SectionProps) {
  // Read before the first render when the page opened here (sections.ts), then kept live.
  const snap = useLive(() => findingsSnapshot(), []) ?? (initialData as FindingsSnapshot | undefined);
  const [error, setError] = useState<unknown>(null);
  const user = useUserJurisdiction();
  const [attempt, setAttempt] = useState(0);
  const outdated = snap !== undefined && !snap.current;

  // Asks again for every new state of the records (the token), so a write
  // that lands while a computation runs is never left behind.
  useEffect(() => {
    if (!outdated) return;
    setError(null);
    rpc('findings.refresh', {})
      // 'raced': the records kept changing during the computation; ask again.
      .then((r) => r.result === 'raced' && setAttempt((n) => n + 1))
      .catch(setError);
  }, [outdated, snap?.token, attempt]);

  if (!snap) return null;
  const groups = snap.groups ?? [];
  return (
    <section aria-labelledby="findings-title" {...(snap.current ? { 'data-findings-ready': '' } : {})}>
      <h2 id="findings-title">{t('finding.nav')}</h2>
      <p class="muted">{t('finding.intro')}</p>
      <JurisdictionAsk user={user} />
      {outdated && error === null && (
        <p role="status" data-testid="findings-updating">
          {t(snap.groups ? 'finding.updating' : 'finding.checking')}
        </p>
      )}
      {/* An error only matters while the findings are outdated; a later computation clears it. */}
      {outdated && error !== null && (
        <>
          <ErrorMessage error={error} />
          <button type="button" class="secondary" onClick={() => setAttempt((n) => n + 1)}>
            {t('finding.retry')}
          </button>
        </>
      )}
      {/* With no jurisdiction chosen nothing was checked: "none found" would be untrue. */}
      {snap.current && groups.length === 0 && user !== null && <p>{t('finding.none')}</p>}
      {groups.map((g) => (
        <FindingGroupView key={g.ruleId} group={g} current={snap.current} />
      ))}
    </section>
  );
}
