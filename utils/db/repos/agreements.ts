import * as v from 'valibot';
import { invalid, notFound } from '../../model/errors';
import { newId } from '../../model/ids';
import { AgreementInputSchema, type AgreementInput } from '../../model/agreement-inputs';
import { AgreementSchema, ContactSchema, InstallmentSchema, ReminderSchema, type Agreement } from '../../model/records';
import type { NgDatabase } from '../schema';
import { keyedAdd } from './write-keys';
import { id } from '../../model/fields';
import { resolveLender } from './lenders';
import { createFollowUps, rebuildPlanReminders } from './reminders';

function checkTerms(a: Pick<Agreement, 'terms'>): void {
  if (a.terms.totalToRepayFen <= 0) throw invalid('terms.totalToRepayFen', 'plan.error.amountPositive', 'the total must be above zero');
}

function build(
  parsed: v.InferOutput<typeof AgreementInputSchema>,
  lenderId: string,
  base: { id: string; createdAt: number },
  now: number,
): Agreement {
  const { lender: _lender, ...rest } = parsed;
  return v.parse(AgreementSchema, { ...rest, lenderId, id: base.id, createdAt: base.createdAt, updatedAt: now });
}

/** Creates an agreement (and its lender if new) with its two follow-up tasks, all or nothing. */
export async function addAgreement(db: NgDatabase, input: AgreementInput, now = Date.now(), requestKey?: string): Promise<Agreement> {
  const parsed = v.parse(AgreementInputSchema, input);
  checkTerms(parsed);
  return db.transaction('rw', [db.lenders, db.agreements, db.reminders, db.writeKeys], async () =>
    keyedAdd(db, requestKey, 'agreements', now, async () => {
      const lender = await resolveLender(db, parsed.lender, now);
      const a = build(parsed, lender.id, { id: newId(), createdAt: now }, now);
      await db.agreements.add(a);
      await createFollowUps(db, a.id, a.negotiatedOn, now);
      return a;
    }),
  );
}

export async function updateAgreement(db: NgDatabase, idValue: string, input: AgreementInput, now = Date.now()): Promise<Agreement> {
  const parsed = v.parse(AgreementInputSchema, input);
  checkTerms(parsed);
  return db.transaction('rw', [db.lenders, db.agreements, db.installments, db.reminders], async () => {
    const existing = await db.agreements.get(idValue);
    if (!existing) throw notFound('agreement', idValue);
    const plan = await db.installments.where('agreementId').equals(idValue).toArray();
    const planSum = plan.reduce((s, i) => s + i.amountFen, 0);
    if (plan.length && planSum !== parsed.terms.totalToRepayFen) {
      throw invalid('terms.totalToRepayFen', 'agreement.error.totalVsPlan', 'change the total in the plan editor', { sum: planSum });
    }
    const firstDue = plan.reduce<string | undefined>((m, i) => (m === undefined || i.dueDate < m ? i.dueDate : m), undefined);
    if (firstDue && parsed.negotiatedOn > firstDue) {
      throw invalid('negotiatedOn', 'agreement.error.afterFirstDue', 'the plan starts before this date', { date: firstDue });
    }
    const lender = await resolveLender(db, parsed.lender, now);
    const a = build(parsed, lender.id, existing, now);
    await db.agreements.put(a);
    await rebuildPlanReminders(db, idValue, now); // status may have changed
    return a;
  });
}

export const DELETE_CONTACT_CHOICES = ['unlink', 'delete'] as const;

/** Everything a delete removed or detached, so that undo can put it back exactly. */
export const DeletedAgreementSchema = v.strictObject({
  agreement: AgreementSchema,
  installments: v.array(InstallmentSchema),
  reminders: v.array(ReminderSchema),
  unlinkedContactIds: v.array(id),
  deletedContacts: v.array(ContactSchema),
  unlinkedComplaintIds: v.array(id),
  detachedEvidence: v.array(v.strictObject({ id, ownerType: v.picklist(['agreement', 'installment', 'contact']), ownerId: id })),
});
export type DeletedAgreement = v.InferOutput<typeof DeletedAgreementSchema>;

/**
 * Deletes an agreement with its plan and reminders. Linked contacts are
 * unlinked or deleted as the user chose; complaints are unlinked; evidence is
 * kept but detached (it may still support a complaint). Nothing is left
 * pointing at a record that no longer exists.
 */
export async function deleteAgreement(
  db: NgDatabase,
  idValue: string,
  contacts: (typeof DELETE_CONTACT_CHOICES)[number],
): Promise<DeletedAgreement> {
  return db.transaction('rw', [db.agreements, db.installments, db.reminders, db.contacts, db.complaints, db.evidence], async () => {
    const agreement = await db.agreements.get(idValue);
    if (!agreement) throw notFound('agreement', idValue);
    const installments = await db.installments.where('agreementId').equals(idValue).toArray();
    const targets: Array<[string, string]> = [['agreement', idValue], ...installments.map((i): [string, string] => ['installment', i.id])];
    const reminders = await db.reminders.where('[targetType+targetId]').anyOf(targets).toArray();
    const linked = await db.contacts.where('agreementId').equals(idValue).toArray();
    const complaints = await db.complaints.where('agreementId').equals(idValue).toArray();
    const owners: Array<[string, string]> = [
      ...targets,
      ...(contacts === 'delete' ? linked.map((c): [string, string] => ['contact', c.id]) : []),
    ];
    const evidence = await db.evidence.where('[ownerType+ownerId]').anyOf(owners).toArray();

    await db.evidence
      .where('id')
      .anyOf(evidence.map((e) => e.id))
      .modify((e) => {
        delete e.ownerType;
        delete e.ownerId;
      });
    await db.complaints
      .where('id')
      .anyOf(complaints.map((c) => c.id))
      .modify((c) => void delete c.agreementId);
    if (contacts === 'delete') await db.contacts.bulkDelete(linked.map((c) => c.id));
    else
      await db.contacts
        .where('id')
        .anyOf(linked.map((c) => c.id))
        .modify((c) => void delete c.agreementId);
    await db.reminders.bulkDelete(reminders.map((r) => r.id));
    await db.installments.bulkDelete(installments.map((i) => i.id));
    await db.agreements.delete(idValue);
    return {
      agreement,
      installments,
      reminders,
      unlinkedContactIds: contacts === 'unlink' ? linked.map((c) => c.id) : [],
      deletedContacts: contacts === 'delete' ? linked : [],
      unlinkedComplaintIds: complaints.map((c) => c.id),
      detachedEvidence: evidence.map((e) => ({ id: e.id, ownerType: e.ownerType as 'agreement', ownerId: e.ownerId! })),
    };
  });
}

/** Undo of deleteAgreement: puts every record and link back (links only to records that still exist). */
export async function restoreAgreement(db: NgDatabase, snapshot: DeletedAgreement): Promise<Agreement> {
  const s = v.parse(DeletedAgreementSchema, snapshot);
  return db.transaction(
    'rw',
    [db.lenders, db.agreements, db.installments, db.reminders, db.contacts, db.complaints, db.evidence],
    async () => {
      if (!(await db.lenders.get(s.agreement.lenderId))) throw invalid('lenderId', 'error.notFound', 'the lender no longer exists');
      await db.agreements.put(s.agreement);
      await db.installments.bulkPut(s.installments);
      for (const r of s.reminders) if (!(await db.reminders.where('key').equals(r.key).first())) await db.reminders.put(r);
      await db.contacts.bulkPut(s.deletedContacts);
      await db.contacts.where('id').anyOf(s.unlinkedContactIds).modify({ agreementId: s.agreement.id });
      await db.complaints.where('id').anyOf(s.unlinkedComplaintIds).modify({ agreementId: s.agreement.id });
      for (const e of s.detachedEvidence) await db.evidence.update(e.id, { ownerType: e.ownerType, ownerId: e.ownerId });
      return s.agreement;
    },
  );
}

/** Saves the negotiation kit (documents ticked, notes, talking-point answers) without touching the rest. */
export async function saveKit(db: NgDatabase, idValue: string, kit: Agreement['kit'], now = Date.now()): Promise<Agreement> {
  return db.transaction('rw', db.agreements, async () => {
    const a = await db.agreements.get(idValue);
    if (!a) throw notFound('agreement', idValue);
    const next = v.parse(AgreementSchema, { ...a, kit, updatedAt: now });
    await db.agreements.put(next);
    return next;
  });
}
