import type { NgDatabase } from '../schema';
import type { RecordPool } from '../../domain/complaints/select';
import type { Jurisdiction } from '../../model/records';
import { getJurisdiction } from './jurisdiction';
import { currentFindings } from '../queries/findings';
import { refreshFindingsSnapshot } from './findings-snapshot';
import { getProfile } from './complaint-profile';

/** The newest contacts a panel draft can draw on; older ones stay in the dashboard. */
const MAX_CONTACTS = 300;
const ATTEMPTS = 3;

/** The records, plus the user's jurisdiction (absent until chosen). */
export type PanelPool = RecordPool & { jurisdiction?: Jurisdiction };

/**
 * Everything the complaint panel needs, in one read: the lender's agreements,
 * contacts (newest first), evidence metadata (never the files themselves),
 * earlier complaints, the profile, the user's jurisdiction, and the findings
 * from the background's snapshot (the one findings source the dashboard and
 * the report read too), in the same transaction as the records. When the
 * snapshot is behind the records it is brought up to date and the read repeated.
 */
export async function loadPanelContext(db: NgDatabase, lenderId: string | undefined, now: number): Promise<PanelPool> {
  for (let attempt = 0; ; attempt++) {
    const read = await readOnce(db, lenderId);
    if (read) return read;
    if (attempt + 1 >= ATTEMPTS) throw new Error('the findings could not be brought up to date');
    await refreshFindingsSnapshot(db, () => now);
  }
}

function readOnce(db: NgDatabase, lenderId: string | undefined): Promise<PanelPool | undefined> {
  return db.transaction('r', [db.lenders, db.agreements, db.contacts, db.evidence, db.complaints, db.settings, db.derived], async () => {
    const all = await currentFindings(db);
    if (!all) return undefined;
    const lenders = await db.lenders.toArray();
    const agreements = lenderId ? await db.agreements.where('lenderId').equals(lenderId).toArray() : await db.agreements.toArray();
    const contactsQuery = lenderId ? db.contacts.where('lenderId').equals(lenderId) : db.contacts.toCollection();
    const contacts = (await contactsQuery.toArray()).sort((a, b) => b.at - a.at).slice(0, MAX_CONTACTS);
    const owners = [...contacts.map((c) => ['contact', c.id]), ...agreements.map((a) => ['agreement', a.id])];
    const evidence = owners.length ? await db.evidence.where('[ownerType+ownerId]').anyOf(owners).toArray() : [];
    const complaints = lenderId ? await db.complaints.where('lenderId').equals(lenderId).toArray() : await db.complaints.toArray();
    const jurisdiction = await getJurisdiction(db);
    return {
      lenders,
      agreements,
      contacts,
      evidence: evidence.map((e) => ({
        id: e.id,
        name: e.name,
        sha256: e.sha256,
        capturedAt: e.capturedAt,
        ...(e.ownerId ? { ownerId: e.ownerId } : {}),
      })),
      complaints,
      findings: lenderId ? all.filter((f) => f.lenderId === lenderId) : all,
      profile: await getProfile(db),
      // The user's setting (undefined until chosen): the panel warns on another jurisdiction's channel, or asks.
      ...(jurisdiction ? { jurisdiction } : {}),
    };
  });
}
