import { mergeSegments } from '../contact-index';
import type { NgDatabase } from '../schema';

/** Past this many segments the reader's fold costs more than it should: compact. */
export const MAX_SEGMENTS = 64;
const PER_SEGMENT = 5_000;

/**
 * Rewrites the contact index as few large segments (background, after writes
 * settle). One read-write transaction on the index: a contacts write, which
 * always appends to the index in its own transaction, waits for it or runs
 * before it, so nothing is lost. Returns whether it compacted.
 */
export function compactContactIndex(db: NgDatabase, max = MAX_SEGMENTS): Promise<boolean> {
  return db.transaction('rw', db.contactIndex, async () => {
    if ((await db.contactIndex.count()) <= max) return false;
    const entries = mergeSegments(await db.contactIndex.orderBy('seq').toArray());
    await db.contactIndex.clear();
    const segments = [];
    for (let i = 0; i < entries.length; i += PER_SEGMENT) segments.push({ put: entries.slice(i, i + PER_SEGMENT) });
    await db.contactIndex.bulkAdd(segments);
    return true;
  });
}
