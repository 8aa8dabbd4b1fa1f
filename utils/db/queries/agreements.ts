import { getDb } from '../connection';
import type { Agreement, Evidence, Installment, Lender } from '../../model/records';

// The agreement pages' reads. Each takes the database last (tests pass one;
// pages use the context's own).

export interface AgreementView {
  agreement: Agreement;
  lender: Lender | undefined;
  installments: Installment[];
  reminderCount: number;
  contactCount: number;
}

/** One agreement with everything its pages show; `null` once it is known not to exist. */
export async function agreementView(id: string, db = getDb()): Promise<AgreementView | null> {
  const agreement = await db.agreements.get(id);
  if (!agreement) return null;
  const installments = (await db.installments.where('agreementId').equals(id).toArray()).sort((a, b) => a.seq - b.seq);
  const targets: Array<[string, string]> = [['agreement', id], ...installments.map((i): [string, string] => ['installment', i.id])];
  return {
    agreement,
    lender: await db.lenders.get(agreement.lenderId),
    installments,
    reminderCount: await db.reminders.where('[targetType+targetId]').anyOf(targets).count(),
    contactCount: await db.contacts.where('agreementId').equals(id).count(),
  };
}

export interface AgreementRow {
  a: Agreement;
  lender: Lender | undefined;
  plan: Installment[];
}

/** Every agreement, most recently changed first, with its lender and plan. */
export async function agreementRows(db = getDb()): Promise<AgreementRow[]> {
  const [agreements, lenders, installments] = await Promise.all([
    db.agreements.orderBy('updatedAt').reverse().toArray(),
    db.lenders.toArray(),
    db.installments.toArray(),
  ]);
  return agreements.map((a) => ({
    a,
    lender: lenders.find((l) => l.id === a.lenderId),
    plan: installments.filter((i) => i.agreementId === a.id),
  }));
}

/** Lenders the user added (not from the catalog). */
export function customLenders(db = getDb()): Promise<Lender[]> {
  return db.lenders.filter((l) => !l.catalogId).toArray();
}

/** A lender's agreements, or every agreement when no lender is given. */
export function agreementsOf(lenderId: string | undefined, db = getDb()): Promise<Agreement[]> {
  return lenderId ? db.agreements.where('lenderId').equals(lenderId).toArray() : db.agreements.toArray();
}

/** Proof candidates for a payment: evidence attached to the agreement or to the instalment. */
export function proofCandidates(agreementId: string, installmentId: string, db = getDb()): Promise<Evidence[]> {
  return db.evidence
    .where('[ownerType+ownerId]')
    .anyOf([
      ['agreement', agreementId],
      ['installment', installmentId],
    ])
    .toArray();
}
