import { isAfterAgreement } from '../plan/after-agreement';
import type { Agreement, Contact, Installment, Jurisdiction, Lender } from '../../model/records';
import { onTrackByDate, planMarks } from '../plan/on-track-by-date';
import { datedList, onTrackStretches, type DatedList } from './agreement-stretches';
import { fill } from './fill';
import { wallClock, wallClocks, type WallClock } from '../time/wall-clock';
import { makeFinding } from './make-finding';
import { collectionDespiteAgreement as rule } from './rules/collection-despite-agreement';
import { agreementWorthAsking } from './rules/agreement-worth-asking';
import type { RuleData } from './rule-data';
import { CARD_ART_70 } from './sources';
import type { Finding, LegalBasis, Localized } from './types';

export interface AgreementData {
  agreements: readonly Agreement[];
  installments: readonly Installment[];
  lenders: readonly Lender[];
  /**
   * The user's jurisdiction; an agreement's own `jurisdiction` overrides it.
   * undefined: the user has not said yet, and no rule is assumed (find-all.ts).
   */
  jurisdiction: Jurisdiction | undefined;
}

/** Agreements the lender is still bound by. A lender breaking it is exactly the case to report. */
const BINDING = new Set<Agreement['status']>(['active', 'broken-by-lender']);

const NO_NOTE: Localized = { 'zh-CN': '', 'zh-TW': '', en: '' };

interface Grounds {
  rule: RuleData;
  basis: LegalBasis[];
  note: Localized;
}

/**
 * [CN] a signed bank credit-card plan rests on 第七十条. Any other agreement
 * rests on the lender's own promise recorded by the user (shown as "your
 * record", never as a rule); with no recorded promise there is nothing to
 * cite, so it is only a "worth asking" note (agreementWorthAsking).
 */
function groundsFor(a: Agreement, lender: Lender | undefined, userJurisdiction: Jurisdiction | undefined): Grounds {
  const ref = a.lenderRef.trim() || rule.words!.noRef!;
  const mainlandCard = lender?.kind === 'bank-card' && (a.jurisdiction ?? userJurisdiction) === 'CN';
  if (mainlandCard && a.signed === true) return { rule, basis: [CARD_ART_70], note: rule.words!.cardNote! };
  const own = (citation: Localized): LegalBasis => ({ citation, confidence: 'text', kind: 'own-record', verifiedOn: a.negotiatedOn });
  if (a.promises.stopCollection) {
    return {
      rule,
      basis: [own(fill(rule.words!.promiseCitation!, { date: a.negotiatedOn, ref }))],
      note: fill(rule.words!.promiseNote!, { date: a.negotiatedOn }),
    };
  }
  const w = agreementWorthAsking.words!;
  return {
    rule: agreementWorthAsking,
    basis: [own(fill(w.agreementCitation!, { date: a.negotiatedOn, ref }))],
    note: mainlandCard ? w.oralCard! : NO_NOTE,
  };
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
  for (const [lenderId, list] of unlinked)
    sortedByLender.set(
      lenderId,
      datedList(list, dateOf, (i) => contacts[i]!.at),
    );

  const hits: { a: Agreement; order: number; first: number; idx: number[] }[] = [];
  let order = 0;
  for (const a of byId.values()) {
    const plan = plans.get(a.id) ?? [];
    const marks = planMarks(plan);
    // planStatus once per place among the plan's own dates, not once per contact date (see docs/PERFORMANCE.md).
    const fn = onTrackByDate(plan, marks);
    const idx: number[] = [];
    const lenderList = sortedByLender.get(a.lenderId);
    if (lenderList) onTrackStretches(lenderList, a.negotiatedOn, marks, fn, idx);
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
    const g = groundsFor(a, lenders.get(a.lenderId), data.jurisdiction);
    const ref = a.lenderRef.trim() || rule.words!.noRef!;
    const first = wallClock(list[0]!).date;
    const last = wallClock(list[list.length - 1]!).date;
    const explanation = fill(g.rule.explain, {
      date: a.negotiatedOn,
      ref,
      count: list.length,
      first,
      last,
      basisNote: g.note,
      cardHint: g.note,
    });
    const f = makeFinding(g.rule, agreementId, list, explanation, { agreementId, basis: g.basis });
    out.push({ ...f, lenderId: a.lenderId });
  }
  return out;
}
