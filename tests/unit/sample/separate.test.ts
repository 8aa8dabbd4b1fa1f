import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, snapshot } from '../helpers/db';
import type { NgDatabase } from '@/utils/db/schema';
import { loadSample, removeSample } from '@/utils/db/repos/sample';
import { addContact, updateContact } from '@/utils/db/repos/contacts';
import { addAgreement } from '@/utils/db/repos/agreements';
import { popupRecent } from '@/utils/db/repos/popup-first';
import { loadPanelContext } from '@/utils/db/repos/panel-context';
import { selectRecords } from '@/utils/domain/complaints/select';
import { pickableFor } from '@/utils/domain/sample/separate';
import { isSampleId } from '@/utils/domain/sample/id';

const NOW = Date.UTC(2026, 10, 22, 4, 0);
let db: NgDatabase;
beforeEach(async () => {
  db = await freshDb();
  await loadSample(db, 'zh-CN', NOW, 480);
});

describe('sample data never mixes with real data', () => {
  it('a real contact cannot point at a sample lender or agreement, and nothing is written', async () => {
    const before = await db.contacts.count();
    await expect(addContact(db, { at: NOW - 1000, channel: 'call', summary: 'x', lenderId: 'sample-lender-1' }, NOW)).rejects.toMatchObject(
      {
        data: { field: 'lenderId', messageKey: 'everyday.sample.error.link' },
      },
    );
    await expect(
      addContact(db, { at: NOW - 1000, channel: 'call', summary: 'x', agreementId: 'sample-agreement-1' }, NOW),
    ).rejects.toMatchObject({
      data: { field: 'agreementId' },
    });
    expect(await db.contacts.count()).toBe(before);
    const mine = await addContact(db, { at: NOW - 1000, channel: 'call', summary: 'mine' }, NOW);
    await expect(
      updateContact(db, mine.id, { at: NOW - 1000, channel: 'call', summary: 'mine', lenderId: 'sample-lender-1' }, NOW),
    ).rejects.toThrow();
    expect((await db.contacts.get(mine.id))!.lenderId).toBeUndefined();
  });

  it('a real agreement never takes the sample lender, even from the same catalogue entry', async () => {
    const sampleLender = (await db.lenders.get('sample-lender-1'))!;
    await expect(
      addAgreement(db, { lender: { id: sampleLender.id }, negotiatedOn: '2026-11-20', terms: { totalToRepayFen: 100 } }, NOW),
    ).rejects.toMatchObject({
      data: { messageKey: 'everyday.sample.error.link' },
    });
    if (sampleLender.catalogId) {
      const a = await addAgreement(
        db,
        { lender: { catalogId: sampleLender.catalogId }, negotiatedOn: '2026-11-20', terms: { totalToRepayFen: 100 } },
        NOW,
      );
      expect(isSampleId(a.lenderId)).toBe(false);
    }
  });

  it('the popup does not offer (or default to) a sample lender; pickers for real records list real options only', async () => {
    const first = await popupRecent(db);
    expect(first.lenders.some((l) => isSampleId(l.id))).toBe(false);
    const options = [{ id: 'sample-agreement-1' }, { id: 'mine' }];
    expect(pickableFor('real-contact', options).map((o) => o.id)).toEqual(['mine']);
    expect(pickableFor('sample-contact-1', options)).toHaveLength(2);
  });

  it("a complaint draft about the user's own records never includes sample records", async () => {
    const mine = await addAgreement(
      db,
      { lender: { name: '我的贷款方', kind: 'platform' }, negotiatedOn: '2026-11-01', terms: { totalToRepayFen: 100 } },
      NOW,
    );
    await addContact(db, { at: NOW - 1000, channel: 'call', summary: '协议后又来催', lenderId: mine.lenderId }, NOW);
    const pool = await loadPanelContext(db, undefined, NOW);
    expect(pool.contacts.some((c) => isSampleId(c.id))).toBe(true); // the pool has both …
    for (const sel of [
      { lenderId: '', agreementId: '', demands: [] },
      { lenderId: mine.lenderId, agreementId: '', demands: [] },
      { lenderId: mine.lenderId, agreementId: mine.id, demands: [] },
    ]) {
      const r = selectRecords(pool, sel);
      expect(r.contacts.length).toBeGreaterThan(0);
      expect([...r.contacts, ...r.priorComplaints, ...r.evidence].some((x) => isSampleId(x.id))).toBe(false); // … a draft only one
      expect(r.findings.some((f) => f.contactIds.some(isSampleId))).toBe(false);
    }
    // Exploring the sample agreement gives a sample-only draft.
    const s = selectRecords(pool, { lenderId: 'sample-lender-1', agreementId: 'sample-agreement-1', demands: [] });
    expect(s.contacts.length).toBeGreaterThan(0);
    expect(s.contacts.every((c) => isSampleId(c.id))).toBe(true);
  });

  it('removing the samples leaves every real record exactly as it was', async () => {
    const a = await addAgreement(
      db,
      { lender: { name: '我的贷款方', kind: 'platform' }, negotiatedOn: '2026-11-01', terms: { totalToRepayFen: 100 } },
      NOW,
    );
    await addContact(db, { at: NOW - 1000, channel: 'call', summary: 'mine', lenderId: a.lenderId, agreementId: a.id }, NOW);
    const real = (snap: Awaited<ReturnType<typeof snapshot>>) =>
      JSON.stringify(
        Object.fromEntries(
          Object.entries(snap).map(([k, rows]) => [k, (rows as { id?: string; key?: string }[]).filter((r) => !isSampleId(r.id))]),
        ),
      );
    const before = real(await snapshot(db, { derived: false }));
    await removeSample(db);
    expect(real(await snapshot(db, { derived: false }))).toBe(before);
  });
});
