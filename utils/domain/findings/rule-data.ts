import type { LegalBasis, Localized, Severity } from './types';

/** Registry channel ids (utils/sites/channels) a finding may point to. */
export type ChannelId = 'nfra' | 'pboc' | 'samr12315' | 'report12321' | 'nifa' | 'heimao' | 'cca' | 'twfoi' | 'hkma';

/**
 * One rule's data: one small file per rule in rules/, registered in rules/index.ts.
 * `explain` is a template; the detector fills {placeholders} with plain values
 * (times as HH:MM, dates as YYYY-MM-DD, counts), so every language is complete.
 */
export interface RuleData {
  id: string;
  title: Localized;
  explain: Localized;
  basis: LegalBasis[];
  severity: Severity;
  channels: ChannelId[];
  /** Localized fragments a detector may need besides the template (fallbacks, alternatives). */
  words?: Record<string, Localized>;
}
