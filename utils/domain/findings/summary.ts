import type { Contact } from '../../model/records';
import { MAX_PRESELECTED_CONTACTS } from '../complaints/link';
import { channelName } from '../../sites';
import type { FindingGroup } from './find-all';
import { wallClock } from '../time/wall-clock';
import { ruleById } from './rules';
import type { Localized } from './types';
import type { GroupSummary } from './group-summary';
import { complaintChannelOf } from '../complaints/complaint-channel';

const sameInEvery = (text: string): Localized => ({ 'zh-CN': text, 'zh-TW': text, en: text });

type ContactLookup = (id: string) => Pick<Contact, 'at' | 'tzOffsetMin'> | undefined;

const dayOf = (lookup: ContactLookup, id: string | undefined) => {
  const c = id === undefined ? undefined : lookup(id);
  return c ? wallClock(c).date : '';
};

/** One summary per group, in the groups' order (the rules registry's). */
export function summarizeGroups(groups: readonly FindingGroup[], contact: ContactLookup): GroupSummary[] {
  return groups.map((g) => {
    const first = g.findings[0]!;
    const last = g.findings[g.findings.length - 1]!;
    const rule = ruleById(g.ruleId);
    const channelIds = [...new Set(g.findings.flatMap((f) => f.channels))];
    return {
      ruleId: g.ruleId,
      title: rule?.title ?? first.title ?? sameInEvery(g.ruleId),
      severity: rule?.severity ?? first.severity,
      count: g.findings.length,
      firstDay: dayOf(contact, first.contactIds[0]),
      lastDay: dayOf(contact, last.contactIds[last.contactIds.length - 1]),
      basis: first.basis,
      channels: channelIds.map((id) => ({ id, name: channelName(id) ?? sameInEvery(id) })),
      contactCount: g.contactIds.length,
      linkContactIds: g.contactIds.slice(0, MAX_PRESELECTED_CONTACTS),
      complaintChannel: complaintChannelOf(channelIds),
    };
  });
}
