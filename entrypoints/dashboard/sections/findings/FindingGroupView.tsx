import { useState } from 'preact/hooks';
import type { Contact } from '@/utils/db/records';
import type { FindingGroup } from '@/utils/domain/findings/find-all';
import { ruleById } from '@/utils/domain/findings/rules';
import { wallClock } from '@/utils/domain/findings/local-time';
import { channelById } from '@/utils/sites';
import { getLocale, t } from '@/utils/i18n/translate';
import type { MessageKey } from '@/utils/i18n/messages';
import { BasisList } from './BasisList';
import { GroupDetails } from './GroupDetails';

interface Props {
  group: FindingGroup;
  contacts: ReadonlyMap<string, Contact>;
}

const day = (c: Contact | undefined) => (c ? wallClock(c).date : '');

/** One rule's findings: count, first and last date, the contacts and evidence behind them, and the way on. */
export function FindingGroupView({ group: g, contacts }: Props) {
  const l = getLocale();
  const [open, setOpen] = useState(false);
  const rule = ruleById(g.ruleId);
  if (!rule) return null;
  const first = contacts.get(g.findings[0]!.contactIds[0]!);
  const lastFinding = g.findings[g.findings.length - 1]!;
  const last = contacts.get(lastFinding.contactIds[lastFinding.contactIds.length - 1]!);
  const complaintHref = `#/complaints?contacts=${encodeURIComponent(g.contactIds.join(','))}&rules=${encodeURIComponent(g.ruleId)}`;
  const channels = [...new Set(g.findings.flatMap((f) => f.channels))];
  return (
    <article class={`finding-group severity-${rule.severity}`} data-rule={g.ruleId} aria-labelledby={`fg-${g.ruleId}`}>
      <h3 id={`fg-${g.ruleId}`}>{rule.title[l]}</h3>
      <p>
        <strong data-testid="finding-count">{t('finding.count', { count: g.findings.length })}</strong>
        {' · '}
        {t('finding.range', { first: day(first), last: day(last) })}
        {' · '}
        {t('finding.severity')}: {t(`finding.severity.${rule.severity}` as MessageKey)}
      </p>
      <h4>{t('finding.basis')}</h4>
      <BasisList basis={g.findings[0]!.basis} />
      {/* Thousands of contacts can sit behind one rule: the list is built when the user opens it. */}
      <details onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t('finding.details')}</summary>
        {open && <GroupDetails group={g} contacts={contacts} />}
      </details>
      <p>
        {t('finding.channels')}: {channels.map((c) => channelById(c)?.name[l] ?? c).join(l === 'en' ? ', ' : '、')}
      </p>
      <a class="button-link" href={complaintHref} data-testid="prepare-complaint">
        {t('finding.prepare')}
      </a>
    </article>
  );
}
