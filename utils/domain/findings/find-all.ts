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
 * override, else the user's (input.jurisdiction, default 'CN'). A finding
 * keeps only channels of the jurisdiction it was found under.
 */
export function findAll(input: FindingsInput): Finding[] {
  const user: Jurisdiction = input.jurisdiction ?? 'CN';
  const clocks = wallClocks(input.contacts);
  const override = new Map<string, Jurisdiction>();
  for (const a of input.agreements) if (a.jurisdiction) override.set(a.id, a.jurisdiction);
  const juris = input.contacts.map((c) => (c.agreementId && override.get(c.agreementId)) || user);
  const kinds = new Map(input.lenders.map((l) => [l.id, l.kind]));
  const agreementJuris = (id: string | undefined) => (id && override.get(id)) || user;
  const keepChannels = (f: Finding, j: Jurisdiction): Finding => ({ ...f, channels: f.channels.filter((id) => channelJurisdiction(id) === j) });
  const byId = new Map(input.contacts.map((c, i) => [c.id, i]));
  const out = [
    ...detectCollectionDespiteAgreement(input.contacts, input, clocks).map((f) => keepChannels(f, agreementJuris(f.agreementId))),
    ...detectPerContact(input.contacts, clocks, { jurisdictionOf: (i) => juris[i]!, lenderKind: (id) => (id ? kinds.get(id) : undefined) }).map((f) =>
      keepChannels(f, juris[byId.get(f.contactIds[0]!)!]!),
    ),
    ...(RULEBOOKS.CN.callCounts && juris.some((j) => j === 'CN') ? detectCallCounts(input.contacts, clocks, (i) => RULEBOOKS[juris[i]!].callCounts) : []),
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
