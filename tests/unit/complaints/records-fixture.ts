import type { Agreement, Complaint, Contact, Lender } from '@/utils/model/records';
import type { Finding } from '@/utils/domain/findings/types';
import type { ComplaintRecords } from '@/utils/domain/complaints/records';
import { contactRecord, exampleLoanAgreement } from '../../fixtures/records/build';

export const T0 = Date.UTC(2026, 9, 1, 2, 0); // 2026-10-01 10:00 in UTC+8
const DAY = 86_400_000;

export function emptyRecords(): ComplaintRecords {
  return { contacts: [], evidence: [], findings: [], priorComplaints: [], profile: { name: '', phone: '', address: '' }, demands: [] };
}

export const lender: Lender = { id: 'L1', name: '示例消费金融', kind: 'consumer-finance', createdAt: T0, updatedAt: T0 };

export const agreement: Agreement = exampleLoanAgreement({ createdAt: T0, updatedAt: T0 });

/** Contacts with summaries of two sentences, so shortening to the first sentence is possible. */
export function contacts(n: number): Contact[] {
  return Array.from({ length: n }, (_, i) =>
    contactRecord({
      id: `C${i}`,
      at: T0 + i * DAY,
      lenderId: 'L1',
      agreementId: 'A1',
      channel: i % 2 ? 'sms' : 'call',
      person: { name: `催收员${i}`, staffId: `${100 + i}`, phone: '', agency: '某某催收', party: 'agency' },
      summary: `Demanded payment ${i}. Said my employer would be told.`,
      thirdParties: i === 3 ? 'mother' : '',
      createdAt: T0,
      updatedAt: T0,
    }),
  );
}

export const finding: Finding = {
  ruleId: 'collection-despite-agreement',
  id: 'F1',
  contactIds: ['C0'],
  agreementId: 'A1',
  lenderId: 'L1',
  explanation: { 'zh-CN': '达成协议后仍被催收', 'zh-TW': '達成協議後仍被催收', en: 'Collection continued after the agreement' },
  basis: [
    {
      citation: { 'zh-CN': 'GB/T 45251—2025', 'zh-TW': 'GB/T 45251—2025', en: 'GB/T 45251-2025' },
      confidence: 'reported',
      verifiedOn: '2026-11-01',
      reportedOn: '2025-03',
    },
  ],
  severity: 'high',
  channels: ['nfra'],
  firstAt: T0,
  lastAt: T0,
};

export function lenderComplaint(referenceNo: string): Complaint {
  return {
    id: 'P1',
    channelId: 'lender',
    lenderId: 'L1',
    url: '',
    createdAt: T0,
    referenceNo,
    status: 'submitted',
    sections: {},
    contactIds: [],
    notes: '',
    updatedAt: T0,
  };
}

export function fullRecords(contactCount = 10): ComplaintRecords {
  return {
    lender,
    agreement,
    contacts: contacts(contactCount),
    evidence: [1, 2, 3].map((i) => ({ id: `E${i}`, name: `screenshot-${i}.png`, sha256: String(i).repeat(64), capturedAt: T0 + i * DAY })),
    findings: [finding],
    priorComplaints: [lenderComplaint('KF-001')],
    profile: { name: '李明', phone: '13800000000', address: '某市某路1号' },
    demands: ['stop-collection', 'honour-agreement', 'apology'],
  };
}
