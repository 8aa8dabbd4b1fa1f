import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { BACKUP_TABLES } from '../domain/backup/tables';
import { BACKUP_SETTING, isBackupBookkeeping } from './backup-keys';

/**
 * What a write can change, for the code that reacts to it. Each concern has a
 * token in the derived table that every read-write transaction touching one
 * of its tables replaces, in the same transaction; the backup concern also
 * counts its changes in the settings table (the reminder's counter).
 */
export type Concern = 'findings' | 'backup' | 'reminders' | 'sites';
export const CONCERNS: readonly Concern[] = ['findings', 'backup', 'reminders', 'sites'];

export const CONCERN_TABLES: Record<Concern, readonly string[]> = {
  // What the findings are computed from.
  findings: ['lenders', 'agreements', 'installments', 'contacts'],
  // Everything a backup holds (the reminder's own bookkeeping excepted, see isBackupBookkeeping).
  backup: BACKUP_TABLES,
  // The alarm is armed from the reminder rows; every write that adds, moves or removes one writes this table.
  reminders: ['reminders'],
  // User-added complaint sites: the background registers a content script for each.
  sites: ['userSites'],
};

/** Results derived from the user's records: never backed up, safe to delete (they are recomputed). */
export const DERIVED_TABLE = 'derived';
const SETTINGS_TABLE = 'settings';

/** Where each concern's token lives in the derived table (the findings key predates the others). */
export const TOKEN_KEYS: Record<Concern, string> = {
  findings: 'inputs-token',
  backup: 'change:backup',
  reminders: 'change:reminders',
  sites: 'change:sites',
};

/** The token before anything was ever written through this code (a fresh or pre-version-2 database). */
export const INITIAL_TOKEN = 'initial';

/** Called after a transaction that moved tokens has committed (pages use it to wake the background). */
export type OnCommitted = (concerns: ReadonlySet<Concern>) => void;

const concernsOfTable = (name: string): Concern[] => CONCERNS.filter((c) => CONCERN_TABLES[c].includes(name));
const touchesAny = (stores: readonly string[]) => stores.some((s) => concernsOfTable(s).length > 0);

function hasStore(trans: DBCoreTransaction, name: string): boolean {
  // Dexie's DBCore transaction is the IDBTransaction itself.
  const names = (trans as Partial<IDBTransaction>).objectStoreNames;
  return !!names && names.contains(name);
}

/** A settings write that touches only the backup reminder's bookkeeping keys. */
function onlyBookkeeping(req: DBCoreMutateRequest): boolean {
  if (req.type === 'deleteRange') return false;
  const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v) => (v as { key?: unknown }).key));
  return keys.length > 0 && keys.every(isBackupBookkeeping);
}

/**
 * Counts one change for the backup reminder: a read and a write on the raw
 * IDBTransaction (Dexie's DBCore transaction is that object), chained in
 * IndexedDB's own callbacks so it needs no Dexie zone. Readers of the counter
 * also read the backup token (written through Dexie), which is how
 * liveQuery learns that the counter moved (utils/db/repos/backup-state.ts).
 */
function countBackupChange(trans: DBCoreTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    const store = (trans as unknown as IDBTransaction).objectStore(SETTINGS_TABLE);
    const fail = (req: IDBRequest) => () => reject(req.error ?? new Error('the backup change counter could not be written'));
    const get = store.get(BACKUP_SETTING.changes);
    get.onerror = fail(get);
    get.onsuccess = () => {
      const value: unknown = (get.result as { value?: unknown } | undefined)?.value;
      const count = typeof value === 'number' && Number.isFinite(value) ? value : 0;
      if (count === 0) store.put({ key: BACKUP_SETTING.firstChangeAt, value: Date.now() });
      const put = store.put({ key: BACKUP_SETTING.changes, value: count + 1 });
      put.onerror = fail(put);
      put.onsuccess = () => resolve();
    };
  });
}

function check(res: { numFailures: number; failures: Record<number, Error> }): void {
  // DBCore reports a failed put in its result instead of throwing: the data must not commit without its token.
  if (res.numFailures > 0) throw Object.values(res.failures)[0] ?? new Error('a change token could not be written');
}

/**
 * A Dexie DBCore middleware. Every read-write transaction that touches a
 * concern's table also gets the derived and settings tables in its scope, and
 * its first mutation of that table writes a fresh random token for the
 * concern (and, for the backup concern, counts one change). Because this runs
 * inside the writer's own transaction, it commits or rolls back with the
 * data: no write, from any context (background, a page restoring a backup,
 * an upgrade), can change the records without changing the tokens, and no
 * write path has to remember to announce itself. A random token rather than
 * a counter needs no read before the write and never repeats an older value,
 * so a stale result can never look current.
 *
 * Registered at Dexie's default level (10), above the observability
 * middleware (level 0), so liveQuery and Dexie's cross-context broadcast see
 * the tokens change.
 */
export function changeTokensMiddleware(onCommitted?: OnCommitted): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'ChangeTokens',
    create(down) {
      const moved = new WeakMap<DBCoreTransaction, Set<Concern>>();
      const hasTable = (name: string) => down.schema.tables.some((t) => t.name === name);
      // Started synchronously from mutate(), while Dexie's zone for the writer's transaction is still current.
      function record(trans: DBCoreTransaction, concern: Concern): Promise<unknown>[] {
        const token = down
          .table(DERIVED_TABLE)
          .mutate({ type: 'put', trans, values: [{ key: TOKEN_KEYS[concern], token: crypto.randomUUID() }] })
          .then(check);
        return concern === 'backup' && hasStore(trans, SETTINGS_TABLE) ? [token, countBackupChange(trans)] : [token];
      }

      return {
        transaction(stores, mode, options) {
          const extra =
            mode === 'readwrite' && touchesAny(stores)
              ? [DERIVED_TABLE, SETTINGS_TABLE].filter((t) => hasTable(t) && !stores.includes(t))
              : [];
          const trans = down.transaction(extra.length ? [...stores, ...extra] : stores, mode, options);
          if (onCommitted && mode === 'readwrite') {
            (trans as Partial<IDBTransaction>).addEventListener?.('complete', () => {
              const concerns = moved.get(trans);
              if (concerns?.size) onCommitted(concerns);
            });
          }
          return trans;
        },
        table(name): DBCoreTable {
          const table = down.table(name);
          const concerns = concernsOfTable(name);
          if (concerns.length === 0) return table;
          return {
            ...table,
            async mutate(req) {
              const extra: Promise<unknown>[] = [];
              if (hasStore(req.trans, DERIVED_TABLE)) {
                let done = moved.get(req.trans);
                if (!done) moved.set(req.trans, (done = new Set()));
                for (const concern of concerns) {
                  if (done.has(concern)) continue;
                  if (concern === 'backup' && name === SETTINGS_TABLE && onlyBookkeeping(req)) continue;
                  done.add(concern);
                  extra.push(...record(req.trans, concern));
                }
              }
              const written = Promise.all(extra);
              written.catch(() => undefined); // if the data write fails first, the transaction aborts and this is moot
              const res = await table.mutate(req);
              await written;
              return res;
            },
          };
        },
      };
    },
  };
}
