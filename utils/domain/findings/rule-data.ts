import type { Jurisdiction } from '../../model/records';
import type { LegalBasis, Localized, Severity } from './types';

/** Registry channel ids (utils/sites/channels) a finding may point to. */
export type ChannelId =
  | 'nfra'
  | 'pboc'
  | 'samr12315'
  | 'report12321'
  | 'nifa'
  | 'heimao'
  | 'cca'
  | 'twfoi'
  | 'hkma'
  // Channels without a complaint site of their own (utils/sites/offline.ts).
  | 'cn-local-regulator'
  | 'cn-mediation'
  | 'cn-police'
  | 'tw-fsc'
  | 'tw-police'
  | 'hk-fdrc'
  | 'hk-police';

/**
 * One rule's data: one small file per rule in rules/, registered in rules/index.ts.
 * `explain` is a template; the detector fills {placeholders} with plain values
 * (times as HH:MM, dates as YYYY-MM-DD, counts), so every language is complete.
 */
export interface RuleData {
  id: string;
  /**
   * The one jurisdiction whose users this rule checks; never shown to another's
   * as theirs. 'any' only for rules that rest on the user's own record alone
   * (what the lender promised), never on a law.
   */
  jurisdiction: Jurisdiction | 'any';
  title: Localized;
  explain: Localized;
  basis: LegalBasis[];
  severity: Severity;
  channels: ChannelId[];
  /** Localized fragments a detector may need besides the template (fallbacks, alternatives). */
  words?: Record<string, Localized>;
}
