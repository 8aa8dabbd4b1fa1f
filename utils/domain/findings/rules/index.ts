import type { ContactFlag, Jurisdiction } from '../../../model/records';
import type { RuleData } from '../rule-data';
import { nightContact } from './night-contact';
import { tooManyConnectedCalls } from './too-many-connected-calls';
import { tooManyCallAttempts } from './too-many-call-attempts';
import { thirdPartyContacted } from './third-party-contacted';
import { collectionDespiteAgreement } from './collection-despite-agreement';
import { agreementWorthAsking } from './agreement-worth-asking';
import { flagThreat } from './flag-threat';
import { flagInsult } from './flag-insult';
import { flagImpersonation } from './flag-impersonation';
import { flagFalseStatement } from './flag-false-statement';
import { flagExtraFees } from './flag-extra-fees';
import { flagBorrowElsewhere } from './flag-borrow-elsewhere';
import { flagPublicPosting } from './flag-public-posting';
import { flagVisit } from './flag-visit';
import { flagPrivatePhone } from './flag-private-phone';
import { twNightContact, twThirdParty, twThreat, twVisit } from './tw';
import { hkIntimidation, hkThirdParty } from './hk';

/** [CN] Each contact flag and the rule it maps to ("third-party" has its own rule). */
export const FLAG_RULES: Record<ContactFlag, RuleData> = {
  'third-party': thirdPartyContacted,
  threat: flagThreat,
  insult: flagInsult,
  impersonation: flagImpersonation,
  'false-statement': flagFalseStatement,
  'extra-fees': flagExtraFees,
  'borrow-elsewhere': flagBorrowElsewhere,
  'public-posting': flagPublicPosting,
  visit: flagVisit,
  'private-phone': flagPrivatePhone,
};

/** One rulebook per jurisdiction: a flag with no rule of that jurisdiction gives no finding. */
export interface Rulebook {
  flags: Partial<Record<ContactFlag, RuleData>>;
  night?: RuleData & { nightHours: readonly [from: number, to: number] };
  /** The per-day call counts are mainland rules only. */
  callCounts: boolean;
  /** 第七十条 / 第六十八条 (bank credit cards) and 第二百九十三条之一 (illegal debts) are mainland law. */
  mainlandCardRules: boolean;
}

export const RULEBOOKS: Record<Jurisdiction, Rulebook> = {
  CN: { flags: FLAG_RULES, night: { ...nightContact, nightHours: [22, 8] }, callCounts: true, mainlandCardRules: true },
  TW: {
    flags: { 'third-party': twThirdParty, threat: twThreat, insult: twThreat, visit: twVisit },
    night: { ...twNightContact, nightHours: [22, 7] },
    callCounts: false,
    mainlandCardRules: false,
  },
  HK: {
    flags: { 'third-party': hkThirdParty, threat: hkIntimidation, insult: hkIntimidation, 'public-posting': hkIntimidation },
    callCounts: false,
    mainlandCardRules: false,
  },
};

/** Every rule, in the order the findings view lists them. A new rule file adds one line. */
export const RULES: readonly RuleData[] = [
  collectionDespiteAgreement,
  agreementWorthAsking,
  thirdPartyContacted,
  nightContact,
  tooManyConnectedCalls,
  tooManyCallAttempts,
  flagThreat,
  flagInsult,
  flagImpersonation,
  flagFalseStatement,
  flagExtraFees,
  flagBorrowElsewhere,
  flagPublicPosting,
  flagVisit,
  flagPrivatePhone,
  twThirdParty,
  twNightContact,
  twThreat,
  twVisit,
  hkThirdParty,
  hkIntimidation,
];

export function ruleById(id: string): RuleData | undefined {
  return RULES.find((r) => r.id === id);
}

/** The rules a user of `j` can see: their own and the record-only ones. */
export function rulesFor(j: Jurisdiction): RuleData[] {
  return RULES.filter((r) => r.jurisdiction === j || r.jurisdiction === 'any');
}

export { nightContact, tooManyConnectedCalls, tooManyCallAttempts, thirdPartyContacted, collectionDespiteAgreement, agreementWorthAsking };
