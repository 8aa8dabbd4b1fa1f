import type { Contact } from '../../model/records';
import { MAX_PRESELECTED_CONTACTS } from '../complaints/link';
import { channelName } from '../../sites';
import type { FindingGroup } from './find-all';
import { wallClock } from '../time/wall-clock';
import { ruleById } from './rules';
import type { LegalBasis, Localized, Severity } from './types';

/**
 * What the findings view shows for one rule before its details are opened:
 * small enough to read at once, whatever the size of the log, and complete
 * (titles and channel names in every UI language), so the view needs neither
 * the rules nor the channel registry to draw its first screen. The findings
 * themselves (explanations, one per day or contact) are kept per rule and
 * read only when the user opens that rule's details.
 */
export interface GroupSummary {
  ruleId: string;
  title: Localized;
  severity: Severity;
  count: number;
  /** YYYY-MM-DD on the wall clock of the first and last contact behind the rule. */
  firstDay: string;
  lastDay: string;
  /** The basis of the rule's first finding (the view's "on what grounds"). */
  basis: LegalBasis[];
  /** Registry channels that fit, in first-seen order, with their names. */
  channels: { id: string; name: Localized }[];
  /** How many contacts are behind the rule. */
  contactCount: number;
  /**
   * The first contacts (in time), as many as a complaint link carries. Not
   * all of them: one rule can have thousands, and the summary must stay small
   * (the details read the rule's findings, which hold every contact).
   */
  linkContactIds: string[];
}

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
    return {
      ruleId: g.ruleId,
      title: rule?.title ?? first.title ?? sameInEvery(g.ruleId),
      severity: rule?.severity ?? first.severity,
      count: g.findings.length,
      firstDay: dayOf(contact, first.contactIds[0]),
      lastDay: dayOf(contact, last.contactIds[last.contactIds.length - 1]),
      basis: first.basis,
      channels: [...new Set(g.findings.flatMap((f) => f.channels))].map((id) => ({ id, name: channelName(id) ?? sameInEvery(id) })),
      contactCount: g.contactIds.length,
      linkContactIds: g.contactIds.slice(0, MAX_PRESELECTED_CONTACTS),
    };
  });
}

/**
 * The number a rule's header shows: how many contacts are behind it, which
 * is what its details list and count ("6 calls on one day" is one finding
 * but six times). A group without contacts (none today) counts its findings.
 */
export function headerCount(g: Pick<GroupSummary, 'count' | 'contactCount'>): number {
  return g.contactCount > 0 ? g.contactCount : g.count;
}
