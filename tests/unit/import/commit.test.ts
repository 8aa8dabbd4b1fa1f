import { describe, expect, it } from 'vitest';
import { commitImport, ImportAborted } from '@/utils/db/repos/import';
import { addContact } from '@/utils/db/repos/contacts';
import { listImports } from '@/utils/db/queries/import';
import { defaultDecisions, numberGroups, parseFile, planAgainstLog } from '@/utils/import/pipeline';
import { freshDb, snapshot } from '../helpers/db';
import { fixture, NOW } from './helpers';
import type { NgDatabase } from '@/utils/db/schema';

async function prepare(db: NgDatabase, name = 'calls-20261201081542.xml') {
  const file = fixture(name);
  const parsed = await parseFile(file, { format: 'sbr-xml' }, { now: NOW });
  const groups = await numberGroups(parsed.records, 'CN', db);
  const decisions = defaultDecisions(groups);
  const plan = await planAgainstLog(parsed.records, { region: 'CN', decisions, now: NOW }, db);
  return {
    file,
    parsed,
    groups,
    decisions,
    plan,
    input: { file, name, format: parsed.format, encoding: parsed.encoding, sha256: parsed.sha256, plan, numbers: [] },
  };
}

describe('committing an import', () => {
  it("adds every call except the user's personal contacts, keeps the file with its hash and links each contact to its position", async () => {
    const db = await freshDb();
    const { parsed, plan, input, groups } = await prepare(db);
    const personal = groups.filter((g) => g.personal);
    expect(personal.map((g) => g.name).sort()).toEqual(['妈妈', '张伟', '李娜 同事'].sort());
    const personalCalls = personal.reduce((n, g) => n + g.calls, 0);
    expect(plan.contacts).toHaveLength(parsed.records.length - personalCalls);
    expect(plan.excluded).toBe(personalCalls);
    const record = await commitImport(db, input, { now: NOW });
    expect(record).toMatchObject({
      name: 'calls-20261201081542.xml',
      sha256: parsed.sha256,
      size: parsed.size,
      added: plan.contacts.length,
      importedAt: NOW,
    });
    expect(await db.contacts.count()).toBe(plan.contacts.length);
    const links = await db.importLinks.toArray();
    expect(links).toHaveLength(plan.contacts.length);
    expect(links.every((l) => l.importId === record!.id && l.position >= 1)).toBe(true);
    expect((await db.imports.get(record!.id))!.blob.size).toBe(parsed.size);
    expect(await listImports(db)).toHaveLength(1);
  });

  it('adds nothing when the same file is imported again', async () => {
    const db = await freshDb();
    await commitImport(db, (await prepare(db)).input, { now: NOW });
    const before = await snapshot(db);
    const again = await prepare(db);
    expect(again.plan.contacts).toHaveLength(0);
    expect(again.plan.duplicates).toBe(again.parsed.records.length - again.plan.excluded);
    expect(await commitImport(db, again.input, { now: NOW + 1000 })).toBeNull();
    expect(await snapshot(db)).toEqual(before);
  });

  it('makes a manual entry and the imported same call one record (same number, minute and direction)', async () => {
    const db = await freshDb();
    const { parsed } = await prepare(db);
    const r = parsed.records.find((x) => x.number === '+8617512345678' && x.callType === 1)!;
    const manual = await addContact(
      db,
      {
        at: r.at + 20_000,
        channel: 'call',
        direction: 'incoming',
        connected: true,
        person: { phone: '175 1234 5678' },
        summary: '说要上门',
        flags: ['threat'],
      },
      NOW,
    );
    // Another manual entry a minute later is a different call.
    await addContact(
      db,
      { at: r.at + 120_000, channel: 'call', direction: 'incoming', person: { phone: '17512345678' }, summary: '又打来' },
      NOW,
    );
    const { plan, input } = await prepare(db);
    expect(plan.merged).toBe(1);
    await commitImport(db, input, { now: NOW });
    const all = await db.contacts.toArray();
    expect(all.filter((c) => c.at === r.at || c.id === manual.id)).toHaveLength(1);
    expect(all.find((c) => c.id === manual.id)).toMatchObject({ summary: '说要上门', flags: ['threat'] });
    expect(await db.importLinks.where('contactId').equals(manual.id).count()).toBe(1);
    expect(all).toHaveLength(plan.contacts.length + 2);
  });

  it('writes nothing when the import is cancelled or fails half-way', async () => {
    const db = await freshDb();
    const before = await snapshot(db);
    const { input } = await prepare(db);
    const ctl = new AbortController();
    await expect(commitImport(db, input, { now: NOW, signal: ctl.signal, onProgress: () => ctl.abort() })).rejects.toBeInstanceOf(
      ImportAborted,
    );
    expect(await snapshot(db)).toEqual(before);
    // A record that breaks a unique key part-way through the bulk write.
    const broken = { ...input, plan: { ...input.plan, contacts: [...input.plan.contacts, { ...input.plan.contacts[0]! }] } };
    await expect(commitImport(db, broken, { now: NOW })).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
    const bad = { ...input, plan: { ...input.plan, contacts: [{ ...input.plan.contacts[0]!, at: Number.NaN }] } };
    await expect(commitImport(db, bad, { now: NOW })).rejects.toThrow(/^contact: /);
    expect(await snapshot(db)).toEqual(before);
  });

  it('remembers an assigned number: the next import and later manual entries get its lender', async () => {
    const db = await freshDb();
    await db.lenders.add({ id: 'jdd', name: '桔多多', kind: 'platform', createdAt: NOW, updatedAt: NOW });
    const sms = await parseFile(fixture('sms-20261201081542.xml'), { format: 'sbr-xml' }, { now: NOW });
    const groups = await numberGroups(sms.records, 'CN', db);
    const gateway = groups.find((g) => g.number === '10690571888')!;
    expect(gateway.suggestion).toMatchObject({ lenderName: '桔多多', lenderId: 'jdd' });
    const agency = groups.find((g) => g.number === '+8617512345678')!;
    expect(agency.suggestion.agency).toBe('深圳市鼎盛资产管理有限公司');
    const numbers = [
      { number: '+8617512345678', lenderId: 'jdd', agency: '深圳市鼎盛资产管理有限公司', party: 'agency' as const, updatedAt: NOW },
    ];
    const decisions = defaultDecisions(groups);
    const plan = await planAgainstLog(sms.records, { region: 'CN', decisions, now: NOW }, db);
    await commitImport(
      db,
      { file: fixture('sms-20261201081542.xml'), name: 'sms.xml', format: 'sbr-xml', encoding: 'utf-8', sha256: sms.sha256, plan, numbers },
      { now: NOW },
    );
    const calls = await prepare(db);
    expect(calls.groups.find((g) => g.number === '+8617512345678')!.book).toMatchObject({ lenderId: 'jdd' });
    expect(
      calls.plan.contacts
        .filter((c) => c.person.phone === '+8617512345678')
        .every((c) => c.lenderId === 'jdd' && c.person.party === 'agency'),
    ).toBe(true);
    const manual = await addContact(
      db,
      { at: NOW - 3600_000, channel: 'call', person: { phone: '+86 175-1234-5678' }, summary: '又来电催款' },
      NOW,
    );
    expect(manual).toMatchObject({ lenderId: 'jdd', person: { agency: '深圳市鼎盛资产管理有限公司', party: 'agency' } });
  });
});
