import type { Contact } from '../../model/records';
import type { RuleData } from './rule-data';
import type { Finding, LegalBasis, Localized, Severity } from './types';

/** Builds a finding from a rule's data and the contacts behind it (sorted by time). */
export function makeFinding(
  rule: RuleData,
  key: string,
  contacts: readonly Contact[],
  explanation: Localized,
  extra: { agreementId?: string; basis?: LegalBasis[]; severity?: Severity } = {},
): Finding {
  let firstAt = Infinity;
  let lastAt = -Infinity;
  for (const c of contacts) {
    if (c.at < firstAt) firstAt = c.at;
    if (c.at > lastAt) lastAt = c.at;
  }
  const lenderId = contacts.find((c) => c.lenderId)?.lenderId;
  return {
    ruleId: rule.id,
    id: `${rule.id}:${key}`,
    contactIds: contacts.map((c) => c.id),
    ...(extra.agreementId ? { agreementId: extra.agreementId } : {}),
    ...(lenderId ? { lenderId } : {}),
    explanation,
    basis: extra.basis ?? rule.basis,
    severity: extra.severity ?? rule.severity,
    channels: [...rule.channels],
    firstAt,
    lastAt,
    title: rule.title,
  };
}
