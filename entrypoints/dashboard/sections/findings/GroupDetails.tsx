import type { GroupSummary } from '@/utils/domain/findings/summary';
import { wallClock } from '@/utils/domain/findings/local-time';
import { getDb } from '@/utils/db/connection';
import { readRuleFindings } from '@/utils/db/repos/findings-snapshot-read';
import { useLive } from '@/components/useLive';
import { getLocale, t } from '@/utils/i18n/translate';
import { BasisList } from './BasisList';

/**
 * What is behind one rule, read only when its details are opened: the rule's
 * findings from the snapshot, then the contacts they name (by id) and the
 * evidence of those contacts and agreements (through the [ownerType+ownerId]
 * index), so the view never reads records unrelated to the group.
 */
function useGroupRecords(g: GroupSummary) {
  return useLive(async () => {
    const db = getDb();
    const findings = (await readRuleFindings(db, g.ruleId)) ?? [];
    const contactIds = [...new Set(findings.flatMap((f) => f.contactIds))];
    const agreementIds = [...new Set(findings.flatMap((f) => (f.agreementId ? [f.agreementId] : [])))];
    const owners: [string, string][] = [
      ...contactIds.map((id): [string, string] => ['contact', id]),
      ...agreementIds.map((id): [string, string] => ['agreement', id]),
    ];
    const [contacts, evidence] = await Promise.all([
      db.contacts.bulkGet(contactIds),
      db.evidence.where('[ownerType+ownerId]').anyOf(owners).toArray(),
    ]);
    return {
      findings,
      contacts: contacts.flatMap((c) => (c ? [c] : [])),
      evidence: evidence.map(({ id, name, sha256, source }) => ({ id, name, sha256, title: source?.title })),
    };
  }, [g]);
}

/** Each explanation, the contacts and the evidence behind a group of findings. */
export function GroupDetails({ group: g }: { group: GroupSummary }) {
  const l = getLocale();
  const records = useGroupRecords(g);
  if (!records) return null;
  return (
    <>
      <ul class="finding-list">
        {records.findings.map((f) => (
          <li key={f.id}>
            <p>{f.explanation[l]}</p>
            {f.ruleId === 'collection-despite-agreement' && <BasisList basis={f.basis} />}
          </li>
        ))}
      </ul>
      <h4>{t('finding.contacts')}</h4>
      <ul>
        {records.contacts.map((c) => {
          const clock = wallClock(c);
          return <li key={c.id}>{`${clock.date} ${clock.time} ${c.person.name} ${c.summary}`.trim()}</li>;
        })}
      </ul>
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
