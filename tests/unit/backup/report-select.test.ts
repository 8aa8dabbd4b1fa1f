import { describe, expect, it } from 'vitest';
import { scopeFromQuery, selectReport, type ReportInput } from '@/utils/domain/report/select';
import type { Agreement, Contact, Installment, Lender } from '@/utils/model/records';
import type { Finding } from '@/utils/domain/findings/types';
import { loadFixture } from '../db/migration-harness';

const fx = loadFixture('v1.json').data;
const base = {
  lenders: fx.lenders as unknown as Lender[],
  agreements: fx.agreements as unknown as Agreement[],
  installments: fx.installments as unknown as Installment[],
};
const c1 = (fx.contacts as unknown as Contact[])[0]!;
const other: Contact = { ...c1, id: 'c2', lenderId: 'l2', agreementId: undefined as never, at: c1.at + 86_400_000 * 40 };
delete (other as Partial<Contact>).agreementId;
const finding = (id: string, contactIds: string[]): Finding => ({
  ruleId: 'r',
  id,
  contactIds,
  explanation: { 'zh-CN': 'x', 'zh-TW': 'x', en: 'x' },
  basis: [],
  severity: 'high',
  channels: [],
  firstAt: 0,
  lastAt: 0,
});
const input: ReportInput = {
  ...base,
  contacts: [other, c1],
  evidence: [
    {
      id: 'e1',
      ownerType: 'contact',
      ownerId: 'c1',
      name: 'a.png',
      mime: 'image/png',
      size: 3,
      sha256: 'a'.repeat(64),
      capturedAt: c1.at,
      createdAt: c1.at,
    },
    { id: 'e2', name: 'loose.png', mime: 'image/png', size: 3, sha256: 'b'.repeat(64), capturedAt: other.at, createdAt: other.at },
  ],
  findings: [finding('f1', ['c1']), finding('f2', ['c2'])],
};

describe('report selection', () => {
  it('reads the scope from the query', () => {
    expect(scopeFromQuery(new URLSearchParams('agreement=a1'))).toEqual({ kind: 'agreement', id: 'a1' });
    expect(scopeFromQuery(new URLSearchParams('lender=l2'))).toEqual({ kind: 'lender', id: 'l2' });
    expect(scopeFromQuery(new URLSearchParams('from=2026-03-01'))).toEqual({ kind: 'range', from: '2026-03-01', to: '2199-12-31' });
    expect(scopeFromQuery(new URLSearchParams(''))).toEqual({ kind: 'all' });
  });

  it('one agreement: its instalments with plan status, its contacts, findings and evidence', () => {
    const m = selectReport(input, { kind: 'agreement', id: 'a1' }, '2026-06-01');
    expect(m.agreements.map((a) => a.agreement.id)).toEqual(['a1']);
    expect(m.agreements[0]!.status.overdue.map((i) => i.id)).toEqual(['i2']);
    expect(m.contacts.map((c) => c.id)).toEqual(['c1']);
    expect(m.findings.map((f) => f.id)).toEqual(['f1']);
    expect(m.evidence.map((e) => e.id)).toEqual(['e1']);
  });

  it('one lender, and a period by the contact’s own calendar day', () => {
    expect(selectReport(input, { kind: 'lender', id: 'l2' }, '2026-06-01').contacts.map((c) => c.id)).toEqual(['c2']);
    const day = new Date(other.at + 480 * 60_000).toISOString().slice(0, 10);
    const m = selectReport(input, { kind: 'range', from: day, to: day }, '2026-06-01');
    expect(m.contacts.map((c) => c.id)).toEqual(['c2']);
    expect(m.evidence.map((e) => e.id)).toEqual(['e2']);
    expect(m.agreements).toEqual([]);
  });

  it('everything, as a chronology', () => {
    const m = selectReport(input, { kind: 'all' }, '2026-06-01');
    expect(m.contacts.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(m.evidence).toHaveLength(2);
  });
});

describe('a report shows one world', () => {
  const sampleLender = { ...base.lenders[0]!, id: 'sample-lender-1' };
  const sampleAgreement = { ...base.agreements[0]!, id: 'sample-agreement-1', lenderId: 'sample-lender-1' };
  const sampleContact: Contact = { ...c1, id: 'sample-contact-1', lenderId: 'sample-lender-1', agreementId: 'sample-agreement-1' };
  const mixed: ReportInput = {
    ...input,
    lenders: [...input.lenders, sampleLender],
    agreements: [...input.agreements, sampleAgreement],
    contacts: [...input.contacts, sampleContact],
    evidence: [...input.evidence, { ...input.evidence[1]!, id: 'sample-evidence-1' }],
    findings: [...input.findings, finding('sample-f', ['sample-contact-1'])],
  };

  it("everything and a period: only the user's own records, never a sample row", () => {
    for (const scope of [{ kind: 'all' } as const, { kind: 'range', from: '2000-01-01', to: '2199-12-31' } as const]) {
      const m = selectReport(mixed, scope, '2026-06-01');
      expect(m.sample).toBe(false);
      const ids = [
        ...m.contacts.map((c) => c.id),
        ...m.agreements.map((a) => a.agreement.id),
        ...m.evidence.map((e) => e.id),
        ...m.findings.flatMap((f) => f.contactIds),
        ...m.lenders.keys(),
      ];
      expect(ids.filter((id) => id.startsWith('sample-'))).toEqual([]);
      expect(m.contacts.length).toBeGreaterThan(0);
    }
  });

  it("a sample agreement: the samples only, marked as such; with no records of one's own, the samples", () => {
    const m = selectReport(mixed, { kind: 'agreement', id: 'sample-agreement-1' }, '2026-06-01');
    expect(m.sample).toBe(true);
    expect(m.contacts.map((c) => c.id)).toEqual(['sample-contact-1']);
    const onlySamples: ReportInput = {
      lenders: [sampleLender],
      agreements: [sampleAgreement],
      installments: [],
      contacts: [sampleContact],
      evidence: [],
      findings: [],
    };
    expect(selectReport(onlySamples, { kind: 'all' }, '2026-06-01')).toMatchObject({ sample: true, contacts: [sampleContact] });
  });
});
