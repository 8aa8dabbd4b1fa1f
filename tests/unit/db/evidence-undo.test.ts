import { describe, expect, it } from 'vitest';
import { addEvidence, deleteEvidence, restoreEvidence } from '@/utils/db/repos/evidence';
import { addFilesDirect, restoreEvidenceDirect } from '@/components/evidence/write-direct';
import { createRouter, type Handler } from '@/utils/rpc/router';
import { contract } from '@/utils/rpc/contract';
import { handlers } from '@/utils/rpc/handlers';
import { ENVELOPE_TAG } from '@/utils/rpc/envelope';
import { freshDb, snapshot, testContext } from '../helpers/db';
import { movedBy } from '../helpers/tokens';
import { contact } from '../domain/findings/build';

const NOW = Date.UTC(2026, 10, 22, 4, 0);
const PLAN = { agreementId: 'A1', dueDate: '2026-11-01', amountFen: 100, paidOn: '2026-11-01', paidFen: 100 };

describe('evidence delete and undo', () => {
  it('puts back the record exactly, Blob included, and re-links the proof of payment', async () => {
    const db = await freshDb();
    await db.contacts.add(contact({ id: 'C1' }));
    const e = await addEvidence(
      db,
      { blob: new Blob(['receipt'], { type: 'text/plain' }), name: 'r.txt', owner: { ownerType: 'contact', ownerId: 'C1' } },
      NOW,
    );
    await db.installments.add({ id: 'I1', seq: 1, ...PLAN, proofEvidenceId: e.id });
    const before = await snapshot(db);
    const deleted = await deleteEvidence(db, e.id);
    expect(deleted).toEqual({ proofOf: ['I1'] });
    await restoreEvidence(db, e, deleted);
    const after = await snapshot(db);
    expect(after.installments).toEqual(before.installments);
    const back = await db.evidence.get(e.id);
    expect({ ...back, blob: undefined }).toEqual({ ...e, blob: undefined });
    expect(await back!.blob.text()).toBe('receipt');
  });

  it('drops an owner deleted in the meantime, keeps a proof link another item took since, and refuses a duplicate or a bad record', async () => {
    const db = await freshDb();
    await db.contacts.add(contact({ id: 'C1' }));
    const e = await addEvidence(
      db,
      { blob: new Blob(['x'], { type: 'text/plain' }), name: 'x', owner: { ownerType: 'contact', ownerId: 'C1' } },
      NOW,
    );
    await db.installments.add({ id: 'I1', seq: 1, ...PLAN, proofEvidenceId: e.id });
    const deleted = await deleteEvidence(db, e.id);
    await db.contacts.delete('C1');
    await db.installments.update('I1', { proofEvidenceId: 'other' });
    const back = await restoreEvidence(db, e, deleted);
    expect(back).not.toHaveProperty('ownerId');
    expect((await db.installments.get('I1'))!.proofEvidenceId).toBe('other');
    await expect(restoreEvidence(db, e, deleted)).rejects.toMatchObject({ data: { code: 'conflict' } });
    const bad = { ...e, id: 'E-bad', sha256: 'nope' };
    await expect(restoreEvidence(db, bad)).rejects.toThrow();
    expect(await db.evidence.get('E-bad')).toBeUndefined();
  });

  it('the delete RPC returns what undo needs', async () => {
    const db = await freshDb();
    const e = await addEvidence(db, { blob: new Blob(['x'], { type: 'text/plain' }), name: 'x' }, NOW);
    const route = createRouter(contract, handlers as unknown as Record<string, Handler>);
    const res = await route({ tag: ENVELOPE_TAG, method: 'evidence.delete', input: { id: e.id } }, 'page', () => testContext(db));
    expect(res).toEqual({ ok: true, value: { proofOf: [] } });
  });
});

describe('evidence written straight from a page counts as a change for the backup reminder', () => {
  it('counts once per file saved, also when a later file is refused', async () => {
    const db = await freshDb();
    const good = new File(['a'], 'a.txt', { type: 'text/plain' });
    let saved = 0;
    expect(await movedBy(db, async () => (saved = await addFilesDirect([good, good], undefined, db)))).toEqual({
      moved: ['backup'],
      counted: 2,
    });
    expect(saved).toBe(2);
    const refused = new File(['<x/>'], 'x.html', { type: 'text/html' });
    const moves = await movedBy(db, () =>
      expect(addFilesDirect([good, refused], undefined, db)).rejects.toMatchObject({ data: { field: 'file' } }),
    );
    expect(moves.counted).toBe(1);
  });

  it('counts the undo of a delete too, with no message to the background', async () => {
    const db = await freshDb();
    expect(await addFilesDirect([new File(['a'], 'a.txt', { type: 'text/plain' })], undefined, db)).toBe(1);
    const e = (await db.evidence.toArray())[0]!;
    const d = await deleteEvidence(db, e.id);
    expect((await movedBy(db, () => restoreEvidenceDirect(e, d, db))).counted).toBe(1);
  });

  it('backup.noteChange is gone: a page has nothing to announce', async () => {
    const db = await freshDb();
    const route = createRouter(contract, handlers as unknown as Record<string, Handler>);
    const ctx = () => testContext(db);
    for (const caller of ['page', 'panel', 'content'] as const) {
      expect(await route({ tag: ENVELOPE_TAG, method: 'backup.noteChange', input: {} }, caller, ctx)).toMatchObject({ ok: false });
    }
    expect(await route({ tag: ENVELOPE_TAG, method: 'backup.noteChange', input: {} }, 'page', ctx)).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
  });
});

describe('adding evidence stores the bare type', () => {
  it('drops parameters from a supported type', async () => {
    const db = await freshDb();
    const e = await addEvidence(db, { blob: new Blob(['OggS'], { type: 'audio/ogg; codecs=opus' }), name: 'call.ogg' }, NOW);
    expect(e.mime).toBe('audio/ogg');
    expect(e.blob.type).toBe('audio/ogg');
  });
});
