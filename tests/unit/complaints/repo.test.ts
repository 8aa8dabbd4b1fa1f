import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contract } from '@/utils/rpc/contract';
import { handlers } from '@/utils/rpc/handlers';
import { createRouter, type Handler } from '@/utils/rpc/router';
import { ENVELOPE_TAG } from '@/utils/rpc/envelope';
import type { Caller } from '@/utils/rpc/define';
import { addComplaint, deleteComplaint, updateComplaint } from '@/utils/db/repos/complaints';
import { getProfile, saveProfile } from '@/utils/db/repos/complaint-profile';
import { addUserSite } from '@/utils/db/repos/user-sites';
import { deleteContact } from '@/utils/db/repos/contacts';
import { sitePattern } from '@/utils/domain/complaints/site-pattern';
import { PANEL_INSERT } from '@/utils/sites/panel-messages';
import { movedBy, type Moved } from '../helpers/tokens';
import { freshDb, snapshot, testContext } from '../helpers/db';
import type { NgDatabase } from '@/utils/db/schema';

const route = createRouter(contract, handlers as unknown as Record<string, Handler>);
const NOW = new Date(2026, 10, 20, 15, 0).getTime(); // Friday 2026-11-20, local time
const call = (db: NgDatabase, method: string, input: unknown, caller: Caller, tabId?: number) =>
  route({ tag: ENVELOPE_TAG, method, input }, caller, (c) => ({ ...testContext(db, c, NOW), ...(tabId !== undefined ? { tabId } : {}) }));

// A PBOC 征信 complaint: the only mainland channel with an answer deadline (30 days from acceptance).
const sent = { channelId: 'pboc', url: 'https://www.pbc.gov.cn/complaint', sections: { facts: '事实经过' }, contactIds: [] };

describe('complaints repository', () => {
  it('records a submitted complaint with the channel deadline and one reminder the morning after', async () => {
    const db = await freshDb();
    const c = await addComplaint(db, sent, NOW);
    expect(c).toMatchObject({ status: 'submitted', answerDue: '2027-01-03', submittedAt: NOW, sections: { facts: '事实经过' } });
    const reminders = await db.reminders.toArray();
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ kind: 'complaint-answer', targetType: 'complaint', targetId: c.id, done: false });
    expect(reminders[0]!.fireAt).toBe(new Date(2027, 0, 4, 9, 0).getTime());
    // Correction (issue 14): NFRA has no verified answer deadline: no due date, no reminder.
    const n = await addComplaint(db, { ...sent, channelId: 'nfra', url: 'https://www.nfra.gov.cn/complaint' }, NOW);
    expect(n.answerDue).toBeUndefined();
    expect(await db.reminders.count()).toBe(1);
  });

  it('moves the reminder with the deadline and drops it once answered; delete removes both', async () => {
    const db = await freshDb();
    const c = await addComplaint(db, sent, NOW);
    const dataDue = c.answerDue!;
    await updateComplaint(db, c.id, { answerDue: '2026-12-20', referenceNo: 'NF-1' }, NOW);
    // The typed date rings (worded as the user's date), and so does the deadline the channel's data gives.
    expect((await db.reminders.toArray()).map((r) => r.key).sort()).toEqual(
      [`complaint-answer:${c.id}:2026-12-20`, `complaint-answer:${c.id}:${dataDue}`].sort(),
    );
    await updateComplaint(db, c.id, { status: 'answered' }, NOW);
    expect(await db.reminders.count()).toBe(0);
    await updateComplaint(db, c.id, { status: 'acknowledged' }, NOW);
    expect(await db.reminders.count()).toBe(2);
    await deleteComplaint(db, c.id);
    expect(await db.complaints.count()).toBe(0);
    expect(await db.reminders.count()).toBe(0);
  });

  it('a lender complaint by phone has no regulator deadline; a future date or unknown link writes nothing', async () => {
    const db = await freshDb();
    const c = await addComplaint(db, { channelId: 'lender', referenceNo: 'KF-9', sentOn: '2026-11-19' }, NOW);
    expect(c.answerDue).toBeUndefined();
    expect(await db.reminders.count()).toBe(0);
    const before = await snapshot(db);
    await expect(addComplaint(db, { channelId: 'lender', sentOn: '2026-11-21' }, NOW)).rejects.toMatchObject({ data: { field: 'sentOn' } });
    await expect(addComplaint(db, { ...sent, lenderId: 'nope' }, NOW)).rejects.toMatchObject({ data: { field: 'lenderId' } });
    await expect(addComplaint(db, { ...sent, contactIds: ['ghost'] }, NOW)).rejects.toMatchObject({ data: { field: 'contactIds' } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('still updates a complaint after a contact it lists was deleted, but refuses a new unknown link', async () => {
    const db = await freshDb();
    await db.contacts.add({
      id: 'C1',
      at: NOW - 3_600_000,
      channel: 'call',
      direction: 'incoming',
      connected: true,
      person: { name: '', staffId: '', phone: '', agency: '', party: 'agency' },
      summary: '催收',
      flags: [],
      thirdParties: '',
      tzOffsetMin: 480,
      createdAt: NOW,
      updatedAt: NOW,
    });
    const c = await addComplaint(db, { ...sent, contactIds: ['C1'] }, NOW);
    await deleteContact(db, 'C1');
    const next = await updateComplaint(db, c.id, { status: 'acknowledged', referenceNo: 'NF-2' }, NOW);
    expect(next).toMatchObject({ status: 'acknowledged', referenceNo: 'NF-2', contactIds: ['C1'] });
    await expect(updateComplaint(db, c.id, { agreementId: 'ghost' }, NOW)).rejects.toMatchObject({ data: { field: 'agreementId' } });
    expect((await db.complaints.get(c.id))!.agreementId).toBeUndefined();
  });

  it('detaches, and keeps, the evidence of a deleted complaint', async () => {
    const db = await freshDb();
    const c = await addComplaint(db, sent, NOW);
    await db.evidence.add({
      id: 'E1',
      name: 'a.png',
      mime: 'image/png',
      size: 1,
      sha256: 'a'.repeat(64),
      blob: new Blob(['x']),
      capturedAt: NOW,
      createdAt: NOW,
      ownerType: 'complaint',
      ownerId: c.id,
    });
    await deleteComplaint(db, c.id);
    const e = await db.evidence.get('E1');
    expect(e).toBeDefined();
    expect(e).not.toHaveProperty('ownerType');
    expect(e).not.toHaveProperty('ownerId');
  });

  it('keeps the profile in settings, trimmed', async () => {
    const db = await freshDb();
    expect(await getProfile(db)).toEqual({ name: '', phone: '', address: '' });
    await saveProfile(db, { name: ' 李明 ', phone: '138', address: '' });
    expect(await getProfile(db)).toEqual({ name: '李明', phone: '138', address: '' });
  });
});

describe('complaint RPC, by caller', () => {
  it('lets the panel record on the channel host, refuses a mismatched page, refuses the content script', async () => {
    const db = await freshDb();
    expect((await call(db, 'complaints.record', sent, 'panel')).ok).toBe(true);
    const wrongHost = await call(db, 'complaints.record', { ...sent, url: 'https://evil.example/nfra' }, 'panel');
    expect(wrongHost).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call(db, 'complaints.record', sent, 'content')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(db, 'complaints.record', { ...sent, url: 'javascript:alert(1)' }, 'panel')).toMatchObject({ ok: false });
    for (const m of ['complaints.update', 'complaints.delete', 'complaints.addSite', 'complaints.removeSite', 'complaints.add']) {
      expect((await call(db, m, {}, 'panel')).ok, m).toBe(false);
    }
    expect(await db.complaints.count()).toBe(1);
  });

  it('records a user-site complaint only for a site the user added', async () => {
    const db = await freshDb();
    const onSite = { ...sent, channelId: 'user-site', url: 'https://help.lender.example/complaint' };
    expect(await call(db, 'complaints.record', onSite, 'panel')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await addUserSite(db, { url: 'https://help.lender.example/' }, NOW);
    expect((await call(db, 'complaints.record', onSite, 'panel')).ok).toBe(true);
  });

  it('relays Insert only to the panel’s own tab, top frame', async () => {
    const db = await freshDb();
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true } as never);
    const res = await call(db, 'panel.insert', { key: 'f3', text: '你好' }, 'panel', 42);
    expect(res).toEqual({ ok: true, value: { ok: true } });
    expect(send).toHaveBeenCalledWith(42, { type: PANEL_INSERT, actor: 'panel', key: 'f3', text: '你好' }, { frameId: 0 });
    expect(await call(db, 'panel.insert', { key: 'f3', text: 'x' }, 'content', 42)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await call(db, 'panel.insert', { key: '<img>', text: 'x' }, 'panel', 42)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await call(db, 'panel.insert', { key: 'f1', text: 'x' }, 'panel')).toEqual({
      ok: true,
      value: { ok: false, reason: 'no-page' },
    });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('gives the panel its context without evidence files', async () => {
    const db = await freshDb();
    await db.evidence.add({
      id: 'E1',
      name: 'a.png',
      mime: 'image/png',
      size: 1,
      sha256: 'a'.repeat(64),
      blob: new Blob(['x']),
      capturedAt: NOW,
      createdAt: NOW,
      ownerType: 'agreement',
      ownerId: 'A0',
    });
    const res = await call(db, 'panel.context', {}, 'panel');
    expect(res.ok).toBe(true);
    expect(JSON.stringify(res)).not.toContain('blob');
    expect(await call(db, 'panel.context', {}, 'content')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('user-added complaint sites', () => {
  it('turns an address into the narrowest https pattern and refuses the rest', () => {
    expect(sitePattern('https://help.lender.example/complaint?x=1')).toEqual({
      ok: true,
      pattern: 'https://help.lender.example/*',
      origin: 'https://help.lender.example',
    });
    expect(sitePattern('help.lender.example')).toMatchObject({ ok: true, pattern: 'https://help.lender.example/*' });
    expect(sitePattern('http://help.lender.example/')).toEqual({ ok: false, reason: 'not-https' });
    expect(sitePattern('https://www.nfra.gov.cn/x')).toEqual({ ok: false, reason: 'registry' });
    for (const bad of ['', 'https://*/*', 'https://localhost/', 'https://a.example:8443/', 'https://u:p@a.example/']) {
      expect(sitePattern(bad).ok, bad).toBe(false);
    }
  });

  it('stores a site once, with a message at the field for a duplicate', async () => {
    const db = await freshDb();
    await addUserSite(db, { url: 'https://help.lender.example/c' }, NOW);
    await expect(addUserSite(db, { url: 'help.lender.example' }, NOW)).rejects.toMatchObject({
      data: { field: 'url', messageKey: 'complaint.site.error.duplicate' },
    });
    await expect(addUserSite(db, { url: 'ftp://x' }, NOW)).rejects.toMatchObject({ data: { field: 'url' } });
    expect(await db.userSites.count()).toBe(1);
  });
});

describe('complaint writes count as changes', () => {
  it('move the backup counter for every complaint, profile and site write, the reminders and sites tokens for theirs', async () => {
    const db = await freshDb();
    const moves: Moved[] = [];
    const run = async (method: string, input: unknown) => {
      let res: Awaited<ReturnType<typeof route>> | undefined;
      moves.push(
        await movedBy(db, async () => (res = await route({ tag: ENVELOPE_TAG, method, input }, 'page', (c) => testContext(db, c, NOW)))),
      );
      return res!;
    };
    const added = await run('complaints.add', sent);
    expect(added.ok).toBe(true);
    const id = (added as { value: { id: string } }).value.id;
    await run('complaints.update', { id, patch: { referenceNo: 'NO-1' } });
    await run('complaints.saveProfile', { name: '李明', phone: '138', address: '' });
    const site = await run('complaints.addSite', { url: 'https://help.lender.example/complaint' });
    expect(site.ok).toBe(true);
    await run('complaints.removeSite', { id: (site as { value: { id: string } }).value.id });
    await run('complaints.delete', { id });
    expect(moves.reduce((n, m) => n + m.counted, 0)).toBe(6);
    expect(moves.filter((m) => m.moved.includes('reminders'))).toHaveLength(3);
    expect(moves.filter((m) => m.moved.includes('sites'))).toHaveLength(2);
  });
});
