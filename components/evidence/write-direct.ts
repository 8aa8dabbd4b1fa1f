import type { Evidence } from '@/utils/model/records';
import type { NgDatabase } from '@/utils/db/schema';
import { getDb } from '@/utils/db/connection';
import { addEvidence, restoreEvidence, type DeletedEvidence, type EvidenceOwner } from '@/utils/db/repos/evidence';

// Evidence files are written straight from the page (Blobs cannot cross
// runtime messaging). Each write counts itself for the backup reminder in its
// own transaction (utils/db/change-tokens.ts): nothing to tell the background.

/**
 * A picked file's own time (when the screenshot was saved on the phone or
 * computer) is its capture time: reading "昨天 22:41" in it must count from
 * that day, not from the day it was attached. A time in the future or before
 * 2000 (a file copied without its times) falls back to now.
 */
function fileTime(file: File, now = Date.now()): { capturedAt?: number } {
  const t = file.lastModified;
  return Number.isInteger(t) && t >= Date.UTC(2000, 0, 1) && t <= now ? { capturedAt: t } : {};
}

/**
 * Stores picked files as evidence, one transaction each, so files saved
 * before a refused one stay saved. Returns how many were saved; rethrows the refusal.
 */
export async function addFilesDirect(files: readonly File[], owner: EvidenceOwner | undefined, db: NgDatabase = getDb()): Promise<number> {
  let saved = 0;
  for (const file of files) {
    await addEvidence(db, { blob: file, name: file.name, ...(owner ? { owner } : {}), ...fileTime(file) });
    saved += 1;
  }
  return saved;
}

/** Undo of an evidence delete: the page still holds the record with its Blob. */
export function restoreEvidenceDirect(record: Evidence, deleted: DeletedEvidence, db: NgDatabase = getDb()): Promise<Evidence> {
  return restoreEvidence(db, record, deleted);
}
