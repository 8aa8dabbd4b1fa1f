import { isSampleId } from './id';

/**
 * Sample data and the user's own records are two worlds that never mix:
 * a real record never points at a sample lender or agreement, a draft is
 * built from one world only, and removing the samples never touches a real
 * record (there is nothing of it to touch).
 */
export const isReal = (r: { id: string }) => !isSampleId(r.id);

/** What a picker offers a real (new or existing) record: the user's own lenders and agreements only. */
export function pickableFor<T extends { id: string }>(recordId: string | undefined, options: readonly T[]): T[] {
  return isSampleId(recordId) ? [...options] : options.filter(isReal);
}

/** The field of a real record that links to a sample record, if any (the repositories refuse it). */
export function sampleLinkOf(record: {
  id: string;
  lenderId?: string | undefined;
  agreementId?: string | undefined;
}): 'lenderId' | 'agreementId' | undefined {
  if (isSampleId(record.id)) return undefined;
  if (isSampleId(record.lenderId)) return 'lenderId';
  if (isSampleId(record.agreementId)) return 'agreementId';
  return undefined;
}

interface Pool {
  lenders: readonly { id: string }[];
  agreements: readonly { id: string }[];
  contacts: readonly { id: string }[];
  evidence: readonly { id: string; ownerId?: string | undefined }[];
  complaints: readonly { id: string }[];
  findings: readonly { contactIds: readonly string[]; agreementId?: string | undefined }[];
}

/**
 * The records a complaint draft may draw on: the samples when the user is
 * exploring a sample agreement or lender, otherwise the user's own records
 * only, so a real complaint never carries 【示例】 text.
 */
export function sameWorld<P extends Pool>(pool: P, anchorId: string | undefined): P {
  const sample = isSampleId(anchorId);
  const keep = (id: string | undefined) => id !== undefined && isSampleId(id) === sample;
  return {
    ...pool,
    lenders: pool.lenders.filter((r) => keep(r.id)),
    agreements: pool.agreements.filter((r) => keep(r.id)),
    contacts: pool.contacts.filter((r) => keep(r.id)),
    evidence: pool.evidence.filter((e) => e.ownerId === undefined || keep(e.ownerId)),
    complaints: pool.complaints.filter((r) => keep(r.id)),
    findings: pool.findings.filter((f) => f.contactIds.every((id) => keep(id)) && (f.agreementId === undefined || keep(f.agreementId))),
  };
}
