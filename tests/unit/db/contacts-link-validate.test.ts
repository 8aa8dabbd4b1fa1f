import { describe, expect, it } from 'vitest';
import { addContact, linkContact } from '@/utils/db/repos/contacts';
import { freshDb, snapshot } from '../helpers/db';
import { agreement, lender } from '../domain/findings/build';

const NOW = Date.UTC(2026, 10, 22, 4, 0);

describe('linking a contact validates the whole record before writing', () => {
  it('refuses a bad time, writing nothing, with the field named', async () => {
    const db = await freshDb();
    await db.lenders.add(lender());
    await db.agreements.add(agreement());
    const c = await addContact(db, { at: NOW, channel: 'call', summary: 'x' }, NOW);
    const before = await snapshot(db);
    await expect(linkContact(db, c.id, 'A1', Number.NaN)).rejects.toMatchObject({ data: { code: 'invalid-input', field: 'updatedAt' } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses to re-write a stored record that is not valid (for example from an old or damaged import)', async () => {
    const db = await freshDb();
    const c = await addContact(db, { at: NOW, channel: 'call', summary: 'x' }, NOW);
    await db.contacts.update(c.id, { summary: 'x'.repeat(100_000) });
    const before = await snapshot(db);
    await expect(linkContact(db, c.id, null, NOW)).rejects.toMatchObject({ data: { code: 'invalid-input', field: 'summary' } });
    expect(await snapshot(db)).toEqual(before);
  });
});
