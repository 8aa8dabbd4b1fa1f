import type { NgDatabase } from '../schema';
import type { RecordPool } from '../../domain/complaints/select';
import { currentFindings } from '../queries/findings';
import { refreshFindingsSnapshot } from './findings-snapshot';
import { getProfile } from './complaint-profile';

/** The newest contacts a panel draft can draw on; older ones stay in the dashboard. */
const MAX_CONTACTS = 300;
const ATTEMPTS = 3;

/**
 * Everything the complaint panel needs, in one read: the lender's agreements,
 * contacts (newest first), evidence metadata (never the files themselves),
 * earlier complaints, the profile, and the findings from the background's
 * snapshot (the one findings source the dashboard and the report read too),
 * in the same transaction as the records. When the snapshot is behind the
 * records it is brought up to date and the read repeated.
 */
export async function loadPanelContext(db: NgDatabase, lenderId: string | undefined, now: number): Promise<RecordPool> {
  for (let attempt = 0; ; attempt++) {
    const read = await readOnce(db, lenderId);
    if (read) return read;
    if (attempt + 1 >= ATTEMPTS) throw new Error('the findings could not be brought up to date');
    await refreshFindingsSnapshot(db, () => now);
  }
}

function readOnce(db: NgDatabase, lenderId: string | undefined): Promise<RecordPool | undefined> {
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
    return {
      lenders,
      agreements,
      contacts,
      evidence: evidence.map((e) => ({ id: e.id, name: e.name, sha256: e.sha256, capturedAt: e.capturedAt, ...(e.ownerId ? { ownerId: e.ownerId } : {}) })),
      complaints,
      findings: lenderId ? all.filter((f) => f.lenderId === lenderId) : all,
      profile: await getProfile(db),
    };
  });
}
