import type { Channel } from '../../sites/types';
import type { ComplaintRecords } from './records';
import type { MessageKey } from '../../i18n/messages';
import { checklistFacts, type ChecklistFacts } from './checklist-facts';

export type ChecklistItemId = 'agreement' | 'lender-first' | 'chronology' | 'findings' | 'evidence' | 'demand' | 'contact-details';

export interface ChecklistItem {
  id: ChecklistItemId;
  ok: boolean;
  /** i18n key: what is there (ok) or what to do (not ok). */
  messageKey: MessageKey;
  params?: Record<string, string | number>;
}

/**
 * What a complaint to this channel needs, checked against the user's records.
 * Each item is ✓ with what is there, or ✗ with what to do. The "lender first"
 * item appears only for channels that expect the lender's reference number.
 */
export function checklistFor(channel: Pick<Channel, 'expectsLenderRef' | 'prerequisites'>, r: ComplaintRecords): ChecklistItem[] {
  return checklistFromFacts(channel, checklistFacts(r));
}

/** The same checklist from its facts alone (what the panel has before the user opens the drafts). */
export function checklistFromFacts(channel: Pick<Channel, 'expectsLenderRef' | 'prerequisites'>, f: ChecklistFacts): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const item = (id: ChecklistItemId, ok: boolean, okKey: MessageKey, todoKey: MessageKey, params?: ChecklistItem['params']) =>
    items.push({ id, ok, messageKey: ok ? okKey : todoKey, ...(params ? { params } : {}) });

  item('agreement', f.agreement, 'check.agreement.ok', 'check.agreement.todo');
  if (channel.expectsLenderRef) {
    const ref = f.lenderComplaintRef ?? '';
    item(
      'lender-first',
      ref !== '',
      'check.lenderFirst.ok',
      f.lenderComplaintRef !== undefined ? 'check.lenderFirst.noRef' : 'check.lenderFirst.todo',
      ref ? { ref } : undefined,
    );
  }
  item('chronology', f.contacts > 0, 'check.chronology.ok', 'check.chronology.todo', { count: f.contacts });
  item('findings', f.findings > 0, 'check.findings.ok', 'check.findings.todo', { count: f.findings });
  item('evidence', f.evidence > 0, 'check.evidence.ok', 'check.evidence.todo', { count: f.evidence });
  item('demand', f.demands > 0, 'check.demand.ok', 'check.demand.todo');
  const needsAddress = channel.prerequisites.some((p) => p.id === 'address');
  const p = f.profile;
  const ready = p.name && p.phone && (!needsAddress || p.address);
  item(
    'contact-details',
    ready,
    'check.contactDetails.ok',
    needsAddress ? 'check.contactDetails.todoAddress' : 'check.contactDetails.todo',
  );
  return items;
}
