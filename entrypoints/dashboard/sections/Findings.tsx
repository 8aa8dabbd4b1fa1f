import './contacts/contacts.css';
import { useMemo } from 'preact/hooks';
import { getDb } from '@/utils/db/connection';
import { useLive } from '@/components/useLive';
import { findAll, groupByRule } from '@/utils/domain/findings/find-all';
import { t } from '@/utils/i18n/translate';
import type { SectionProps } from '../sections';
import { FindingGroupView } from './findings/FindingGroupView';

async function load() {
  const db = getDb();
  // Evidence is not read here: each group reads its own when its details are opened.
  const [contacts, agreements, installments, lenders] = await Promise.all([db.contacts.toArray(), db.agreements.toArray(), db.installments.toArray(), db.lenders.toArray()]);
  return { contacts, agreements, installments, lenders };
}

/** Findings grouped by rule; they follow every edit and delete, because they are computed from live data. */
export function Findings(_props: SectionProps) {
  const data = useLive(load, []);
  const groups = useMemo(() => (data ? groupByRule(findAll(data)) : []), [data]);
  const contacts = useMemo(() => new Map((data?.contacts ?? []).map((c) => [c.id, c])), [data]);
  if (!data) return null;
  return (
    <section aria-labelledby="findings-title" data-findings-ready="">
      <h2 id="findings-title">{t('finding.nav')}</h2>
      <p class="muted">{t('finding.intro')}</p>
      {groups.length === 0 && <p>{t('finding.none')}</p>}
      {groups.map((g) => (
        <FindingGroupView key={g.ruleId} group={g} contacts={contacts} />
      ))}
    </section>
  );
}
