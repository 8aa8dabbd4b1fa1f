import * as v from 'valibot';
import { invalid, notFound, AppError } from '../../model/errors';
import { newId } from '../../model/ids';
import { MarkPaidInputSchema, SavePlanInputSchema, type MarkPaidInput, type SavePlanInput } from '../../model/agreement-inputs';
import { InstallmentSchema, type Installment } from '../../model/records';
import type { NgDatabase } from '../schema';
import { validatePayment, validatePlanRows, type PlanIssue } from '../../domain/plan/validate';
import { addDays } from '../../domain/plan/iso-date';
import { localIsoDate } from '../../domain/time/wall-clock';
import { rebuildPlanReminders } from './reminders';

export function issueError(issue: PlanIssue): AppError {
  return invalid(issue.field, issue.key, `${issue.field}: ${issue.key}`, issue.params);
}

const tables = (db: NgDatabase) => [db.agreements, db.installments, db.reminders, db.evidence];

/**
 * Replaces an agreement's plan with `rows` (sorted by date, numbered from 1).
 * Rows with an id keep that instalment's payment; instalments left out are
 * removed, except paid ones, which are refused: a payment is never lost silently.
 */
export async function savePlan(db: NgDatabase, input: SavePlanInput, now = Date.now()): Promise<Installment[]> {
  const p = v.parse(SavePlanInputSchema, input);
  return db.transaction('rw', tables(db), async () => {
    const agreement = await db.agreements.get(p.agreementId);
    if (!agreement) throw notFound('agreement', p.agreementId);
    const existing = new Map((await db.installments.where('agreementId').equals(p.agreementId).toArray()).map((i) => [i.id, i]));
    for (const r of p.rows) if (r.id && !existing.has(r.id)) throw invalid('rows', 'error.notFound', 'unknown instalment');
    const kept = new Set(p.rows.map((r) => r.id).filter(Boolean));
    for (const i of existing.values()) {
      if (!kept.has(i.id) && i.paidOn !== undefined) throw invalid('rows', 'plan.error.removePaid', 'a paid instalment cannot be removed');
    }
    const totalFen = p.totalFen ?? agreement.terms.totalToRepayFen;
    const rows = p.rows.map((r) => ({ ...r, paidFen: r.id ? existing.get(r.id)!.paidFen : undefined }));
    const issues = validatePlanRows(rows, totalFen, agreement.negotiatedOn);
    if (issues.length) throw issueError(issues[0]!);

    const sorted = [...p.rows].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
    const next: Installment[] = sorted.map((r, k) => {
      const prev = r.id ? existing.get(r.id) : undefined;
      const inst: Installment = {
        ...(prev ?? {}),
        id: r.id ?? newId(),
        agreementId: p.agreementId,
        seq: k + 1,
        dueDate: r.dueDate,
        amountFen: r.amountFen,
      };
      if (r.note !== undefined) inst.note = r.note;
      return v.parse(InstallmentSchema, inst);
    });
    await db.installments.bulkDelete([...existing.keys()].filter((k) => !kept.has(k)));
    await db.installments.bulkPut(next);
    if (totalFen !== agreement.terms.totalToRepayFen) {
      await db.agreements.put({ ...agreement, terms: { ...agreement.terms, totalToRepayFen: totalFen }, updatedAt: now });
    }
    await rebuildPlanReminders(db, p.agreementId, now);
    return next;
  });
}

/** Records a payment. The plan as a whole can never be paid beyond what was agreed. */
export async function markPaid(db: NgDatabase, input: MarkPaidInput, now = Date.now()): Promise<Installment> {
  const p = v.parse(MarkPaidInputSchema, input);
  return db.transaction('rw', tables(db), async () => {
    const inst = await db.installments.get(p.id);
    if (!inst) throw notFound('installment', p.id);
    const agreement = await db.agreements.get(inst.agreementId);
    if (!agreement) throw notFound('agreement', inst.agreementId);
    const others = await db.installments
      .where('agreementId')
      .equals(inst.agreementId)
      .filter((i) => i.id !== inst.id)
      .toArray();
    const issues = validatePayment({
      paidFen: p.paidFen,
      paidOn: p.paidOn,
      otherPaidFen: others.reduce((s, i) => s + (i.paidFen ?? 0), 0),
      totalFen: agreement.terms.totalToRepayFen,
      agreementDate: agreement.negotiatedOn,
      latestDate: addDays(localIsoDate(now), 1),
    });
    if (issues.length) throw issueError(issues[0]!);
    if (p.proofEvidenceId && !(await db.evidence.get(p.proofEvidenceId))) {
      throw invalid('proofEvidenceId', 'error.notFound', 'unknown evidence');
    }
    const next: Installment = { ...inst, paidOn: p.paidOn, paidFen: p.paidFen };
    if (p.proofEvidenceId) next.proofEvidenceId = p.proofEvidenceId;
    else delete next.proofEvidenceId;
    await db.installments.put(v.parse(InstallmentSchema, next));
    await rebuildPlanReminders(db, inst.agreementId, now);
    return next;
  });
}

export async function unmarkPaid(db: NgDatabase, idValue: string, now = Date.now()): Promise<Installment> {
  return db.transaction('rw', tables(db), async () => {
    const inst = await db.installments.get(idValue);
    if (!inst) throw notFound('installment', idValue);
    const next: Installment = { ...inst };
    delete next.paidOn;
    delete next.paidFen;
    delete next.proofEvidenceId;
    await db.installments.put(next);
    await rebuildPlanReminders(db, inst.agreementId, now);
    return next;
  });
}
