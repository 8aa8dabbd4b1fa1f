import type { LegalBasis, Localized, Severity } from './types';

// The findings view's first screen draws from these types and this function
// alone; summary.ts, which builds them, needs the rules and the channel
// registry, and is only loaded by the background.

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
  /** The channel "prepare a complaint" opens (complaint-channel.ts), chosen here so the view needs no channel registry. */
  complaintChannel?: string | undefined;
}

/**
 * The number a rule's header shows: how many contacts are behind it, which
 * is what its details list and count ("6 calls on one day" is one finding
 * but six times). A group without contacts (none today) counts its findings.
 */
export function headerCount(g: Pick<GroupSummary, 'count' | 'contactCount'>): number {
  return g.contactCount > 0 ? g.contactCount : g.count;
}
