import type { Contact } from '@/utils/db/records';
import type { FindingGroup } from '@/utils/domain/findings/find-all';
import { wallClock } from '@/utils/domain/findings/local-time';
import { getDb } from '@/utils/db/connection';
import { useLive } from '@/components/useLive';
import { getLocale, t } from '@/utils/i18n/translate';
import { BasisList } from './BasisList';

/**
 * The evidence behind a group, read when its details are opened and only for
 * its own contacts and agreements (through the [ownerType+ownerId] index), so
 * the findings view never reads the evidence of unrelated records.
 */
function useGroupEvidence(g: FindingGroup) {
  return useLive(async () => {
    const owners: [string, string][] = [
      ...g.contactIds.map((id): [string, string] => ['contact', id]),
      ...[...new Set(g.findings.flatMap((f) => (f.agreementId ? [f.agreementId] : [])))].map((id): [string, string] => ['agreement', id]),
    ];
    const rows = await getDb().evidence.where('[ownerType+ownerId]').anyOf(owners).toArray();
    return rows.map(({ id, name, sha256, source }) => ({ id, name, sha256, title: source?.title }));
  }, [g]);
}

/** What is behind a group of findings: each explanation, the contacts, the evidence. Rendered only when opened. */
export function GroupDetails({ group: g, contacts }: { group: FindingGroup; contacts: ReadonlyMap<string, Contact> }) {
  const l = getLocale();
  const evidence = useGroupEvidence(g);
  return (
    <>
      <ul class="finding-list">
        {g.findings.map((f) => (
          <li key={f.id}>
            <p>{f.explanation[l]}</p>
            {f.ruleId === 'collection-despite-agreement' && <BasisList basis={f.basis} />}
          </li>
        ))}
      </ul>
      <h4>{t('finding.contacts')}</h4>
      <ul>
        {g.contactIds.map((id) => {
          const c = contacts.get(id);
          if (!c) return null;
          const clock = wallClock(c);
          return <li key={id}>{`${clock.date} ${clock.time} ${c.person.name} ${c.summary}`.trim()}</li>;
        })}
      </ul>
      {evidence && evidence.length > 0 && (
        <>
          <h4>{t('finding.evidence')}</h4>
          <ul>
            {evidence.map((e) => (
              <li key={e.id}>{`${e.title || e.name} (${e.sha256.slice(0, 12)}…)`}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
