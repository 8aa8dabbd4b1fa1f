import { getDb } from '../db/connection';
import { browser } from 'wxt/browser';
import { clearFindingsSnapshot, refreshFindingsSnapshot } from '../db/repos/findings-snapshot';
import { onRpcEvent } from './rpc-listener';

/** Writes often come in bursts (a plan's instalments, several quick notes): compute once they settle. */
export const REFRESH_DELAY_MS = 1_000;

/**
 * Keeps the findings snapshot current after the background's own writes, so
 * the findings view usually opens on a current snapshot. Writes the background
 * does not see (a restore in a page) are caught by the view, which asks for a
 * refresh when the snapshot's token is outdated. A timer lost when the worker
 * stops costs only that: the view asks on its next open.
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
  return onRpcEvent((e) => {
    if (e !== 'data-changed') return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      refreshFindingsSnapshot(getDb(), Date.now).catch((err: unknown) => console.error('findings snapshot', err));
    }, delayMs);
  });
}
