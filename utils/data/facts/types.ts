import type { Jurisdiction } from '../../model/records';

/**
 * One fact the extension relies on (a rule, a deadline, a hotline, a rate
 * line, an LPR value), exactly as shared/knowledge/*.md records it. See
 * docs/KNOWLEDGE.md for how a fact is added or changed.
 */
export type FactConfidence = 'text' | 'reported' | 'unconfirmed';

export interface FactSource {
  /** Who published the source (for a repost: the original publisher, then where it was read). */
  publisher: string;
  title: string;
  /** The stored public copy the knowledge sheet names; null only where the sheet names none (then `note` says why). */
  url: string | null;
  note?: string;
}

export type FactKind = 'rule' | 'deadline' | 'channel' | 'hotline' | 'rate-line' | 'lpr';

export interface Fact {
  id: string;
  kind: FactKind;
  jurisdiction: Jurisdiction;
  confidence: FactConfidence;
  /** What the fact says, in the product's own words: [zh-CN, zh-TW, en]. */
  what: readonly [string, string, string];
  sources: readonly FactSource[];
  /**
   * When the source was published or the rule took effect (YYYY, YYYY-MM or
   * YYYY-MM-DD); 'unknown' where the sheet says "pub. unknown". Never the checked date.
   */
  published: string;
  /** When this project last compared the fact with its source (YYYY-MM-DD). */
  checked: string;
  /**
   * Article numbers and phone numbers this fact lets the catalogs print, as
   * they are written (e.g. "第七十条", "12378"). The meta-test fails on any
   * article number or hotline in a user-visible string that no confirmed fact lists.
   */
  cites?: readonly string[];
}

export const CHECKED_FIRST = '2026-11-22';
export const CHECKED_NOW = '2026-12-01';
