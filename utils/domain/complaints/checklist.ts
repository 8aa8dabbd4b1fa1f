import type { Channel } from '../../sites/types';
import type { ComplaintRecords } from './records';
import type { MessageKey } from '../../i18n/messages';
import { isLenderChannel } from './escalation';

export type ChecklistItemId = 'agreement' | 'lender-first' | 'chronology' | 'findings' | 'evidence' | 'demand' | 'contact-details';

export interface ChecklistItem {
  id: ChecklistItemId;
  ok: boolean;
  /** i18n key: what is there (ok) or what to do (not ok). */
  messageKey: MessageKey;
  params?: Record<string, string | number>;
}

/** The lender's own complaint for this lender, best first: one with a reference number wins. */
function lenderComplaint(r: ComplaintRecords) {
  // A draft recorded on the lender's page was not sent yet: it does not count as having asked the lender first.
  const own = r.priorComplaints.filter(
    (c) => c.status !== 'draft' && isLenderChannel(c.channelId) && (!r.lender || c.lenderId === undefined || c.lenderId === r.lender.id),
  );
  return own.find((c) => c.referenceNo.trim()) ?? own[0];
}

/**
 * What a complaint to this channel needs, checked against the user's records.
 * Each item is ✓ with what is there, or ✗ with what to do. The "lender first"
 * item appears only for channels that expect the lender's reference number.
 */
export function checklistFor(channel: Pick<Channel, 'expectsLenderRef' | 'prerequisites'>, r: ComplaintRecords): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const item = (id: ChecklistItemId, ok: boolean, okKey: MessageKey, todoKey: MessageKey, params?: ChecklistItem['params']) =>
    items.push({ id, ok, messageKey: ok ? okKey : todoKey, ...(params ? { params } : {}) });

  item('agreement', r.agreement !== undefined, 'check.agreement.ok', 'check.agreement.todo');
  if (channel.expectsLenderRef) {
    const prior = lenderComplaint(r);
    const ref = prior?.referenceNo.trim() ?? '';
    item(
      'lender-first',
      ref !== '',
      'check.lenderFirst.ok',
      prior ? 'check.lenderFirst.noRef' : 'check.lenderFirst.todo',
      ref ? { ref } : undefined,
    );
  }
  item('chronology', r.contacts.length > 0, 'check.chronology.ok', 'check.chronology.todo', { count: r.contacts.length });
  item('findings', r.findings.length > 0, 'check.findings.ok', 'check.findings.todo', { count: r.findings.length });
  item('evidence', r.evidence.length > 0, 'check.evidence.ok', 'check.evidence.todo', { count: r.evidence.length });
  item('demand', r.demands.length > 0, 'check.demand.ok', 'check.demand.todo');
  const needsAddress = channel.prerequisites.some((p) => p.id === 'address');
  const p = r.profile;
  const ready = p.name.trim() !== '' && p.phone.trim() !== '' && (!needsAddress || p.address.trim() !== '');
  item(
    'contact-details',
    ready,
    'check.contactDetails.ok',
    needsAddress ? 'check.contactDetails.todoAddress' : 'check.contactDetails.todo',
  );
  return items;
}
