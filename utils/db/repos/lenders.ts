import { isSampleId } from '../../domain/sample/id';
import { isReal } from '../../domain/sample/separate';
import * as v from 'valibot';
import { AppError, invalid, notFound } from '../../model/errors';
import { newId } from '../../model/ids';
import { LenderInputSchema, type LenderRefSchema } from '../../model/agreement-inputs';
import { LenderSchema, type Lender } from '../../model/records';
import type { NgDatabase } from '../schema';
import { catalogLender } from '../../data/lenders';

/**
 * Finds or creates the lender an agreement refers to. Must run inside a
 * transaction that includes db.lenders. Catalogue lenders are stored once,
 * under the default-language name (the UI shows the catalogue's name in the
 * user's language via catalogId); no unconfirmed hotline is ever copied.
 */
export async function resolveLender(db: NgDatabase, ref: v.InferOutput<typeof LenderRefSchema>, now: number): Promise<Lender> {
  if ('id' in ref) {
    const found = await db.lenders.get(ref.id);
    if (!found) throw invalid('lender', 'error.notFound', 'unknown lender');
    // A real agreement never takes a sample lender (sample data never mixes with real data).
    if (isSampleId(found.id)) throw invalid('lender', 'everyday.sample.error.link', 'a real record cannot use a sample lender');
    return found;
  }
  if ('catalogId' in ref) {
    const entry = catalogLender(ref.catalogId);
    if (!entry) throw invalid('lender', 'error.notFound', 'unknown catalogue lender');
    const existing = await db.lenders.where('catalogId').equals(ref.catalogId).filter(isReal).first();
    if (existing) return existing;
    const lender: Lender = {
      id: newId(),
      name: entry.name['zh-CN'],
      kind: entry.kind,
      catalogId: entry.catalogId,
      createdAt: now,
      updatedAt: now,
    };
    await db.lenders.add(v.parse(LenderSchema, lender));
    return lender;
  }
  const same = (await db.lenders.where('name').equals(ref.name).toArray()).find((l) => l.kind === ref.kind && !l.catalogId && isReal(l));
  if (same) return same;
  const lender: Lender = { id: newId(), name: ref.name, kind: ref.kind, createdAt: now, updatedAt: now };
  await db.lenders.add(v.parse(LenderSchema, lender));
  return lender;
}

export async function updateLender(
  db: NgDatabase,
  idValue: string,
  input: v.InferInput<typeof LenderInputSchema>,
  now = Date.now(),
): Promise<Lender> {
  const parsed = v.parse(LenderInputSchema, input);
  return db.transaction('rw', db.lenders, async () => {
    const existing = await db.lenders.get(idValue);
    if (!existing) throw notFound('lender', idValue);
    const next: Lender = { ...existing, ...parsed, updatedAt: now };
    if (parsed.hotline === undefined) delete next.hotline;
    if (parsed.notes === undefined) delete next.notes;
    await db.lenders.put(v.parse(LenderSchema, next));
    return next;
  });
}

/** Refuses while anything still points at the lender: nothing is orphaned silently. */
export async function deleteLender(db: NgDatabase, idValue: string): Promise<Lender> {
  return db.transaction('rw', [db.lenders, db.agreements, db.contacts, db.complaints, db.userSites, db.numberBook], async () => {
    const existing = await db.lenders.get(idValue);
    if (!existing) throw notFound('lender', idValue);
    const uses =
      (await db.agreements.where('lenderId').equals(idValue).count()) +
      // Numbers assigned to the lender: later imports and entries would link to a lender that is gone.
      (await db.numberBook.where('lenderId').equals(idValue).count()) +
      (await db.contacts.where('lenderId').equals(idValue).count()) +
      (await db.complaints.where('lenderId').equals(idValue).count()) +
      (await db.userSites.filter((s) => s.lenderId === idValue).count());
    if (uses > 0) {
      throw new AppError({
        code: 'conflict',
        messageKey: 'lender.error.inUse',
        message: `lender is used by ${uses} records`,
        params: { count: uses },
      });
    }
    await db.lenders.delete(idValue);
    return existing;
  });
}
