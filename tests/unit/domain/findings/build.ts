import type { Agreement, Contact, Installment, Lender } from '@/utils/model/records';
import { agreementRecord, contactRecord, lenderRecord } from '../../../fixtures/records/build';

let n = 0;

/** Epoch ms for a Beijing wall-clock time (UTC+8), the offset the contacts below record. */
export function bj(date: string, time: string): number {
  return Date.parse(`${date}T${time}+08:00`);
}

export function contact(over: Partial<Contact> = {}): Contact {
  n += 1;
  return contactRecord({ id: `c${n}`, at: bj('2026-03-10', '10:00:00'), summary: '催收电话', ...over });
}

export function lender(over: Partial<Lender> = {}): Lender {
  return lenderRecord(over);
}

export function agreement(over: Partial<Agreement> = {}): Agreement {
  return agreementRecord(over);
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
