import Dexie from 'dexie';
import { getDb } from '../db/connection';
import type { Concern } from '../db/change-tokens';
import { markSeen, readSeen, readTokens } from '../db/repos/change-tokens';
import type { NgDatabase } from '../db/schema';

// The background learns about changes from the database only. Every write,
// from any context, moves its concerns' tokens in its own transaction
// (utils/db/change-tokens.ts); the background compares them with what each
// subsystem last acted on when the worker starts (every wake-up runs the
// top level again), when Dexie announces a commit (its own, or a page's via
// Dexie's BroadcastChannel) and when a page pokes a sleeping worker
// (utils/db/wake.ts). Nothing emits by hand.

type Check = (db: NgDatabase) => Promise<void>;
const checks: Check[] = [];
let running: Promise<void> | undefined;
let again = false;

function runChecks(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      const db = getDb();
      for (const check of [...checks]) await check(db).catch((err: unknown) => console.error('change watch', err));
    } while (again);
  })().finally(() => (running = undefined));
  return running;
}

let listening = false;
function listen(): void {
  if (listening) return;
  listening = true;
  Dexie.on('storagemutated', () => void runChecks());
}

/** Compares tokens now (a page asked, or the worker just started). Resolves when every check ran. */
export function catchUp(): Promise<void> {
  return runChecks();
}

/** Adds a check that runs on every wake-up and every announced commit; returns its removal (for tests). */
export function onChanges(check: Check): () => void {
  listen();
  checks.push(check);
  void runChecks();
  return () => {
    const i = checks.indexOf(check);
    if (i >= 0) checks.splice(i, 1);
  };
}

/**
 * Runs `run` whenever the concern's token differs from the one this follower
 * last finished a run for. The token is read before the run and recorded
 * after it, so a write during the run makes it run once more.
 */
export function follow(follower: string, concern: Concern, run: (db: NgDatabase) => Promise<void>): () => void {
  return onChanges(async (db) => {
    const token = (await readTokens(db))[concern];
    if ((await readSeen(db, follower)) === token) return;
    await run(db);
    await markSeen(db, follower, token);
  });
}
