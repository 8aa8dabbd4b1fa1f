import { describe, expect, it } from 'vitest';
import { addContact, countContacts, deleteContact, recentContacts, restoreContact, updateContact } from '@/utils/db/repos/contacts';
import { AppError } from '@/utils/model/errors';
import { freshDb, snapshot } from '../helpers/db';

const NOW = Date.UTC(2026, 10, 22, 4, 0);

describe('contacts repository', () => {
  it('adds a contact with defaults and lists the newest first', async () => {
    const db = await freshDb();
    await addContact(db, { at: NOW - 3_600_000, channel: 'call', summary: '第一次' }, NOW);
    const second = await addContact(db, { at: NOW - 60_000, channel: 'sms', summary: '第二次', person: { name: '王' } }, NOW);
    expect(second.person).toEqual({ name: '王', staffId: '', phone: '', agency: '', party: 'unknown' });
    expect(second.flags).toEqual([]);
    expect(second.createdAt).toBe(NOW);
    const recent = await recentContacts(db, 10);
    expect(recent.map((c) => c.summary)).toEqual(['第二次', '第一次']);
    expect(await countContacts(db)).toBe(2);
  });

  it('refuses a time in the future and writes nothing', async () => {
    const db = await freshDb();
    const before = await snapshot(db);
    await expect(addContact(db, { at: NOW + 3_600_000, channel: 'call', summary: 'x' }, NOW)).rejects.toMatchObject({
      data: { code: 'invalid-input', field: 'at', messageKey: 'contact.error.future' },
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses an empty summary without flags, but accepts flags alone', async () => {
    const db = await freshDb();
    await expect(addContact(db, { at: NOW, channel: 'call', summary: '   ' }, NOW)).rejects.toBeInstanceOf(AppError);
    expect(await countContacts(db)).toBe(0);
    await addContact(db, { at: NOW, channel: 'call', flags: ['threat'] }, NOW);
    expect(await countContacts(db)).toBe(1);
  });

  it('refuses a link to a lender that does not exist', async () => {
    const db = await freshDb();
    await expect(addContact(db, { at: NOW, channel: 'call', summary: 'x', lenderId: 'nope' }, NOW)).rejects.toMatchObject({
      data: { field: 'lenderId' },
    });
    expect(await countContacts(db)).toBe(0);
  });

  it('updates, deletes and restores (undo)', async () => {
    const db = await freshDb();
    const c = await addContact(db, { at: NOW - 1000, channel: 'call', summary: 'a' }, NOW);
    const updated = await updateContact(db, c.id, { at: c.at, channel: 'sms', summary: 'b' }, NOW + 5);
    expect(updated).toMatchObject({ id: c.id, channel: 'sms', summary: 'b', createdAt: NOW, updatedAt: NOW + 5 });
    const removed = await deleteContact(db, c.id);
    expect(await countContacts(db)).toBe(0);
    await restoreContact(db, removed.contact, removed.evidenceIds);
    expect(await db.contacts.get(c.id)).toEqual(updated);
  });

  it('reports not-found for an unknown id on update and delete', async () => {
    const db = await freshDb();
    await expect(updateContact(db, 'missing', { at: NOW, channel: 'call', summary: 'x' }, NOW)).rejects.toMatchObject({
      data: { code: 'not-found' },
    });
    await expect(deleteContact(db, 'missing')).rejects.toMatchObject({ data: { code: 'not-found' } });
  });
});
