import { useState } from 'preact/hooks';
import type { GroupSummary } from '@/utils/domain/findings/group-summary';
import { wallClock } from '@/utils/domain/time/wall-clock';
import { groupRecords } from '@/utils/db/queries/findings';
import { useLive } from '@/components/useLive';
import { getLocale, t } from '@/utils/i18n/translate';
import { BasisList } from './BasisList';

/** One rule can have hundreds of findings and thousands of contacts: they are shown a page at a time. */
const PAGE = 50;

/**
 * What is behind one rule, read only when its details are opened: the rule's
 * findings from the snapshot, then the contacts they name (by id, only as
 * many as are shown) and the evidence of those contacts and agreements
 * (through the [ownerType+ownerId] index), so the view never reads records
 * unrelated to the group.
 */
function useGroupRecords(g: GroupSummary, contactsShown: number) {
  return useLive(() => groupRecords(g.ruleId, contactsShown), [g, contactsShown]);
}

/** Each explanation, the contacts and the evidence behind a group of findings. */
export function GroupDetails({ group: g }: { group: GroupSummary }) {
  const l = getLocale();
  const [findingsShown, setFindingsShown] = useState(PAGE);
  const [contactsShown, setContactsShown] = useState(PAGE);
  const records = useGroupRecords(g, contactsShown);
  if (!records) return null;
  const moreFindings = records.findings.length - findingsShown;
  const moreContacts = records.contactCount - contactsShown;
  return (
    <>
      <ul class="finding-list">
        {records.findings.slice(0, findingsShown).map((f) => (
          <li key={f.id}>
            <p>{f.explanation[l]}</p>
            {f.ruleId === 'collection-despite-agreement' && <BasisList basis={f.basis} />}
          </li>
        ))}
      </ul>
      {moreFindings > 0 && (
        <button type="button" class="secondary show-more" data-testid="more-findings" onClick={() => setFindingsShown((n) => n + PAGE)}>
          {t('finding.showMore', { count: Math.min(PAGE, moreFindings) })}
        </button>
      )}
      <h4>{t('finding.contacts')}</h4>
      <ul data-testid="finding-contacts">
        {records.contacts.map((c) => {
          const clock = wallClock(c);
          return <li key={c.id}>{`${clock.date} ${clock.time} ${c.person.name} ${c.summary}`.trim()}</li>;
        })}
      </ul>
      {moreContacts > 0 && (
        <button type="button" class="secondary show-more" data-testid="more-contacts" onClick={() => setContactsShown((n) => n + PAGE)}>
          {t('finding.showMore', { count: Math.min(PAGE, moreContacts) })}
        </button>
      )}
      {records.evidence.length > 0 && (
        <>
          <h4>{t('finding.evidence')}</h4>
          <ul>
            {records.evidence.map((e) => (
              <li key={e.id}>{`${e.title || e.name} (${e.sha256.slice(0, 12)}…)`}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
