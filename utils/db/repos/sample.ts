import * as v from 'valibot';
import { buildSample, type SampleData } from '../../domain/sample/build';
import { isSampleId, SAMPLE_ID_PREFIX } from '../../domain/sample/id';
import type { Locale } from '../../i18n/locales';
import { AgreementSchema, ComplaintSchema, ContactSchema, InstallmentSchema, LenderSchema } from '../../model/records';
import type { NgDatabase } from '../schema';
import { countSampleRecords } from '../queries/sample-count';
import { newId } from '../../model/ids';

export interface SampleCounts {
  lenders: number;
  agreements: number;
  installments: number;
  contacts: number;
  complaints: number;
}

function validate(data: SampleData): void {
  for (const r of data.lenders) v.parse(LenderSchema, r);
  for (const r of data.agreements) v.parse(AgreementSchema, r);
  for (const r of data.installments) v.parse(InstallmentSchema, r);
  for (const r of data.contacts) v.parse(ContactSchema, r);
  for (const r of data.complaints) v.parse(ComplaintSchema, r);
}

function allTables(db: NgDatabase) {
  return [db.lenders, db.agreements, db.installments, db.contacts, db.evidence, db.complaints, db.reminders, db.userSites];
}

/**
 * A sample lender that the user's own agreement or site uses cannot just go
 * (an agreement must have a lender): it becomes the user's, under a new id.
 */
async function adoptUsedSampleLenders(db: NgDatabase): Promise<void> {
  const agreements = await db.agreements.filter((a) => !isSampleId(a.id) && isSampleId(a.lenderId)).toArray();
  const sites = await db.userSites.filter((s) => isSampleId(s.lenderId)).toArray();
  for (const oldId of new Set([...agreements.map((a) => a.lenderId), ...sites.map((s) => s.lenderId!)])) {
    const lender = await db.lenders.get(oldId);
    if (!lender) continue;
    const lenderId = newId();
    await db.lenders.add({ ...lender, id: lenderId });
    const own = (r: { id: string }) => !isSampleId(r.id);
    await db.agreements.where('lenderId').equals(oldId).filter(own).modify({ lenderId });
    await db.contacts.where('lenderId').equals(oldId).filter(own).modify({ lenderId });
    await db.complaints.where('lenderId').equals(oldId).filter(own).modify({ lenderId });
    await db.userSites.filter((s) => s.lenderId === oldId).modify({ lenderId });
  }
}

/** Deletes sample records and unlinks the user's own records from them; call inside a transaction. */
async function clearSample(db: NgDatabase): Promise<number> {
  await adoptUsedSampleLenders(db);
  // Instalments the user added to a sample plan have ordinary ids: they go with their agreement.
  const sampleAgreements = (await db.agreements.where('id').startsWith(SAMPLE_ID_PREFIX).primaryKeys()) as string[];
  const addedToSamplePlans = (await db.installments.where('agreementId').anyOf(sampleAgreements).primaryKeys()) as string[];
  const gone = new Set(addedToSamplePlans.filter((i) => !isSampleId(i)));
  await db.installments.bulkDelete([...gone]);
  await db.reminders.filter((r) => r.targetType === 'installment' && gone.has(r.targetId)).delete();
  let removed = gone.size;
  for (const table of [db.lenders, db.agreements, db.installments, db.contacts, db.complaints]) {
    removed += await table.where('id').startsWith(SAMPLE_ID_PREFIX).delete();
  }
  // Reminders the scheduler made for sample instalments or agreements go too.
  await db.reminders.filter((r) => isSampleId(r.targetId)).delete();
  // The user's own records may have been linked to a sample one while exploring:
  // they stay, without the link, so nothing points at a record that is gone.
  await db.contacts
    .filter((c) => isSampleId(c.lenderId) || isSampleId(c.agreementId))
    .modify((c) => {
      if (isSampleId(c.lenderId)) delete c.lenderId;
      if (isSampleId(c.agreementId)) delete c.agreementId;
    });
  await db.complaints.toCollection().modify((c) => {
    if (isSampleId(c.lenderId)) delete c.lenderId;
    if (isSampleId(c.agreementId)) delete c.agreementId;
    c.contactIds = c.contactIds.filter((idValue) => !isSampleId(idValue));
  });
  await db.evidence
    .filter((e) => isSampleId(e.ownerId) || (e.ownerType === 'installment' && gone.has(e.ownerId!)))
    .modify((e) => {
      delete e.ownerType;
      delete e.ownerId;
    });
  return removed;
}

/**
 * Writes the sample dataset in one transaction (all or nothing). Loading it
 * twice replaces the first copy instead of adding a second.
 */
export async function loadSample(db: NgDatabase, locale: Locale, now: number, tzOffsetMin: number): Promise<SampleCounts> {
  const data = buildSample(locale, now, tzOffsetMin);
  validate(data);
  await db.transaction('rw', allTables(db), async () => {
    await clearSample(db);
    await db.lenders.bulkAdd(data.lenders);
    await db.agreements.bulkAdd(data.agreements);
    await db.installments.bulkAdd(data.installments);
    await db.contacts.bulkAdd(data.contacts);
    await db.complaints.bulkAdd(data.complaints);
  });
  return {
    lenders: data.lenders.length,
    agreements: data.agreements.length,
    installments: data.installments.length,
    contacts: data.contacts.length,
    complaints: data.complaints.length,
  };
}

/** Removes every sample record in one transaction; the user's own records are untouched. */
export async function removeSample(db: NgDatabase): Promise<{ removed: number }> {
  const removed = await db.transaction('rw', allTables(db), () => clearSample(db));
  return { removed };
}

/** How many sample records exist now (for the onboarding page and Settings). */
export const countSample = countSampleRecords;
