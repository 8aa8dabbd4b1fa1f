import type { Contact } from '../../model/records';
import { detectCollectionDespiteAgreement, type AgreementData } from './detect-agreement';
import { detectCallCounts } from './detect-call-counts';
import { detectPerContact } from './detect-per-contact';
import { RULES } from './rules';
import { wallClocks } from '../time/wall-clock';
import type { Finding } from './types';

export interface FindingsInput extends AgreementData {
  contacts: readonly Contact[];
}

const ORDER = new Map(RULES.map((r, i) => [r.id, i]));

/**
 * Every finding over the whole log, in registry order then by time. Each
 * detector is one pass over the contacts (plus sorting within a day), sharing
 * one wall-clock table, so ten thousand contacts stay within the 100 ms budget.
 */
export function findAll(input: FindingsInput): Finding[] {
  // One wall clock per contact, shared by the three detectors.
  const clocks = wallClocks(input.contacts);
  const out = [
    ...detectCollectionDespiteAgreement(input.contacts, input, clocks),
    ...detectPerContact(input.contacts, clocks),
    ...detectCallCounts(input.contacts, clocks),
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
