import { wallDate } from '../time/wall-clock';
import { isAfterAgreement } from '../plan/after-agreement';
import type { Agreement, Complaint, Contact, Lender } from '../../model/records';
import type { Finding } from '../findings/types';
import type { Demand } from '../../model/records';
import type { ComplaintRecords, EvidenceMeta, Profile } from './records';
import { isReal, sameWorld } from '../sample/separate';

export interface RecordPool {
  lenders: Lender[];
  agreements: Agreement[];
  contacts: Contact[];
  evidence: EvidenceMeta[];
  complaints: Complaint[];
  findings: Finding[];
  profile: Profile;
}

export interface Selection {
  lenderId: string;
  agreementId: string;
  demands: Demand[];
}

/** A sensible start: the newest agreement still in force, its lender, and the demands it implies. */
export function defaultSelection(pool: {
  agreements: readonly Pick<Agreement, 'id' | 'lenderId' | 'status' | 'negotiatedOn'>[];
}): Selection {
  // The user's own agreements come before sample ones, however new the samples are.
  const live = [...pool.agreements]
    .filter((a) => a.status === 'active' || a.status === 'broken-by-lender')
    .sort((a, b) => Number(isReal(b)) - Number(isReal(a)) || b.negotiatedOn.localeCompare(a.negotiatedOn))[0];
  return {
    lenderId: live?.lenderId ?? '',
    agreementId: live?.id ?? '',
    demands: live ? ['stop-collection', 'honour-agreement'] : ['stop-collection'],
  };
}

/**
 * The records one complaint is about: with an agreement, the contacts linked
 * to it or made by its lender since it was agreed (the "collection after the
 * agreement" story); otherwise the lender's contacts. Evidence and findings
 * follow the chosen contacts.
 */
export function selectRecords(all: RecordPool, sel: Selection): ComplaintRecords {
  // Never sample and real records in one draft: the chosen agreement or lender decides which.
  const pool = sameWorld(all, sel.agreementId || sel.lenderId);
  const agreement = pool.agreements.find((a) => a.id === sel.agreementId);
  const lenderId = agreement?.lenderId ?? sel.lenderId;
  const lender = pool.lenders.find((l) => l.id === lenderId);
  const contacts = pool.contacts.filter((c) => {
    if (agreement) {
      const day = wallDate(c);
      return c.agreementId === agreement.id || (c.lenderId === agreement.lenderId && isAfterAgreement(day, agreement));
    }
    return !lenderId || c.lenderId === lenderId;
  });
  const ids = new Set(contacts.map((c) => c.id));
  const owners = new Set([...ids, ...(agreement ? [agreement.id] : [])]);
  return {
    ...(lender ? { lender } : {}),
    ...(agreement ? { agreement } : {}),
    contacts,
    evidence: pool.evidence.filter((e) => e.ownerId !== undefined && owners.has(e.ownerId)),
    findings: pool.findings.filter((f) => f.contactIds.some((id) => ids.has(id)) || (agreement && f.agreementId === agreement.id)),
    priorComplaints: pool.complaints.filter((c) => !lenderId || c.lenderId === lenderId),
    profile: pool.profile,
    demands: sel.demands,
  };
}
