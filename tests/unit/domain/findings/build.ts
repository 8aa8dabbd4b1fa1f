import type { Agreement, Contact, Installment, Lender } from '@/utils/model/records';

let n = 0;
const T0 = Date.UTC(2026, 0, 1);

/** Epoch ms for a Beijing wall-clock time (UTC+8), the offset the contacts below record. */
export function bj(date: string, time: string): number {
  return Date.parse(`${date}T${time}+08:00`);
}

export function contact(over: Partial<Contact> = {}): Contact {
  n += 1;
  return {
    id: `c${n}`,
    at: bj('2026-03-10', '10:00:00'),
    channel: 'call',
    direction: 'incoming',
    connected: true,
    person: { name: '', staffId: '', phone: '', agency: '', party: 'agency' },
    summary: '催收电话',
    flags: [],
    thirdParties: '',
    tzOffsetMin: 480,
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

export function lender(over: Partial<Lender> = {}): Lender {
  return { id: 'L1', name: '某消费金融', kind: 'consumer-finance', createdAt: T0, updatedAt: T0, ...over };
}

export function agreement(over: Partial<Agreement> = {}): Agreement {
  return {
    id: 'A1',
    lenderId: 'L1',
    product: '借款',
    accountRef: '1234',
    negotiatedOn: '2026-03-01',
    negotiatedVia: 'phone',
    counterpart: { name: '客服', staffId: '', phone: '' },
    lenderRef: 'REF-77',
    terms: { owedBeforeFen: 1_000_000, totalToRepayFen: 900_000, waivedInterestFen: 0, waivedPenaltyFen: 100_000, waivedFeesFen: 0 },
    promises: { stopCollection: true, noThirdPartyContact: true, creditReport: 'none', noNewPenalties: true, other: '' },
    status: 'active',
    cardPlanItems: [],
    kit: { documents: [], talkingNotes: '' },
    notes: '',
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

export function installment(seq: number, dueDate: string, paid: boolean, over: Partial<Installment> = {}): Installment {
  return {
    id: `i${seq}`,
    agreementId: 'A1',
    seq,
    dueDate,
    amountFen: 100_000,
    ...(paid ? { paidOn: dueDate, paidFen: 100_000 } : {}),
    ...over,
  };
}
