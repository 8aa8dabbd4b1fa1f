import type { Locale, Localized } from '../i18n/locales';
import type { Confidence } from '../model/confidence';
import type { Jurisdiction } from '../model/records';

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

/**
 * What a deadline is: the office's decision whether to accept, its answer,
 * the lender's own handling of a complaint made to it, the user's time limit
 * to apply further, or the end of mediation. Only 'answer' can be overdue.
 */
export type DeadlineKind = 'acceptance' | 'answer' | 'lender-handling' | 'apply' | 'mediation-end';

export interface Deadline {
  id: string;
  kind: DeadlineKind;
  days: number;
  /** 'working': mainland working days (holidays and make-up days known; utils/domain/time/working-days.ts). */
  unit: 'working' | 'calendar';
  /** What the deadline is for, e.g. "decision whether to accept". */
  what: Localized;
  /** When it starts, e.g. "from receipt of complete materials". */
  from: Localized;
  /** Counted from the end of another deadline of the channel (e.g. 30 days from acceptance). */
  after?: string;
  confidence: Exclude<Confidence, 'unconfirmed'>;
  /** The registry fact (utils/data/facts) it comes from. */
  factId: string;
}

export interface Prerequisite {
  /** 'scope': what the channel will not take, said before the user files. */
  id: 'lender-first' | 'real-name' | 'address' | 'signed-form' | 'id-copy' | 'login' | 'original-sms' | 'scope';
  text: Localized;
  confidence: Confidence;
  /** The registry facts it rests on: the panel shows their jurisdiction, confidence and both dates. */
  factIds: readonly string[];
}

/** A phone number shown only with its confidence; unconfirmed numbers never ship. */
export interface Hotline {
  number: string;
  confidence: Exclude<Confidence, 'unconfirmed'>;
  /** The registry fact that lists the number (its `cites`). */
  factId: string;
}

/**
 * One complaint channel. Facts come from shared/knowledge/complaint-channels.md
 * with their confidence; nothing unconfirmed is shown as fact.
 */
export interface Channel {
  id: string;
  detect: ChannelDetect;
  name: Localized;
  /** Shown only to users of this jurisdiction. */
  jurisdiction: Jurisdiction;
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
  /** Registry facts behind this channel's scope and numbers (utils/data/facts). */
  factIds: string[];
}
