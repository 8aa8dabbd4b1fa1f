import type { Jurisdiction } from '../../model/records';
import { parseJurisdiction } from '../../domain/jurisdiction/from-locale';
import type { NgDatabase } from '../schema';
import { FINDINGS_PREFIX } from './findings-snapshot-read';

/**
 * The user's jurisdiction, in the settings table (so the background reads it
 * with the findings inputs). Changing it drops the findings snapshot in the
 * same transaction: a missing snapshot is not current, so the findings view
 * asks for a new one under the new rulebook. Behind these two functions so
 * the integrator can re-point it at H's typed storage items.
 */
export const JURISDICTION_KEY = 'jurisdiction';

export async function getJurisdiction(db: NgDatabase): Promise<Jurisdiction | undefined> {
  return parseJurisdiction((await db.settings.get(JURISDICTION_KEY))?.value);
}

export async function setJurisdiction(db: NgDatabase, j: Jurisdiction): Promise<void> {
  await db.transaction('rw', db.settings, db.derived, async () => {
    await db.settings.put({ key: JURISDICTION_KEY, value: j });
    await db.derived.where('key').startsWith(FINDINGS_PREFIX).delete();
  });
}
