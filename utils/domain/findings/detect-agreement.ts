import type { Agreement, Contact, Installment, Lender } from '../../db/records';
import { onTrackByDate } from '../plan/on-track-by-date';
import { fill } from './fill';
import { wallClock } from './local-time';
import { makeFinding } from './make-finding';
import { AGREEMENT_GUIDELINE_BASIS, collectionDespiteAgreement as rule } from './rules/collection-despite-agreement';
import { VERIFIED_ON } from './sources';
import type { Finding, LegalBasis } from './types';

export interface AgreementData {
  agreements: readonly Agreement[];
  installments: readonly Installment[];
  lenders: readonly Lender[];
}

/** Agreements the lender is still bound by. A lender breaking it is exactly the case to report. */
const BINDING = new Set<Agreement['status']>(['active', 'broken-by-lender']);

function basisFor(a: Agreement, lender: Lender | undefined): { basis: LegalBasis[]; note: 'cardNote' | 'promiseNote' | 'noPromiseNote' } {
  if (lender?.kind === 'bank-card') return { basis: rule.basis, note: 'cardNote' };
  const ref = a.lenderRef.trim() || rule.words!.noRef!;
  const promise: LegalBasis = {
    citation: fill(rule.words!.promiseCitation!, { date: a.negotiatedOn, ref }),
    // The user's own record of the agreement is the text this rests on.
    confidence: 'text',
    verifiedOn: a.negotiatedOn > VERIFIED_ON ? a.negotiatedOn : VERIFIED_ON,
  };
  return { basis: [promise, AGREEMENT_GUIDELINE_BASIS], note: a.promises.stopCollection ? 'promiseNote' : 'noPromiseNote' };
}

/**
 * Incoming contacts after the day an agreement was made, while the agreement
 * binds the lender and the borrower is on track *on the contact's date*.
 * The agreement has a date but no time, so a contact on the negotiation day
 * itself (often the negotiation call) does not count.
 */
export function detectCollectionDespiteAgreement(contacts: readonly Contact[], data: AgreementData): Finding[] {
  const byLender = new Map<string, Agreement[]>();
  const byId = new Map<string, Agreement>();
  for (const a of data.agreements) {
    if (!BINDING.has(a.status)) continue;
    byId.set(a.id, a);
    const list = byLender.get(a.lenderId) ?? [];
    list.push(a);
    byLender.set(a.lenderId, list);
  }
  if (byId.size === 0) return [];
  const plans = new Map<string, Installment[]>();
  for (const i of data.installments) {
    if (!byId.has(i.agreementId)) continue;
    const list = plans.get(i.agreementId) ?? [];
    list.push(i);
    plans.set(i.agreementId, list);
  }
  // planStatus once per place among each plan's own dates, not once per contact date (see docs/PERFORMANCE.md).
  const onTrackFns = new Map<string, (date: string) => boolean>();
  const onTrack = (a: Agreement, date: string) => {
    let fn = onTrackFns.get(a.id);
    if (!fn) onTrackFns.set(a.id, (fn = onTrackByDate(plans.get(a.id) ?? [])));
    return fn(date);
  };

  const hits = new Map<string, Contact[]>();
  for (const c of contacts) {
    if (c.direction !== 'incoming') continue;
    const linked = c.agreementId ? byId.get(c.agreementId) : undefined;
    const candidates = c.agreementId ? (linked ? [linked] : []) : c.lenderId ? (byLender.get(c.lenderId) ?? []) : [];
    const { date } = wallClock(c);
    for (const a of candidates) {
      if (date <= a.negotiatedOn || !onTrack(a, date)) continue;
      const list = hits.get(a.id) ?? [];
      list.push(c);
      hits.set(a.id, list);
    }
  }

  const lenders = new Map(data.lenders.map((l) => [l.id, l]));
  const out: Finding[] = [];
  for (const [agreementId, list] of hits) {
    const a = byId.get(agreementId)!;
    list.sort((x, y) => x.at - y.at);
    const { basis, note } = basisFor(a, lenders.get(a.lenderId));
    const explanation = fill(rule.explain, {
      date: a.negotiatedOn,
      ref: a.lenderRef.trim() || rule.words!.noRef!,
      count: list.length,
      first: wallClock(list[0]!).date,
      last: wallClock(list[list.length - 1]!).date,
      basisNote: rule.words![note]!,
    });
    const f = makeFinding(rule, agreementId, list, explanation, { agreementId, basis });
    out.push({ ...f, lenderId: a.lenderId });
  }
  return out;
}
