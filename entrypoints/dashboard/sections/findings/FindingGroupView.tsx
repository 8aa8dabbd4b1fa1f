import { useState } from 'preact/hooks';
import { headerCount, type GroupSummary } from '@/utils/domain/findings/group-summary';
import { getLocale, t } from '@/utils/i18n/translate';
import { complaintLink } from '@/utils/domain/complaints/link';
import { BasisList } from './BasisList';
import { GroupDetails } from './GroupDetails';

interface Props {
  group: GroupSummary;
  /** False while the records changed and the findings are being updated: details and the complaint link wait. */
  current: boolean;
}

/**
 * One rule's findings: count, first and last date, the contacts and evidence
 * behind them, and the way on. Everything shown before the details are opened
 * comes from the summary (utils/domain/findings/summary.ts).
 */
export function FindingGroupView({ group: g, current }: Props) {
  const l = getLocale();
  const [open, setOpen] = useState(false);
  const complaintHref = complaintLink(g.linkContactIds, [g.ruleId], g.complaintChannel);
  return (
    <article
      class={`finding-group severity-${g.severity}`}
      data-rule={g.ruleId}
      aria-labelledby={`fg-${g.ruleId}`}
      aria-busy={current ? undefined : 'true'}
    >
      <h3 id={`fg-${g.ruleId}`}>{g.title[l]}</h3>
      <p>
        <strong data-testid="finding-count">{t('finding.count', { count: headerCount(g) })}</strong>
        {' · '}
        {t('finding.range', { first: g.firstDay, last: g.lastDay })}
        {' · '}
        {t('finding.severity')}: {t(`finding.severity.${g.severity}`)}
      </p>
      <h4>{t('finding.basis')}</h4>
      <BasisList basis={g.basis} />
      {/* Thousands of contacts can sit behind one rule: the list is read and built when the user opens it. */}
      <details onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t('finding.details')}</summary>
        {open && current && <GroupDetails group={g} />}
      </details>
      <p>
        {t('finding.channels')}: {g.channels.map((c) => c.name[l]).join(l === 'en' ? ', ' : '、')}
      </p>
      {current && (
        <p>
          <a class="button-link" href={complaintHref} data-testid="prepare-complaint">
            {t('finding.prepare')}
          </a>
          {g.contactCount > g.linkContactIds.length && (
            <span class="muted" data-testid="prepare-capped">
              {' '}
              {t('finding.prepareCapped', { linked: g.linkContactIds.length, total: g.contactCount })}
            </span>
          )}
        </p>
      )}
    </article>
  );
}
