import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { Contact } from '../model/records';
import { wallClock } from '../domain/time/wall-clock';
import type { ContactIndexEntry } from '../domain/search/index-entry';

/**
 * The contact index (schema v8): what the contacts view filters and searches
 * by, for every contact, in a form that is cheap to read at once. Reading
 * 70,000 whole contacts took seconds and clogged the origin's IndexedDB for
 * every other page; the index is a few fields per contact, read in a few
 * large rows.
 *
 * It is an append-only log of segments: every write of contacts appends ONE
 * segment in the writer's own transaction (this middleware), holding the
 * entries written (`put`) or the ids removed (`del`). So a 2,000-contact
 * chunk costs one extra put, an edit one small row, and nothing is ever read
 * before a write. Readers fold the segments in order (mergeSegments); the
 * background compacts them when they pile up (compactContactIndex). Derived
 * data: never backed up, rebuilt from the contacts (upgrade, restore).
 */
export const CONTACT_INDEX_TABLE = 'contactIndex';
const CONTACTS_TABLE = 'contacts';
/** DBCoreRangeType.Any (a const enum in Dexie's types): clear(). */
const ANY_RANGE = 3;

export interface ContactIndexSegment {
  seq?: number;
  put?: ContactIndexEntry[];
  del?: string[];
  /** Set on a segment that replaces every earlier one (a clear of the contacts, a compaction). */
  reset?: true;
}

/** What the index keeps of a contact: raw text (normalised by the reader, which has the converter). */
export function indexEntryOf(c: Contact): ContactIndexEntry {
  const p = c.person;
  return {
    id: c.id,
    at: c.at,
    date: wallClock(c).date,
    channel: c.channel,
    direction: c.direction,
    lenderId: c.lenderId ?? '',
    agreementId: c.agreementId ?? '',
    flags: c.flags,
    text: [p.name, p.staffId, p.phone, p.agency, c.summary, c.thirdParties].join('\u0000'),
  };
}

/** The segment that records one mutation of the contacts table. */
function segmentOf(req: DBCoreMutateRequest): ContactIndexSegment {
  switch (req.type) {
    case 'add':
    case 'put':
      return { put: (req.values as Contact[]).map(indexEntryOf) };
    case 'delete':
      return { del: req.keys as string[] };
    case 'deleteRange':
      // clear(): the whole index goes with it (other ranges are read first, in mutate()).
      return { reset: true };
  }
}

/** The index of the contacts, folded from its segments: newest write wins, `reset` drops what came before. */
export function mergeSegments(segments: readonly ContactIndexSegment[]): ContactIndexEntry[] {
  const byId = new Map<string, ContactIndexEntry>();
  for (const s of segments) {
    if (s.reset) byId.clear();
    for (const id of s.del ?? []) byId.delete(id);
    for (const e of s.put ?? []) byId.set(e.id, e);
  }
  return [...byId.values()];
}

function check(res: { numFailures: number; failures: Record<number, Error> }): void {
  if (res.numFailures > 0) throw Object.values(res.failures)[0] ?? new Error('the contact index could not be written');
}

/**
 * Every read-write transaction on contacts also gets the index in its scope,
 * and every mutation of contacts appends its segment in that transaction, so
 * the index commits or rolls back with the contacts (an aborted import leaves
 * neither). A deleteRange (clear) on the contacts is mirrored by a `reset`.
 */
export function contactIndexMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'ContactIndex',
    create(down) {
      const has = down.schema.tables.some((t) => t.name === CONTACT_INDEX_TABLE);
      if (!has) return down;
      return {
        ...down,
        transaction(stores, mode, options) {
          const extra = mode === 'readwrite' && stores.includes(CONTACTS_TABLE) && !stores.includes(CONTACT_INDEX_TABLE);
          return down.transaction(extra ? [...stores, CONTACT_INDEX_TABLE] : stores, mode, options);
        },
        table(name): DBCoreTable {
          const table = down.table(name);
          if (name !== CONTACTS_TABLE) return table;
          const index = down.table(CONTACT_INDEX_TABLE);
          return {
            ...table,
            async mutate(req) {
              let segment: ContactIndexSegment;
              if (req.type === 'deleteRange' && req.range.type !== ANY_RANGE) {
                // Not used on contacts today; kept exact anyway: the keys in the range, read first.
                const keys = await table.query({
                  trans: req.trans,
                  values: false,
                  query: { index: table.schema.primaryKey, range: req.range },
                });
                segment = { del: keys.result as string[] };
              } else segment = segmentOf(req);
              // Issued before the data write, so segments keep the order of the writes.
              const written = (
                segment.reset && req.type === 'deleteRange'
                  ? index.mutate({ type: 'deleteRange', trans: req.trans, range: req.range })
                  : index.mutate({ type: 'add', trans: req.trans, values: [segment] })
              ).then(check);
              written.catch(() => undefined); // if the data write fails first, the transaction aborts
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
