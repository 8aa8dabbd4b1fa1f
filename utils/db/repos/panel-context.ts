import type { NgDatabase } from '../schema';
import type { PanelContext } from '../../rpc/methods/panel';
import { findAll } from '../../domain/findings/find-all';
import { getProfile } from './complaint-profile';
import { getJurisdiction } from './jurisdiction';

/** The newest contacts a panel draft can draw on; older ones stay in the dashboard. */
const MAX_CONTACTS = 300;

/**
 * Everything the complaint panel needs, in one read: the lender's agreements,
 * contacts (newest first), evidence metadata (never the files themselves),
 * earlier complaints, the findings over those contacts, the profile and the
 * user's jurisdiction.
 */
export async function loadPanelContext(db: NgDatabase, lenderId: string | undefined, _now: number): Promise<PanelContext> {
  return db.transaction('r', [db.lenders, db.agreements, db.installments, db.contacts, db.evidence, db.complaints, db.settings], async () => {
    const lenders = await db.lenders.toArray();
    const agreements = lenderId ? await db.agreements.where('lenderId').equals(lenderId).toArray() : await db.agreements.toArray();
    const contactsQuery = lenderId ? db.contacts.where('lenderId').equals(lenderId) : db.contacts.toCollection();
    const contacts = (await contactsQuery.toArray()).sort((a, b) => b.at - a.at).slice(0, MAX_CONTACTS);
    const installments = await db.installments.where('agreementId').anyOf(agreements.map((a) => a.id)).toArray();
    const owners = [...contacts.map((c) => ['contact', c.id]), ...agreements.map((a) => ['agreement', a.id])];
    const evidence = owners.length ? await db.evidence.where('[ownerType+ownerId]').anyOf(owners).toArray() : [];
    const complaints = lenderId ? await db.complaints.where('lenderId').equals(lenderId).toArray() : await db.complaints.toArray();
    const jurisdiction = await getJurisdiction(db);
    const findings = findAll({ contacts, agreements, installments, lenders, jurisdiction });
    return {
      lenders,
      agreements,
      contacts,
      evidence: evidence.map((e) => ({ id: e.id, name: e.name, sha256: e.sha256, capturedAt: e.capturedAt, ...(e.ownerId ? { ownerId: e.ownerId } : {}) })),
      complaints,
      findings,
      profile: await getProfile(db),
      // The user's setting (undefined until chosen): the panel warns on another jurisdiction's channel, or asks.
      ...(jurisdiction ? { jurisdiction } : {}),
    };
  });
}
