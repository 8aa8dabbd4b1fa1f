import type { NumberBookEntry } from '../../model/import-records';
import type { Contact } from '../../model/records';
import { normalizeNumber, type NumberRegion } from '../../domain/phone/normalize';
import type { NgDatabase } from '../schema';

const REGIONS: readonly NumberRegion[] = ['CN', 'TW', 'HK'];

/**
 * The number-book entry for a number as the user typed it. A manual entry has
 * no region of its own, so each region's reading is tried (a Taiwan mobile
 * typed as 0912… is +886… only when read as TW). Must run inside a
 * transaction that includes numberBook.
 */
export async function lookUpNumber(db: NgDatabase, phone: string): Promise<NumberBookEntry | undefined> {
  if (!phone.trim()) return undefined;
  const keys = [...new Set(REGIONS.map((r) => normalizeNumber(phone, r)).filter(Boolean))];
  return (await db.numberBook.bulkGet(keys)).find((e) => e !== undefined);
}

/** Fills what the number book knows and the entry lacks: lender, agency, who it is. */
export function applyNumberBook(c: Contact, entry: NumberBookEntry | undefined): void {
  if (!entry || entry.party === 'personal') return;
  if (!c.lenderId && !c.agreementId && entry.lenderId) c.lenderId = entry.lenderId;
  if (!c.person.agency && entry.agency) c.person.agency = entry.agency;
  if (c.person.party === 'unknown') c.person.party = entry.party;
}
