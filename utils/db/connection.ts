import { DB_NAME, NgDatabase } from './schema';
import { isPageContext, wakeBackground } from './wake';

// One lazily opened database per JS context. The background service worker may
// be stopped at any time, so nothing else is cached: Dexie reopens on demand.
let current: NgDatabase | undefined;

export function getDb(): NgDatabase {
  // A page's own writes (a restore, evidence files) wake the background, which then compares the change tokens.
  current ??= new NgDatabase(DB_NAME, isPageContext() ? { onCommitted: wakeBackground } : {});
  return current;
}

/** Tests give each case a fresh database; production code never calls this. */
export function setDbForTests(db: NgDatabase | undefined): void {
  current = db;
}
