import type { NgDatabase } from '../schema';
import { SAMPLE_ID_PREFIX } from '../../domain/sample/id';

/** How many sample records are loaded (id-prefix range reads, no record is loaded). Small: the popup's banner uses it. */
export async function countSampleRecords(db: NgDatabase): Promise<number> {
  let n = 0;
  for (const table of [db.lenders, db.agreements, db.installments, db.contacts, db.complaints]) {
    n += await table.where('id').startsWith(SAMPLE_ID_PREFIX).count();
  }
  return n;
}
