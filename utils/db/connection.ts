import { NgDatabase } from './schema';

// One lazily opened database per JS context. The background service worker may
// be stopped at any time, so nothing else is cached: Dexie reopens on demand.
let current: NgDatabase | undefined;

export function getDb(): NgDatabase {
  current ??= new NgDatabase();
  return current;
}

/** Tests give each case a fresh database; production code never calls this. */
export function setDbForTests(db: NgDatabase | undefined): void {
  current = db;
}
