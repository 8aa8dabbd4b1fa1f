import type { Locale } from '../../i18n/locales';
import type { Jurisdiction } from '../../model/records';

export type Confidence = 'text' | 'reported';
export type Severity = 'high' | 'medium' | 'low';
export type Localized = Record<Locale, string>;
/**
 * What a basis is: a law or regulation, a national standard (GB/T: recommended),
 * an industry guideline (binds the association's members), or the user's own
 * record (an agreement they logged) — the last is never "checked against the text".
 */
export type BasisKind = 'law' | 'standard' | 'guideline' | 'own-record';

/** The legal or contractual basis a finding rests on, with where it comes from. */
export interface LegalBasis {
  /** e.g. "GB/T 45251—2025" or "商业银行信用卡业务监督管理办法 第七十条", or the agreement's own promise. */
  citation: Localized;
  confidence: Confidence;
  /** What kind of source this is; absent is read as 'law' (older data). */
  kind?: BasisKind;
  /** ISO date the fact was last checked against its source (the fact's `checked`; never a report or rule date). */
  verifiedOn: string;
  /** The registry fact (utils/data/facts) this basis rests on; absent only for the user's own record. */
  factId?: string;
  /** Where the rule applies; absent only for the user's own record. */
  jurisdiction?: Jurisdiction;
  /** When the source was published or the rule took effect ('unknown' where the sheet says so). */
  published?: string;
  /** For "reported" facts: who reported it and when (shown as "as reported, <date>"). */
  reportedBy?: string;
  /** For "reported" facts: where it was reported, in every UI language (added by the findings engine). */
  reportedIn?: Localized;
  /**
   * For "reported" facts: the date of the report (YYYY-MM or YYYY-MM-DD), shown as "as reported (date)".
   * Left out when the source gives no date; the UI then shows "as reported (checked verifiedOn)".
   */
  reportedOn?: string;
}

/**
 * One broken rule, found by a pure function over contacts and agreements.
 * Unconfirmed rules never produce findings.
 */
export interface Finding {
  /** Stable id of the rule that produced it, e.g. "night-contact". */
  ruleId: string;
  /** Stable id of this finding (rule + day or contact), for selection in the UI. */
  id: string;
  contactIds: string[];
  agreementId?: string;
  lenderId?: string;
  /** Plain-language explanation in every UI language, already filled in. */
  explanation: Localized;
  basis: LegalBasis[];
  severity: Severity;
  /** Registry channel ids that fit this finding (utils/sites). */
  channels: string[];
  firstAt: number;
  lastAt: number;
  /** Short rule title in every UI language (added by the findings engine). */
  title?: Localized;
}
