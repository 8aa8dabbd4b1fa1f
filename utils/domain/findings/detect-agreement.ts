import { isAfterAgreement } from '../plan/after-agreement';
import type { Agreement, Contact, Installment, Lender } from '../../model/records';
import { onTrackByDate } from '../plan/on-track-by-date';
import { datedList, onTrackStretches, planMarks, type DatedList } from './agreement-stretches';
import { fill } from './fill';
import { wallClock, wallClocks, type WallClock } from '../time/wall-clock';
import { makeFinding } from './make-finding';
import { AGREEMENT_GUIDELINE_BASIS, collectionDespiteAgreement as rule } from './rules/collection-despite-agreement';
import { VERIFIED_ON } from './sources';
import type { Finding, LegalBasis, Severity } from './types';

export interface AgreementData {
  agreements: readonly Agreement[];
  installments: readonly Installment[];
  lenders: readonly Lender[];
}

/** Agreements the lender is still bound by. A lender breaking it is exactly the case to report. */
const BINDING = new Set<Agreement['status']>(['active', 'broken-by-lender']);

type Note = 'cardNote' | 'promiseNote' | 'noPromiseNote';

/**
 * Credit cards rest on 第七十条. Other lenders rest on the user's own record of
 * the agreement (shown as "your record", never as checked text) and the
 * reported guideline; without a recorded promise to stop collection there is
 * no promise to cite, only the agreement, and the finding is weaker (medium).
 */
function basisFor(a: Agreement, lender: Lender | undefined): { basis: LegalBasis[]; note: Note; severity: Severity } {
  if (lender?.kind === 'bank-card') return { basis: rule.basis, note: 'cardNote', severity: rule.severity };
  const ref = a.lenderRef.trim() || rule.words!.noRef!;
  const promised = a.promises.stopCollection;
  const own: LegalBasis = {
    citation: fill(rule.words![promised ? 'promiseCitation' : 'agreementCitation']!, { date: a.negotiatedOn, ref }),
    confidence: 'text',
    kind: 'own-record',
    verifiedOn: a.negotiatedOn > VERIFIED_ON ? a.negotiatedOn : VERIFIED_ON,
  };
  return promised
    ? { basis: [own, AGREEMENT_GUIDELINE_BASIS], note: 'promiseNote', severity: rule.severity }
    : { basis: [own, AGREEMENT_GUIDELINE_BASIS], note: 'noPromiseNote', severity: 'medium' };
}

/**
 * Incoming contacts after the day an agreement was made, while the agreement
 * binds the lender and the borrower is on track *on the contact's date*.
 * The agreement has a date but no time, so a contact on the negotiation day
 * itself (often the negotiation call) does not count.
 */
export function detectCollectionDespiteAgreement(
  contacts: readonly Contact[],
  data: AgreementData,
  clocks: readonly WallClock[] = wallClocks(contacts),
): Finding[] {
  const byId = new Map<string, Agreement>();
  for (const a of data.agreements) if (BINDING.has(a.status)) byId.set(a.id, a);
  if (byId.size === 0) return [];
  const plans = new Map<string, Installment[]>();
  for (const i of data.installments) {
    if (!byId.has(i.agreementId)) continue;
    const list = plans.get(i.agreementId) ?? [];
    list.push(i);
    plans.set(i.agreementId, list);
  }
  // planStatus once per place among each plan's own dates, not once per contact date (see docs/PERFORMANCE.md).
  const onTrack = (a: Agreement) => onTrackByDate(plans.get(a.id) ?? []);

  // Incoming contacts once: those linked to a binding agreement count for it
  // alone; unlinked ones count for every binding agreement of their lender.
  const unlinked = new Map<string, number[]>();
  const linked = new Map<string, number[]>();
  for (let i = 0; i < contacts.length; i++) {
    const c = contacts[i]!;
    if (c.direction !== 'incoming') continue;
    const key = c.agreementId ? (byId.has(c.agreementId) ? c.agreementId : undefined) : c.lenderId;
    if (key === undefined) continue;
    const into = c.agreementId ? linked : unlinked;
    const list = into.get(key) ?? [];
    list.push(i);
    into.set(key, list);
  }
  const dateOf = (i: number) => clocks[i]!.date;
  const sortedByLender = new Map<string, DatedList>();
  for (const [lenderId, list] of unlinked) sortedByLender.set(lenderId, datedList(list, dateOf, (i) => contacts[i]!.at));

  const hits: { a: Agreement; order: number; first: number; idx: number[] }[] = [];
  let order = 0;
  for (const a of byId.values()) {
    const fn = onTrack(a);
    const idx: number[] = [];
    const lenderList = sortedByLender.get(a.lenderId);
    if (lenderList) onTrackStretches(lenderList, a.negotiatedOn, planMarks(plans.get(a.id) ?? []), fn, idx);
    for (const i of linked.get(a.id) ?? []) if (isAfterAgreement(dateOf(i), a) && fn(dateOf(i))) idx.push(i);
    if (idx.length === 0) continue;
    let first = idx[0]!;
    for (const i of idx) if (i < first) first = i;
    hits.push({ a, order: order++, first, idx: idx.sort((x, y) => contacts[x]!.at - contacts[y]!.at || x - y) });
  }
  // The order a contact-by-contact pass would meet them in: by first contact, then agreement order.
  hits.sort((x, y) => x.first - y.first || x.order - y.order);

  const lenders = new Map(data.lenders.map((l) => [l.id, l]));
  const out: Finding[] = [];
  for (const { a, idx } of hits) {
    const agreementId = a.id;
    const list = idx.map((i) => contacts[i]!);
    const { basis, note, severity } = basisFor(a, lenders.get(a.lenderId));
    const explanation = fill(rule.explain, {
      date: a.negotiatedOn,
      ref: a.lenderRef.trim() || rule.words!.noRef!,
      count: list.length,
      first: wallClock(list[0]!).date,
      last: wallClock(list[list.length - 1]!).date,
      basisNote: rule.words![note]!,
    });
    const f = makeFinding(rule, agreementId, list, explanation, { agreementId, basis, severity });
    out.push({ ...f, lenderId: a.lenderId });
  }
  return out;
}
