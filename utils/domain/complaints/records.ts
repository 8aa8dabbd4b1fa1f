import type { Agreement, Complaint, Contact, Demand, Lender } from '../../model/records';
import type { Finding } from '../findings/types';

/** Evidence without its Blob: what a draft and a checklist need to know. */
export interface EvidenceMeta {
  id: string;
  name: string;
  sha256: string;
  capturedAt: number;
  /** The contact or agreement it belongs to, so a draft lists only the evidence of what it cites. */
  ownerId?: string;
}

/** The user's own details for identity fields; kept on this device only. */
export interface Profile {
  name: string;
  phone: string;
  address: string;
}

/**
 * Everything the checklist and the drafts read, as plain data. The panel gets
 * it from the background in one call; tests build it by hand.
 */
export interface ComplaintRecords {
  lender?: Lender;
  agreement?: Agreement;
  /** Contacts chosen for this complaint, any order (drafts sort them). */
  contacts: Contact[];
  evidence: EvidenceMeta[];
  findings: Finding[];
  /** Earlier complaints about the same lender (to see whether the lender was asked first). */
  priorComplaints: Complaint[];
  profile: Profile;
  demands: Demand[];
}
