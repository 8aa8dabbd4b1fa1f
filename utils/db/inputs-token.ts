import type { DBCore, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';

/**
 * The tables the findings are computed from. A write to any of them gives the
 * database a new "inputs token", in the same transaction as the write, so a
 * result computed from the inputs can be trusted exactly while its token is
 * still the current one (see utils/db/repos/findings-snapshot.ts).
 */
export const FINDINGS_INPUT_TABLES: readonly string[] = ['lenders', 'agreements', 'installments', 'contacts'];

/** Results derived from the user's records: never backed up, safe to delete (they are recomputed). */
export const DERIVED_TABLE = 'derived';
export const INPUTS_TOKEN_KEY = 'inputs-token';

/** The token before anything was ever written through this code (a fresh or pre-version-2 database). */
export const INITIAL_TOKEN = 'initial';

const tracked = (stores: readonly string[]) => stores.some((s) => FINDINGS_INPUT_TABLES.includes(s));

function hasStore(trans: DBCoreTransaction, name: string): boolean {
  // Dexie's DBCore transaction is the IDBTransaction itself.
  const names = (trans as Partial<IDBTransaction>).objectStoreNames;
  return !!names && names.contains(name);
}

/**
 * A Dexie DBCore middleware. Every read-write transaction that touches an
 * input table also gets the derived table in its scope, and its first
 * mutation of an input table writes a fresh random token there. Because the
 * token is written inside the writer's own transaction, it commits or rolls
 * back with the data: no write, from any context (background, a page
 * restoring a backup, an upgrade), can change the inputs without changing it.
 * A random token rather than a counter needs no read before the write and can
 * never repeat an older value, so a stale result can never look current.
 *
 * Registered at Dexie's default level (10), above the observability
 * middleware (level 0), so liveQuery sees the token change.
 */
export const inputsTokenMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'InputsToken',
  create(down) {
    const stamped = new WeakSet<DBCoreTransaction>();
    const derived = () => down.table(DERIVED_TABLE);
    const hasDerivedTable = () => down.schema.tables.some((t) => t.name === DERIVED_TABLE);
    return {
      transaction(stores, mode, options) {
        const scope = mode === 'readwrite' && tracked(stores) && !stores.includes(DERIVED_TABLE) && hasDerivedTable() ? [...stores, DERIVED_TABLE] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name): DBCoreTable {
        const table = down.table(name);
        if (!FINDINGS_INPUT_TABLES.includes(name)) return table;
        return {
          ...table,
          async mutate(req) {
            const res = await table.mutate(req);
            if (!stamped.has(req.trans) && hasStore(req.trans, DERIVED_TABLE)) {
              stamped.add(req.trans);
              const put = await derived().mutate({ type: 'put', trans: req.trans, values: [{ key: INPUTS_TOKEN_KEY, token: crypto.randomUUID() }] });
              // DBCore reports a failed put in its result instead of throwing: the data must not commit without a new token.
              if (put.numFailures > 0) throw put.failures[0] ?? new Error('the inputs token could not be written');
            }
            return res;
          },
        };
      },
    };
  },
};
