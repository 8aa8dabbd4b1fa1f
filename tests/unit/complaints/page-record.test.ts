import { describe, expect, it } from 'vitest';
import { contract } from '@/utils/rpc/contract';
import { handlers } from '@/utils/rpc/handlers';
import { createRouter, type Handler } from '@/utils/rpc/router';
import { ENVELOPE_TAG } from '@/utils/rpc/envelope';
import type { Caller } from '@/utils/rpc/define';
import { pageKey, recordFromPage } from '@/utils/db/repos/complaint-drafts';
import { freshDb, testContext } from '../helpers/db';
import type { NgDatabase } from '@/utils/db/schema';
import type { Complaint } from '@/utils/model/records';

const route = createRouter(contract, handlers as unknown as Record<string, Handler>);
const NOW = new Date(2026, 10, 20, 15, 0).getTime();
const call = (db: NgDatabase, method: string, input: unknown, caller: Caller = 'panel') =>
  route({ tag: ENVELOPE_TAG, method, input }, caller, (c) => testContext(db, c, NOW)) as Promise<{ ok: boolean; value?: Complaint | null }>;
const page = { channelId: 'nfra', url: 'https://www.nfra.gov.cn/complaint?session=1' };
const sent = { ...page, sections: { facts: '事实经过' }, contactIds: [] };

describe('recording a complaint from a page', () => {
  it('creates a draft, and recording again from the same page updates it instead of adding one', async () => {
    const db = await freshDb();
    const first = await call(db, 'complaints.record', sent);
    expect(first).toMatchObject({ ok: true, value: { status: 'draft', referenceNo: '' } });
    // The same page with another session token, then a quick double click.
    const again = await call(db, 'complaints.record', {
      ...sent,
      url: 'https://www.nfra.gov.cn/complaint?session=2#top',
      sections: { facts: '改过的事实' },
    });
    await Promise.all([call(db, 'complaints.record', sent), call(db, 'complaints.record', sent)]);
    expect(again.value?.id).toBe(first.value?.id);
    expect(await db.complaints.count()).toBe(1);
    expect((await db.complaints.toArray())[0]).toMatchObject({ status: 'draft', sections: { facts: '事实经过' } });
    // A draft has no answer deadline and no reminder.
    expect(await db.reminders.count()).toBe(0);
  });

  it('stays a draft until the user says it was submitted, with the reference number', async () => {
    const db = await freshDb();
    const rec = await call(db, 'complaints.record', sent);
    const id = rec.value?.id ?? '';
    // Another page cannot mark it; the content script cannot call at all.
    expect(await call(db, 'complaints.markSubmitted', { id, url: 'https://www.nfra.gov.cn/other', referenceNo: 'X' })).toMatchObject({
      ok: false,
    });
    expect(await call(db, 'complaints.markSubmitted', { id, url: page.url, referenceNo: 'X' }, 'content')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const done = await call(db, 'complaints.markSubmitted', { id, url: page.url, referenceNo: ' NFRA-2026-0042 ' });
    expect(done).toMatchObject({ ok: true, value: { status: 'submitted', referenceNo: 'NFRA-2026-0042', submittedAt: NOW } });
    expect(await db.reminders.count()).toBeLessThanOrEqual(1);
    // Only a draft can be marked: a second click changes nothing.
    expect(await call(db, 'complaints.markSubmitted', { id, url: page.url, referenceNo: 'other' })).toMatchObject({ ok: false });
    // Recording the same text again from the page returns the submitted complaint; new text starts a new draft.
    const same = await call(db, 'complaints.record', sent);
    expect(same).toMatchObject({ ok: true, value: { id, status: 'submitted' } });
    const next = await call(db, 'complaints.record', { ...sent, sections: { facts: '第二次投诉' } });
    expect(next).toMatchObject({ ok: true, value: { status: 'draft' } });
    expect(await db.complaints.count()).toBe(2);
  });

  it("keeps the user's edits for this page's complaint and restores them", async () => {
    const db = await freshDb();
    expect(await call(db, 'complaints.draftOnPage', page)).toEqual({ ok: true, value: null });
    await call(db, 'complaints.saveEdit', { ...page, key: 'facts', text: '我自己改的文字。' });
    await call(db, 'complaints.saveEdit', { ...page, key: 'demands', text: '1. 停止催收。' });
    expect(await call(db, 'complaints.draftOnPage', page)).toMatchObject({
      ok: true,
      value: { status: 'draft', sections: { facts: '我自己改的文字。', demands: '1. 停止催收。' } },
    });
    await call(db, 'complaints.saveEdit', { ...page, key: 'demands', text: '' });
    const back = await call(db, 'complaints.draftOnPage', page);
    expect(back.value?.sections).toEqual({ facts: '我自己改的文字。' });
    // Recording from the page uses the same record.
    await call(db, 'complaints.record', sent);
    expect(await db.complaints.count()).toBe(1);
    // Not on another host, not from the content script.
    expect(
      await call(db, 'complaints.saveEdit', { ...page, url: 'https://evil.example/complaint', key: 'facts', text: 'x' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call(db, 'complaints.draftOnPage', page, 'content')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses unknown contacts and changes nothing', async () => {
    const db = await freshDb();
    await expect(recordFromPage(db, { ...sent, contactIds: ['nope'] }, NOW)).rejects.toMatchObject({ data: { code: 'invalid-input' } });
    expect(await db.complaints.count()).toBe(0);
  });

  it('knows a page by origin and path', () => {
    expect(pageKey('https://a.example/x/?q=1#h')).toBe('https://a.example/x');
    expect(pageKey('https://a.example/x')).not.toBe(pageKey('https://a.example/y'));
  });
});
