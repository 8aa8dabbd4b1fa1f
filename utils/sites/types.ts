import type { Locale } from '../i18n/locales';

export type ChannelKind = 'lender' | 'regulator' | 'industry-body' | 'mediation' | 'public-platform';
export type Confidence = 'text' | 'reported' | 'unconfirmed';

/**
 * One complaint channel. Facts come from shared/knowledge/complaint-channels.md
 * with their confidence; nothing unconfirmed is shown as fact.
 */
export interface Channel {
  id: string;
  name: Record<Locale, string>;
  kind: ChannelKind;
  /** Host-level match patterns (content_scripts.matches). */
  matches: string[];
  source: { title: string; confidence: Confidence; verifiedOn: string };
}
