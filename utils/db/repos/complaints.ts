import * as v from 'valibot';
import { invalid, notFound } from '../../model/errors';
import { newId } from '../../model/ids';
import { ComplaintSchema, type Complaint } from '../../model/records';
import type { NgDatabase } from '../schema';
import { keyedAdd } from './write-keys';
import { ComplaintInputSchema, ComplaintPatchSchema, type ComplaintInput, type ComplaintPatch } from '../../model/complaint-inputs';
import { channelById } from '../../sites';
import { answerDue } from '../../domain/complaints/deadline';
import { localIsoDate, localMoment } from '../../domain/time/wall-clock';

import { syncReminder } from './complaint-reminders';

async function checkLinks(db: NgDatabase, c: Pick<Complaint, 'lenderId' | 'agreementId' | 'contactIds'>): Promise<void> {
  if (c.lenderId && !(await db.lenders.get(c.lenderId))) throw invalid('lenderId', 'error.notFound', 'unknown lender');
  if (c.agreementId && !(await db.agreements.get(c.agreementId))) throw invalid('agreementId', 'error.notFound', 'unknown agreement');
  const found = await db.contacts.bulkGet(c.contactIds);
  if (found.some((x) => !x)) throw invalid('contactIds', 'error.notFound', 'unknown contact');
}

const TABLES = (db: NgDatabase) => [db.complaints, db.reminders, db.lenders, db.agreements, db.contacts];

/** Creates a complaint record; a submitted one gets its answer deadline from the channel and a reminder. */
export async function addComplaint(db: NgDatabase, input: ComplaintInput, now = Date.now(), requestKey?: string): Promise<Complaint> {
  const p = v.parse(ComplaintInputSchema, input);
  const sentOn = p.sentOn ?? localIsoDate(now);
  if (sentOn > localIsoDate(now)) throw invalid('sentOn', 'complaint.error.future', 'the complaint date is in the future');
  const due = p.status === 'submitted' ? answerDue(channelById(p.channelId), sentOn) : undefined;
  const c: Complaint = {
    id: newId(),
    channelId: p.channelId,
    url: p.url,
    createdAt: now,
    referenceNo: p.referenceNo,
    status: p.status,
    sections: p.sections,
    contactIds: [...new Set(p.contactIds)],
    notes: p.notes,
    updatedAt: now,
    ...(p.lenderId ? { lenderId: p.lenderId } : {}),
    ...(p.agreementId ? { agreementId: p.agreementId } : {}),
    ...(p.status === 'submitted' ? { submittedAt: p.sentOn ? localMoment(sentOn, 12) : now } : {}),
    ...(due ? { answerDue: due } : {}),
  };
  v.parse(ComplaintSchema, c);
  return db.transaction('rw', [...TABLES(db), db.writeKeys], async () =>
    keyedAdd(db, requestKey, 'complaints', now, async () => {
      await checkLinks(db, c);
      await db.complaints.add(c);
      await syncReminder(db, c, now);
      return c;
    }),
  );
}

/** Status, reference number, deadline and notes change as the complaint goes on. */
export async function updateComplaint(db: NgDatabase, idValue: string, patch: ComplaintPatch, now = Date.now()): Promise<Complaint> {
  const p = v.parse(ComplaintPatchSchema, patch);
  return db.transaction('rw', TABLES(db), async () => {
    const old = await db.complaints.get(idValue);
    if (!old) throw notFound('complaint', idValue);
    const next: Complaint = { ...old, updatedAt: now };
    if (p.status !== undefined) next.status = p.status;
    if (p.referenceNo !== undefined) next.referenceNo = p.referenceNo;
    if (p.notes !== undefined) next.notes = p.notes;
    for (const k of ['answerDue', 'lenderId', 'agreementId'] as const) {
      if (p[k] === '') delete next[k];
      else if (p[k] !== undefined) next[k] = p[k];
    }
    if (old.status === 'draft' && next.status !== 'draft' && next.submittedAt === undefined) {
      next.submittedAt = now;
      next.answerDue ??= answerDue(channelById(next.channelId), localIsoDate(now));
      if (next.answerDue === undefined) delete next.answerDue;
    }
    v.parse(ComplaintSchema, next);
    // Only the links this patch sets: a contact deleted after the complaint was
    // sent stays listed in what was sent, and must not block a status update.
    await checkLinks(db, {
      ...(p.lenderId ? { lenderId: p.lenderId } : {}),
      ...(p.agreementId ? { agreementId: p.agreementId } : {}),
      contactIds: [],
    });
    await db.complaints.put(next);
    await syncReminder(db, next, now);
    return next;
  });
}

/** Deletes a complaint and its reminder; its evidence is kept but detached (as for contacts), never left pointing at nothing. */
export async function deleteComplaint(db: NgDatabase, idValue: string): Promise<Complaint> {
  return db.transaction('rw', [db.complaints, db.reminders, db.evidence], async () => {
    const old = await db.complaints.get(idValue);
    if (!old) throw notFound('complaint', idValue);
    await db.complaints.delete(idValue);
    await db.reminders.where('[targetType+targetId]').equals(['complaint', idValue]).delete();
    await db.evidence
      .where('[ownerType+ownerId]')
      .equals(['complaint', idValue])
      .modify((e) => {
        delete e.ownerType;
        delete e.ownerId;
      });
    return old;
  });
}
