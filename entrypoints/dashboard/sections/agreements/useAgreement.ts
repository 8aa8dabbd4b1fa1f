import { useLive } from '@/components/useLive';
import { getDb } from '@/utils/db/connection';
import type { Agreement, Installment, Lender } from '@/utils/model/records';

export interface AgreementView {
  agreement: Agreement;
  lender: Lender | undefined;
  installments: Installment[];
  reminderCount: number;
  contactCount: number;
}

/** One agreement with everything its pages show, live. `null` once it is known not to exist. */
export function useAgreement(id: string): AgreementView | null | undefined {
  return useLive(async () => {
    const db = getDb();
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
  }, [id]);
}
