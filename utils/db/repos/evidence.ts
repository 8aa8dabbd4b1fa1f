import * as v from 'valibot';
import { isSupportedType, sniffType, toHex } from '../../domain/evidence/file-type';
import { AppError, invalid, notFound } from '../../model/errors';
import { newId } from '../../model/ids';
import { EvidenceSchema, EVIDENCE_OWNERS, MAX_EVIDENCE_BYTES, type Evidence } from '../../model/records';
import { OcrTextSchema, type OcrText } from '../../model/ocr-text';
import type { NgDatabase } from '../schema';

export type EvidenceOwner = { ownerType: (typeof EVIDENCE_OWNERS)[number]; ownerId: string };

export interface EvidenceInput {
  blob: Blob;
  name: string;
  owner?: EvidenceOwner;
  source?: { url: string; title: string };
  capturedAt?: number;
  note?: string;
}

export interface IntegrityResult {
  id: string;
  match: boolean;
  expected: string;
  actual: string;
}

export const MAX_EVIDENCE_MB = MAX_EVIDENCE_BYTES / 1024 / 1024;

export async function sha256Of(bytes: ArrayBuffer): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', bytes));
}

async function readBytes(blob: Blob): Promise<ArrayBuffer> {
  try {
    return await blob.arrayBuffer();
  } catch {
    throw invalid('file', 'evidence.error.unreadable', 'the file could not be read');
  }
}

async function checkOwner(db: NgDatabase, owner: EvidenceOwner | undefined): Promise<void> {
  if (!owner) return;
  const table = { contact: db.contacts, agreement: db.agreements, complaint: db.complaints, installment: db.installments }[owner.ownerType];
  if (!(await table.get(owner.ownerId))) throw invalid('owner', 'error.notFound', `unknown ${owner.ownerType}`);
}

/**
 * Stores a file or screenshot with its size, type and SHA-256. Everything that
 * can fail (size, reading, type, hashing) happens before the transaction,
 * because awaiting anything but Dexie inside it would commit it early.
 */
export async function addEvidence(db: NgDatabase, input: EvidenceInput, now = Date.now()): Promise<Evidence> {
  if (input.blob.size > MAX_EVIDENCE_BYTES) {
    throw invalid('file', 'evidence.error.tooLarge', `larger than ${MAX_EVIDENCE_MB} MB`, { maxMb: MAX_EVIDENCE_MB });
  }
  if (input.blob.size === 0) throw invalid('file', 'evidence.error.unreadable', 'the file is empty');
  const bytes = await readBytes(input.blob);
  const stated = (input.blob.type || sniffType(new Uint8Array(bytes, 0, Math.min(16, bytes.byteLength)))).toLowerCase();
  if (!isSupportedType(stated)) throw invalid('file', 'evidence.error.type', `unsupported type "${stated || 'unknown'}"`);
  // Stored bare ("audio/ogg", not "audio/ogg; codecs=opus"): the viewer and backup restore accept only bare types.
  const mime = stated.split(';')[0]!.trim();
  const record: Evidence = {
    id: newId(),
    ...(input.owner ?? {}),
    name: (input.name.trim() || 'evidence').slice(0, 200),
    mime,
    size: bytes.byteLength,
    sha256: await sha256Of(bytes),
    blob: input.blob.type === mime ? input.blob : new Blob([bytes], { type: mime }),
    ...(input.source ? { source: { url: input.source.url.slice(0, 2048), title: input.source.title.slice(0, 200) } } : {}),
    capturedAt: input.capturedAt ?? now,
    ...(input.note ? { note: input.note.slice(0, 200) } : {}),
    createdAt: now,
  };
  v.parse(EvidenceSchema, record);
  return db.transaction('rw', [db.evidence, db.contacts, db.agreements, db.complaints, db.installments], async () => {
    await checkOwner(db, input.owner);
    await db.evidence.add(record);
    return record;
  });
}

/** Re-hashes the stored Blob and compares with the hash recorded when it was added. */
export async function verifyEvidence(db: NgDatabase, idValue: string): Promise<IntegrityResult> {
  const e = await db.evidence.get(idValue);
  if (!e) throw notFound('evidence', idValue);
  const actual = await sha256Of(await readBytes(e.blob));
  return { id: e.id, match: actual === e.sha256, expected: e.sha256, actual };
}

/** Attaches evidence to a contact, agreement, complaint or instalment; null detaches it. */
export async function attachEvidence(db: NgDatabase, idValue: string, owner: EvidenceOwner | null): Promise<void> {
  await db.transaction('rw', [db.evidence, db.contacts, db.agreements, db.complaints, db.installments], async () => {
    const e = await db.evidence.get(idValue);
    if (!e) throw notFound('evidence', idValue);
    await checkOwner(db, owner ?? undefined);
    await db.evidence.update(idValue, owner ?? { ownerType: undefined, ownerId: undefined });
  });
}

/** What a delete detached besides the record, so that undo can put it back. */
export interface DeletedEvidence {
  /** Instalments that used the item as proof of payment. */
  proofOf: string[];
  /** The text read from the image (OCR), deleted with it. */
  ocrText?: OcrText;
}

/** Deletes one item; an instalment that used it as proof of payment stays paid but loses the dangling link. */
export async function deleteEvidence(db: NgDatabase, idValue: string): Promise<DeletedEvidence> {
  return db.transaction('rw', [db.evidence, db.installments, db.ocrTexts], async () => {
    if (!(await db.evidence.get(idValue))) throw notFound('evidence', idValue);
    await db.evidence.delete(idValue);
    const ocrText = await db.ocrTexts.get(idValue);
    if (ocrText) await db.ocrTexts.delete(idValue);
    // No index on proofEvidenceId: plans are small, a scan is fine.
    const proofs = db.installments.filter((i) => i.proofEvidenceId === idValue);
    const proofOf = (await proofs.primaryKeys()) as string[];
    await proofs.modify((i) => void delete i.proofEvidenceId);
    return { proofOf, ...(ocrText ? { ocrText } : {}) };
  });
}

/**
 * Undo of deleteEvidence: puts the record back exactly (Blob included, so it is
 * called from the extension page that still holds it) and re-links the proofs
 * of payment that are still free. An owner deleted in the meantime is dropped
 * rather than blocking the undo.
 */
export async function restoreEvidence(db: NgDatabase, record: Evidence, deleted: DeletedEvidence = { proofOf: [] }): Promise<Evidence> {
  v.parse(EvidenceSchema, record);
  return db.transaction('rw', [db.evidence, db.contacts, db.agreements, db.complaints, db.installments, db.ocrTexts], async () => {
    if (await db.evidence.get(record.id)) throw new AppError({ code: 'conflict', message: 'the evidence already exists' });
    const restored = { ...record };
    if (restored.ownerType && restored.ownerId) {
      const table = { contact: db.contacts, agreement: db.agreements, complaint: db.complaints, installment: db.installments }[
        restored.ownerType
      ];
      if (!(await table.get(restored.ownerId))) {
        delete restored.ownerType;
        delete restored.ownerId;
      }
    }
    await db.evidence.add(restored);
    if (deleted.ocrText) await db.ocrTexts.put(v.parse(OcrTextSchema, deleted.ocrText));
    for (const i of await db.installments.bulkGet(deleted.proofOf)) {
      if (i && i.proofEvidenceId === undefined) await db.installments.update(i.id, { proofEvidenceId: restored.id });
    }
    return restored;
  });
}

export async function evidenceFor(db: NgDatabase, owner: EvidenceOwner): Promise<Evidence[]> {
  return db.evidence.where('[ownerType+ownerId]').equals([owner.ownerType, owner.ownerId]).toArray();
}
