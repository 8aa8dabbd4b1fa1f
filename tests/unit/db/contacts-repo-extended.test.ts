import { describe, expect, it } from 'vitest';
import { addContact, deleteContact, linkContact, restoreContact, updateContact } from '@/utils/db/repos/contacts';
import { addEvidence } from '@/utils/db/repos/evidence';
import { freshDb, snapshot } from '../helpers/db';
import { agreement, lender } from '../domain/findings/build';

const NOW = Date.UTC(2026, 10, 22, 4, 0);

describe('contacts repository: full quick log, links, bad input, undo', () => {
  it('stores the full quick-log input', async () => {
    const db = await freshDb();
    await db.lenders.add(lender());
    const c = await addContact(
      db,
      {
        at: NOW - 60_000,
        lenderId: 'L1',
        channel: 'missed-call',
        direction: 'incoming',
        connected: false,
        person: { name: '王', staffId: 'A12', phone: '95xxx', agency: '某催收', party: 'agency' },
        summary: '',
        flags: ['third-party'],
        thirdParties: '我妈',
        tzOffsetMin: 480,
      },
      NOW,
    );
    expect(await db.contacts.get(c.id)).toMatchObject({ channel: 'missed-call', connected: false, thirdParties: '我妈', tzOffsetMin: 480 });
  });

  it('refuses no time, a future time and an empty summary without flags, each at its field, writing nothing', async () => {
    const db = await freshDb();
    const before = await snapshot(db);
    await expect(addContact(db, { at: Number.NaN, channel: 'call', summary: 'x' }, NOW)).rejects.toMatchObject({
      data: { field: 'at', messageKey: 'contact.error.noTime' },
    });
    await expect(addContact(db, { channel: 'call', summary: 'x' } as never, NOW)).rejects.toMatchObject({
      data: { field: 'at', messageKey: 'contact.error.noTime' },
    });
    await expect(addContact(db, { at: NOW + 120_000, channel: 'call', summary: 'x' }, NOW)).rejects.toMatchObject({
      data: { field: 'at', messageKey: 'contact.error.future' },
    });
    await expect(addContact(db, { at: NOW, channel: 'call', summary: ' ' }, NOW)).rejects.toMatchObject({
      data: { field: 'summary', messageKey: 'contact.error.empty' },
    });
    await expect(addContact(db, { at: NOW, channel: 'fax' as never, summary: 'x' }, NOW)).rejects.toMatchObject({
      data: { field: 'channel' },
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('links to an agreement (filling the lender), refuses another lender’s agreement, and unlinks', async () => {
    const db = await freshDb();
    await db.lenders.bulkAdd([lender(), lender({ id: 'L2', name: '另一家' })]);
    await db.agreements.add(agreement());
    const c = await addContact(db, { at: NOW, channel: 'call', summary: 'x' }, NOW);
    const linked = await linkContact(db, c.id, 'A1', NOW);
    expect(linked).toMatchObject({ agreementId: 'A1', lenderId: 'L1' });
    const other = await addContact(db, { at: NOW, channel: 'call', summary: 'y', lenderId: 'L2' }, NOW);
    await expect(linkContact(db, other.id, 'A1', NOW)).rejects.toMatchObject({ data: { messageKey: 'contact.error.agreementLender' } });
    expect((await db.contacts.get(other.id))!.agreementId).toBeUndefined();
    const unlinked = await linkContact(db, c.id, null, NOW);
    expect(unlinked.agreementId).toBeUndefined();
  });

  it('edits with the same checks', async () => {
    const db = await freshDb();
    const c = await addContact(db, { at: NOW - 1000, channel: 'call', summary: 'a' }, NOW);
    await expect(updateContact(db, c.id, { at: NOW + 3_600_000, channel: 'call', summary: 'a' }, NOW)).rejects.toMatchObject({
      data: { field: 'at' },
    });
    expect((await db.contacts.get(c.id))!.at).toBe(NOW - 1000);
  });

  it('undo of a delete puts back the contact and re-attaches its evidence', async () => {
    const db = await freshDb();
    const c = await addContact(db, { at: NOW, channel: 'call', summary: 'a' }, NOW);
    const e = await addEvidence(
      db,
      { blob: new Blob(['hello'], { type: 'text/plain' }), name: 'a.txt', owner: { ownerType: 'contact', ownerId: c.id } },
      NOW,
    );
    const removed = await deleteContact(db, c.id);
    expect(removed.evidenceIds).toEqual([e.id]);
    expect((await db.evidence.get(e.id))!.ownerId).toBeUndefined();
    await restoreContact(db, removed.contact, removed.evidenceIds);
    expect(await db.contacts.get(c.id)).toEqual(c);
    expect(await db.evidence.get(e.id)).toMatchObject({ ownerType: 'contact', ownerId: c.id });
    await expect(restoreContact(db, removed.contact, [])).rejects.toMatchObject({ data: { code: 'conflict' } });
  });
});
