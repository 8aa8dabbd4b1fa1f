import type { Locale, Localized } from '../i18n/locales';
import type { Confidence } from '../model/confidence';

export type ChannelKind = 'lender' | 'regulator' | 'industry-body' | 'mediation' | 'public-platform';
// Defined once (model and languages); named here too for the channel files.
export type { Confidence, Localized };

/** The parts of a complaint the drafts are written for; field hints map form fields to them. */
export const DRAFT_SECTIONS = ['identity', 'respondent', 'facts', 'demands', 'amount', 'evidence'] as const;
export type DraftSection = (typeof DRAFT_SECTIONS)[number];
/** Identity fields are often split into name / phone / address. */
export type IdentityPart = 'name' | 'phone' | 'address';

export interface FieldHint {
  section: DraftSection;
  part?: IdentityPart;
  /** Words in the field's label, placeholder or name, in the site's languages (lower case for Latin). */
  keywords: string[];
}

/**
 * What the content script needs, and nothing more: hosts and the words that
 * recognise the complaint form. Kept apart from the rest of the channel so the
 * content script bundle stays small (Rollup drops the unused full objects).
 */
export interface ChannelDetect {
  id: string;
  /** Host-level match patterns (host_permissions for the after-load injection, and web_accessible_resources.matches; https only). */
  matches: string[];
  /** Words in a heading, legend or label showing that the page holds a complaint form. */
  formKeywords: string[];
  fields: FieldHint[];
}

export interface Deadline {
  id: string;
  days: number;
  unit: 'working' | 'calendar';
  /** What the deadline is for, e.g. "usual answer". */
  what: Localized;
  confidence: Confidence;
}

export interface Prerequisite {
  id: 'lender-first' | 'real-name' | 'address' | 'signed-form' | 'id-copy' | 'login' | 'original-sms';
  text: Localized;
  confidence: Confidence;
}

/** A phone number shown only with its confidence; unconfirmed numbers never ship. */
export interface Hotline {
  number: string;
  confidence: Exclude<Confidence, 'unconfirmed'>;
}

/**
 * One complaint channel. Facts come from shared/knowledge/complaint-channels.md
 * with their confidence; nothing unconfirmed is shown as fact.
 */
export interface Channel {
  id: string;
  detect: ChannelDetect;
  name: Localized;
  kind: ChannelKind;
  /** The language drafts use when the page does not declare one. */
  defaultLocale: Locale;
  handles: Localized;
  prerequisites: Prerequisite[];
  /** Whether the form asks for the lender's own complaint reference (checklist item). */
  expectsLenderRef: boolean;
  deadlines: Deadline[];
  /** The deadline that sets a complaint's answer-due date, if any. */
  answerDeadlineId?: string;
  hotlines: Hotline[];
  /** URLs on the channel's hosts used by the meta-test and the e2e fixtures. */
  testUrls: string[];
  /** Fixture page in tests/fixtures/pages/. */
  fixture: string;
  source: { title: string; confidence: Confidence; verifiedOn: string; law?: string };
}
