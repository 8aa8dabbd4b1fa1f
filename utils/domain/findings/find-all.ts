import type { Contact, Jurisdiction } from '../../model/records';
import { channelJurisdiction } from '../../sites';
import { detectCollectionDespiteAgreement, type AgreementData } from './detect-agreement';
import { detectCallCounts } from './detect-call-counts';
import { detectPerContact } from './detect-per-contact';
import { RULEBOOKS, RULES } from './rules';
import { wallClocks } from '../time/wall-clock';
import type { Finding } from './types';

export interface FindingsInput extends AgreementData {
  contacts: readonly Contact[];
}

const ORDER = new Map(RULES.map((r, i) => [r.id, i]));

/**
 * Every finding over the whole log, in registry order then by time. Each
 * contact is checked by the rulebook of its jurisdiction: its agreement's
 * override, else the user's (input.jurisdiction). Until the user has said
 * where they live (undefined), only contacts and agreements with a
 * jurisdiction of their own are checked: no rulebook is assumed, so no rule
 * is shown as the user's by guess (jurisdictions.md: "if unknown, ask").
 * A finding keeps only channels of the jurisdiction it was found under.
 */
export function findAll(input: FindingsInput): Finding[] {
  const user = input.jurisdiction;
  const override = new Map<string, Jurisdiction>();
  for (const a of input.agreements) if (a.jurisdiction) override.set(a.id, a.jurisdiction);
  const of = (c: Contact) => (c.agreementId && override.get(c.agreementId)) || user;
  const contacts = user ? input.contacts : input.contacts.filter((c) => of(c) !== undefined);
  const agreements = user ? input.agreements : input.agreements.filter((a) => a.jurisdiction);
  const clocks = wallClocks(contacts);
  const juris = contacts.map((c) => of(c)!);
  const kinds = new Map(input.lenders.map((l) => [l.id, l.kind]));
  const agreementJuris = (id: string | undefined) => ((id && override.get(id)) || user)!;
  // The detectors' findings are new objects, so their channels are replaced in place; the filtered
  // list is the same for every finding with the same channels and jurisdiction (thousands of findings,
  // a handful of lists), so it is computed once and each finding gets its own copy.
  const kept = new Map<string, string[]>();
  const keepChannels = (f: Finding, j: Jurisdiction): Finding => {
    const key = `${j}|${f.channels.join(',')}`;
    let list = kept.get(key);
    if (!list) kept.set(key, (list = f.channels.filter((id) => channelJurisdiction(id) === j)));
    f.channels = list.slice();
    return f;
  };
  const byId = new Map<string, number>();
  for (let i = 0; i < contacts.length; i++) byId.set(contacts[i]!.id, i);
  const out = [
    ...detectCollectionDespiteAgreement(contacts, { ...input, agreements }, clocks).map((f) =>
      keepChannels(f, agreementJuris(f.agreementId)),
    ),
    ...detectPerContact(contacts, clocks, { jurisdictionOf: (i) => juris[i]!, lenderKind: (id) => (id ? kinds.get(id) : undefined) }).map(
      (f) => keepChannels(f, juris[byId.get(f.contactIds[0]!)!]!),
    ),
    ...(RULEBOOKS.CN.callCounts && juris.some((j) => j === 'CN')
      ? detectCallCounts(contacts, clocks, (i) => RULEBOOKS[juris[i]!].callCounts)
      : []),
  ];
  return out.sort((a, b) => (ORDER.get(a.ruleId) ?? 99) - (ORDER.get(b.ruleId) ?? 99) || a.firstAt - b.firstAt);
}

export interface FindingGroup {
  ruleId: string;
  findings: Finding[];
  contactIds: string[];
  firstAt: number;
  lastAt: number;
}

/** Groups findings by rule for the findings view: count, first and last date, contacts behind them. */
export function groupByRule(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    let g = groups.get(f.ruleId);
    if (!g) groups.set(f.ruleId, (g = { ruleId: f.ruleId, findings: [], contactIds: [], firstAt: f.firstAt, lastAt: f.lastAt }));
    g.findings.push(f);
    g.firstAt = Math.min(g.firstAt, f.firstAt);
    g.lastAt = Math.max(g.lastAt, f.lastAt);
  }
  for (const g of groups.values()) g.contactIds = [...new Set(g.findings.flatMap((f) => f.contactIds))];
  return [...groups.values()].sort((a, b) => (ORDER.get(a.ruleId) ?? 99) - (ORDER.get(b.ruleId) ?? 99));
}
