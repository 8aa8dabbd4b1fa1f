import type { ContactFlag } from '../../../model/records';
import type { RuleData } from '../rule-data';
import { nightContact } from './night-contact';
import { tooManyConnectedCalls } from './too-many-connected-calls';
import { tooManyCallAttempts } from './too-many-call-attempts';
import { thirdPartyContacted } from './third-party-contacted';
import { collectionDespiteAgreement } from './collection-despite-agreement';
import { flagThreat } from './flag-threat';
import { flagInsult } from './flag-insult';
import { flagImpersonation } from './flag-impersonation';
import { flagFalseStatement } from './flag-false-statement';
import { flagExtraFees } from './flag-extra-fees';
import { flagBorrowElsewhere } from './flag-borrow-elsewhere';
import { flagPublicPosting } from './flag-public-posting';
import { flagVisit } from './flag-visit';
import { flagPrivatePhone } from './flag-private-phone';

/** Each contact flag and the rule it maps to ("third-party" has its own rule). */
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

/** Every rule, in the order the findings view lists them. A new rule file adds one line. */
export const RULES: readonly RuleData[] = [
  collectionDespiteAgreement,
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
];

export function ruleById(id: string): RuleData | undefined {
  return RULES.find((r) => r.id === id);
}

export { nightContact, tooManyConnectedCalls, tooManyCallAttempts, thirdPartyContacted, collectionDespiteAgreement };
