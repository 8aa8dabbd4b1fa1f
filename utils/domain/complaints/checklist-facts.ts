import type { ComplaintRecords } from './records';
import { isLenderChannel } from './escalation';

/**
 * What the checklist needs to know, and nothing more: counts and yes/no
 * answers, never a contact's text or the profile itself. The complaint panel
 * receives only these until the user opens the drafts (staged loading: a
 * complaint site's tab holds as little of the user's records as it can).
 */
export interface ChecklistFacts {
  agreement: boolean;
  /** The lender's own complaint about this lender: absent when there is none; its reference number ('' when none was noted). */
  lenderComplaintRef?: string;
  contacts: number;
  findings: number;
  evidence: number;
  demands: number;
  /** Which of the profile's details are filled in. */
  profile: { name: boolean; phone: boolean; address: boolean };
}

/** The lender's own complaint for this lender, best first: one with a reference number wins. */
function lenderComplaint(r: ComplaintRecords) {
  // A draft recorded on the lender's page was not sent yet: it does not count as having asked the lender first.
  const own = r.priorComplaints.filter(
    (c) => c.status !== 'draft' && isLenderChannel(c.channelId) && (!r.lender || c.lenderId === undefined || c.lenderId === r.lender.id),
  );
  return own.find((c) => c.referenceNo.trim()) ?? own[0];
}

export function checklistFacts(r: ComplaintRecords): ChecklistFacts {
  const prior = lenderComplaint(r);
  return {
    agreement: r.agreement !== undefined,
    ...(prior ? { lenderComplaintRef: prior.referenceNo.trim() } : {}),
    contacts: r.contacts.length,
    findings: r.findings.length,
    evidence: r.evidence.length,
    demands: r.demands.length,
    profile: { name: r.profile.name.trim() !== '', phone: r.profile.phone.trim() !== '', address: r.profile.address.trim() !== '' },
  };
}
