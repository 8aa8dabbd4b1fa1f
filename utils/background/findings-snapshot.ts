import { getDb } from '../db/connection';
import { browser } from 'wxt/browser';
import { clearFindingsSnapshot, refreshFindingsSnapshot } from '../db/repos/findings-snapshot';
import { readFindingsSnapshot } from '../db/repos/findings-snapshot-read';
import { onChanges } from './change-watch';
import { compactContactIndex } from '../db/repos/contact-index';

/** Writes often come in bursts (a plan's instalments, several quick notes): compute once they settle. */
export const REFRESH_DELAY_MS = 1_000;

/**
 * Keeps the findings snapshot current: whenever the database's findings token
 * is not the one the snapshot was computed from (any write to the inputs,
 * from the background or a page, see change-watch.ts), it recomputes once
 * writes settle. A timer lost when the worker stops costs only that: the
 * next wake-up compares again, and the view asks on its next open.
 */
export function registerFindingsSnapshot(delayMs = REFRESH_DELAY_MS): () => void {
  // A new version may find differently (or store another shape): start from its own computation.
  browser.runtime.onInstalled.addListener(() => {
    const db = getDb();
    clearFindingsSnapshot(db)
      .then(() => refreshFindingsSnapshot(db, Date.now))
      .catch((err: unknown) => console.error('findings snapshot', err));
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The returned function unregisters (for tests; the worker never needs to).
  const stop = onChanges(async (db) => {
    if ((await readFindingsSnapshot(db)).current) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const db = getDb();
      refreshFindingsSnapshot(db, Date.now)
        // The same settled moment suits the contact index: fold its segments if they piled up.
        .then(() => compactContactIndex(db))
        .catch((err: unknown) => console.error('findings snapshot', err));
    }, delayMs);
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}
