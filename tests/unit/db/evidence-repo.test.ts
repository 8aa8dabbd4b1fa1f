import { describe, expect, it } from 'vitest';
import { addEvidence, attachEvidence, deleteEvidence, verifyEvidence } from '@/utils/db/repos/evidence';
import { MAX_EVIDENCE_BYTES } from '@/utils/model/records';
import { freshDb, snapshot } from '../helpers/db';
import { agreement, lender } from '../domain/findings/build';

const NOW = Date.UTC(2026, 10, 22, 4, 0);
const PNG_HEAD = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe('evidence repository', () => {
  it('stores a Blob with size, type and the SHA-256 of its bytes', async () => {
    const db = await freshDb();
    const e = await addEvidence(db, { blob: new Blob(['abc'], { type: 'text/plain' }), name: 'note.txt' }, NOW);
    // SHA-256("abc"), the FIPS 180-2 test vector.
    expect(e.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(e).toMatchObject({ size: 3, mime: 'text/plain', capturedAt: NOW });
    const stored = await db.evidence.get(e.id);
    expect(await stored!.blob.text()).toBe('abc');
  });

  it('detects the type of an untyped file from its first bytes', async () => {
    const db = await freshDb();
    const e = await addEvidence(db, { blob: new Blob([PNG_HEAD]), name: 'shot' }, NOW);
    expect(e.mime).toBe('image/png');
  });

  it('refuses a file over the limit, an empty file and an unsupported type, writing nothing', async () => {
    const db = await freshDb();
    const before = await snapshot(db);
    const big = new Blob([new Uint8Array(MAX_EVIDENCE_BYTES + 1)], { type: 'image/png' });
    await expect(addEvidence(db, { blob: big, name: 'big.png' }, NOW)).rejects.toMatchObject({
      data: { field: 'file', messageKey: 'evidence.error.tooLarge', params: { maxMb: 25 } },
    });
    await expect(addEvidence(db, { blob: new Blob([]), name: 'empty' }, NOW)).rejects.toMatchObject({
      data: { messageKey: 'evidence.error.unreadable' },
    });
    await expect(
      addEvidence(db, { blob: new Blob(['MZ..'], { type: 'application/x-msdownload' }), name: 'a.exe' }, NOW),
    ).rejects.toMatchObject({
      data: { messageKey: 'evidence.error.type' },
    });
    await expect(addEvidence(db, { blob: new Blob(['????']), name: 'mystery' }, NOW)).rejects.toMatchObject({
      data: { messageKey: 'evidence.error.type' },
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses an owner that does not exist; attaches to an agreement that does', async () => {
    const db = await freshDb();
    await expect(
      addEvidence(db, { blob: new Blob(['x'], { type: 'text/plain' }), name: 'x', owner: { ownerType: 'contact', ownerId: 'nope' } }, NOW),
    ).rejects.toMatchObject({ data: { field: 'owner' } });
    expect(await db.evidence.count()).toBe(0);
    await db.lenders.add(lender());
    await db.agreements.add(agreement());
    const e = await addEvidence(db, { blob: new Blob(['x'], { type: 'text/plain' }), name: 'x' }, NOW);
    await attachEvidence(db, e.id, { ownerType: 'agreement', ownerId: 'A1' });
    expect(await db.evidence.get(e.id)).toMatchObject({ ownerType: 'agreement', ownerId: 'A1' });
    await attachEvidence(db, e.id, null);
    expect((await db.evidence.get(e.id))!.ownerType).toBeUndefined();
  });

  it('deleting proof of a payment keeps the instalment paid and drops the dangling link', async () => {
    const db = await freshDb();
    const e = await addEvidence(db, { blob: new Blob(['receipt'], { type: 'text/plain' }), name: 'receipt.txt' }, NOW);
    await db.installments.bulkAdd([
      {
        id: 'I1',
        agreementId: 'A1',
        seq: 1,
        dueDate: '2026-11-01',
        amountFen: 100,
        paidOn: '2026-11-01',
        paidFen: 100,
        proofEvidenceId: e.id,
      },
      {
        id: 'I2',
        agreementId: 'A1',
        seq: 2,
        dueDate: '2026-12-01',
        amountFen: 100,
        paidOn: '2026-11-20',
        paidFen: 100,
        proofEvidenceId: 'other',
      },
    ]);
    await deleteEvidence(db, e.id);
    expect(await db.evidence.get(e.id)).toBeUndefined();
    const [i1, i2] = await db.installments.bulkGet(['I1', 'I2']);
    expect(i1).toMatchObject({ paidOn: '2026-11-01', paidFen: 100 });
    expect(i1).not.toHaveProperty('proofEvidenceId');
    expect(i2!.proofEvidenceId).toBe('other');
  });

  it('integrity check: match for the stored file, mismatch once its bytes change', async () => {
    const db = await freshDb();
    const e = await addEvidence(db, { blob: new Blob(['original'], { type: 'text/plain' }), name: 'x' }, NOW);
    expect(await verifyEvidence(db, e.id)).toMatchObject({ match: true, actual: e.sha256 });
    await db.evidence.update(e.id, { blob: new Blob(['tampered'], { type: 'text/plain' }) });
    const r = await verifyEvidence(db, e.id);
    expect(r.match).toBe(false);
    expect(r.expected).toBe(e.sha256);
    expect(r.actual).not.toBe(e.sha256);
  });
});
