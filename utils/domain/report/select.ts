import { wallDate } from '../time/wall-clock';
import type { Agreement, Contact, Evidence, Installment, Lender } from '../../model/records';
import type { Finding } from '../findings/types';
import { planStatus, type PlanStatus } from '../plan/plan-status';
import { isSampleId } from '../sample/id';

/** What a report covers: one agreement, one lender, a period (ISO dates, inclusive) or everything. */
export type ReportScope =
  { kind: 'all' } | { kind: 'agreement'; id: string } | { kind: 'lender'; id: string } | { kind: 'range'; from: string; to: string };

export type EvidenceInfo = Omit<Evidence, 'blob'>;

export interface ReportInput {
  lenders: readonly Lender[];
  agreements: readonly Agreement[];
  installments: readonly Installment[];
  contacts: readonly Contact[];
  evidence: readonly EvidenceInfo[];
  findings: readonly Finding[];
}

export interface ReportModel {
  agreements: Array<{ agreement: Agreement; lender?: Lender; installments: Installment[]; status: PlanStatus }>;
  contacts: Contact[];
  findings: Finding[];
  evidence: EvidenceInfo[];
  lenders: Map<string, Lender>;
  /** The report shows the sample data (the user chose a sample agreement or lender, or has no records of their own). */
  sample: boolean;
}

/**
 * A report shows one world: the sample data when it is about a sample
 * agreement or lender (or the user has nothing else yet), otherwise only the
 * user's own records, so a report given to a regulator never carries 【示例】 rows.
 */
function worldOf(input: ReportInput, scope: ReportScope): ReportInput & { sample: boolean } {
  const hasOwn = input.agreements.some((a) => !isSampleId(a.id)) || input.contacts.some((c) => !isSampleId(c.id));
  const sample =
    scope.kind === 'agreement' || scope.kind === 'lender'
      ? isSampleId(scope.id)
      : !hasOwn && input.contacts.length + input.agreements.length > 0;
  const keep = (id: string | undefined) => id === undefined || isSampleId(id) === sample;
  return {
    sample,
    lenders: input.lenders.filter((l) => keep(l.id)),
    agreements: input.agreements.filter((a) => keep(a.id)),
    installments: input.installments.filter((i) => keep(i.agreementId)),
    contacts: input.contacts.filter((c) => keep(c.id)),
    evidence: input.evidence.filter((e) => keep(e.id) && keep(e.ownerId)),
    findings: input.findings.filter((f) => f.contactIds.every((id) => keep(id)) && keep(f.agreementId)),
  };
}

/** A contact's calendar date where it happened (its own UTC offset), for period filters. */
export function contactDay(c: Pick<Contact, 'at' | 'tzOffsetMin'>): string {
  return wallDate(c);
}

/** Reads scope from the page's query: ?agreement=… | ?lender=… | ?from=…&to=… */
export function scopeFromQuery(q: URLSearchParams): ReportScope {
  const agreement = q.get('agreement');
  const lender = q.get('lender');
  const from = q.get('from');
  const to = q.get('to');
  if (agreement) return { kind: 'agreement', id: agreement };
  if (lender) return { kind: 'lender', id: lender };
  if (from || to) return { kind: 'range', from: from ?? '2000-01-01', to: to ?? '2199-12-31' };
  return { kind: 'all' };
}

/**
 * Picks what belongs in a report. Contacts belong to an agreement when linked
 * to it, or to its lender without a link to another agreement; evidence when
 * attached to a chosen contact, agreement or instalment (or, for a period,
 * captured in it); findings when they name a chosen contact or agreement.
 * Contacts come oldest first: a chronology.
 */
export function selectReport(all: ReportInput, scope: ReportScope, today: string): ReportModel {
  const input = worldOf(all, scope);
  const lenders = new Map(input.lenders.map((l) => [l.id, l]));
  let agreements = [...input.agreements];
  let contacts = [...input.contacts];
  if (scope.kind === 'agreement') {
    agreements = agreements.filter((a) => a.id === scope.id);
    const lenderId = agreements[0]?.lenderId;
    contacts = contacts.filter((c) => c.agreementId === scope.id || (!c.agreementId && lenderId !== undefined && c.lenderId === lenderId));
  } else if (scope.kind === 'lender') {
    agreements = agreements.filter((a) => a.lenderId === scope.id);
    const ids = new Set(agreements.map((a) => a.id));
    contacts = contacts.filter((c) => c.lenderId === scope.id || (c.agreementId !== undefined && ids.has(c.agreementId)));
  } else if (scope.kind === 'range') {
    contacts = contacts.filter((c) => contactDay(c) >= scope.from && contactDay(c) <= scope.to);
    const linked = new Set(contacts.map((c) => c.agreementId));
    agreements = agreements.filter((a) => linked.has(a.id) || (a.negotiatedOn >= scope.from && a.negotiatedOn <= scope.to));
  }
  contacts.sort((a, b) => a.at - b.at);
  const agreementIds = new Set(agreements.map((a) => a.id));
  const contactIds = new Set(contacts.map((c) => c.id));
  const installments = input.installments.filter((i) => agreementIds.has(i.agreementId));
  const installmentIds = new Set(installments.map((i) => i.id));
  const owners: Record<string, Set<string>> = { contact: contactIds, agreement: agreementIds, installment: installmentIds };
  const evidence = input.evidence
    .filter((e) => {
      if (e.ownerType && e.ownerId && owners[e.ownerType]?.has(e.ownerId)) return true;
      if (scope.kind === 'all') return true;
      if (scope.kind !== 'range') return false;
      const day = new Date(e.capturedAt).toISOString().slice(0, 10);
      return day >= scope.from && day <= scope.to;
    })
    .sort((a, b) => a.capturedAt - b.capturedAt);
  const findings = input.findings.filter(
    (f) => (f.agreementId !== undefined && agreementIds.has(f.agreementId)) || f.contactIds.some((id) => contactIds.has(id)),
  );
  return {
    agreements: agreements.map((agreement) => {
      const own = installments.filter((i) => i.agreementId === agreement.id).sort((a, b) => a.seq - b.seq);
      const lender = lenders.get(agreement.lenderId);
      return { agreement, ...(lender ? { lender } : {}), installments: own, status: planStatus(own, today) };
    }),
    contacts,
    findings,
    evidence,
    lenders,
    sample: input.sample,
  };
}
