import type { ComplaintRecords } from './records';
import type { OptionSignals } from './suggest-option';

const AGGRESSIVE = new Set([
  'flag-threat',
  'flag-insult',
  'flag-impersonation',
  'flag-public-posting',
  'flag-visit',
  'third-party-contacted',
  'night-contact',
  'flag-false-statement',
]);

/** What the user's records say, for suggesting an option of a complaint-type select or radio group. */
export function optionSignals(r: ComplaintRecords): OptionSignals {
  return {
    collection: r.contacts.length > 0,
    aggressive: r.findings.some((f) => AGGRESSIVE.has(f.ruleId)),
    creditReport: r.demands.includes('correct-credit-report'),
    agreement: r.agreement !== undefined,
  };
}
