import { describe, expect, it } from 'vitest';
import { defaultSelection, selectRecords, type RecordPool } from '@/utils/domain/complaints/select';
import { agreement, contacts, finding, lender, lenderComplaint, T0 } from './records-fixture';

/** The same finding, naming no agreement. */
const withoutAgreement = <T extends { agreementId?: string }>({ agreementId: _a, ...rest }: T) => rest;

const DAY = 86_400_000;
function pool(): RecordPool {
  const cs = contacts(3);
  // One contact before the agreement and for another lender: not part of this complaint.
  const before = { ...cs[0]!, id: 'OLD', at: Date.UTC(2026, 8, 1), agreementId: undefined };
  const other = { ...cs[1]!, id: 'OTHER', lenderId: 'L2', agreementId: undefined };
  return {
    lenders: [lender],
    agreements: [agreement],
    contacts: [...cs, before, other],
    evidence: [
      { id: 'E1', name: 'a.png', sha256: 'a'.repeat(64), capturedAt: T0 + DAY, ownerId: 'C1' },
      { id: 'E2', name: 'b.png', sha256: 'b'.repeat(64), capturedAt: T0, ownerId: 'OTHER' },
    ],
    complaints: [lenderComplaint('KF')],
    findings: [finding, { ...withoutAgreement(finding), id: 'F2', contactIds: ['OTHER'] }],
    profile: { name: 'x', phone: 'y', address: '' },
  };
}

describe('choosing the records of one complaint', () => {
  it('starts with the newest agreement in force and its demands', () => {
    expect(defaultSelection(pool())).toEqual({ lenderId: 'L1', agreementId: 'A1', demands: ['stop-collection', 'honour-agreement'] });
    expect(defaultSelection({ agreements: [{ ...agreement, status: 'completed' }] })).toEqual({
      lenderId: '',
      agreementId: '',
      demands: ['stop-collection'],
    });
  });

  it("starts with the user's own agreement, even when a sample one is newer", () => {
    const sample = { ...agreement, id: 'sample-agreement-1', lenderId: 'sample-lender-1', negotiatedOn: '2099-01-01' };
    expect(defaultSelection({ agreements: [sample, agreement] }).agreementId).toBe('A1');
    expect(defaultSelection({ agreements: [sample] }).agreementId).toBe('sample-agreement-1');
  });

  it('with an agreement: its contacts since it was agreed, their evidence and findings only', () => {
    const r = selectRecords(pool(), defaultSelection(pool()));
    expect(r.contacts.map((c) => c.id)).toEqual(['C0', 'C1', 'C2']);
    expect(r.evidence.map((e) => e.id)).toEqual(['E1']);
    expect(r.findings.map((f) => f.id)).toEqual(['F1']);
    expect(r.lender?.id).toBe('L1');
  });

  it('without a lender or agreement: everything', () => {
    const r = selectRecords(pool(), { lenderId: '', agreementId: '', demands: [] });
    expect(r.contacts).toHaveLength(5);
    expect(r.agreement).toBeUndefined();
  });
});
