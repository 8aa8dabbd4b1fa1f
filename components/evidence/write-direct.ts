import type { Evidence } from '@/utils/model/records';
import type { NgDatabase } from '@/utils/db/schema';
import { addEvidence, restoreEvidence, type DeletedEvidence, type EvidenceOwner } from '@/utils/db/repos/evidence';
import { rpc } from '@/utils/rpc/client';

/** Tells the background a page wrote evidence itself, so the backup reminder counts it. */
export type NoteChange = () => Promise<unknown>;
const noteChange: NoteChange = () => rpc('backup.noteChange', {});

/**
 * The counter is advisory: the data is already saved, so a failed notice must
 * not turn a successful save into an error on screen.
 */
function tell(notify: NoteChange): Promise<void> {
  return notify().then(
    () => undefined,
    () => undefined,
  );
}

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
 * Stores picked files as evidence straight from the page (Blobs cannot cross
 * runtime messaging), then reports one change per file saved, even when a
 * later file is refused. Returns how many were saved; rethrows the refusal.
 */
export async function addFilesDirect(db: NgDatabase, files: readonly File[], owner: EvidenceOwner | undefined, notify = noteChange): Promise<number> {
  let saved = 0;
  try {
    for (const file of files) {
      await addEvidence(db, { blob: file, name: file.name, ...(owner ? { owner } : {}), ...fileTime(file) });
      saved += 1;
    }
  } finally {
    for (let i = 0; i < saved; i++) await tell(notify);
  }
  return saved;
}

/** Undo of an evidence delete: the page still holds the record with its Blob. */
export async function restoreEvidenceDirect(db: NgDatabase, record: Evidence, deleted: DeletedEvidence, notify = noteChange): Promise<Evidence> {
  const restored = await restoreEvidence(db, record, deleted);
  await tell(notify);
  return restored;
}
