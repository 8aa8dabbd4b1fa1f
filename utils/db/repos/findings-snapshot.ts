import { findAll, groupByRule } from '../../domain/findings/find-all';
import { summarizeGroups } from '../../domain/findings/summary';
import { TOKEN_KEYS } from '../change-tokens';
import { getJurisdiction } from './jurisdiction';
import type { DerivedRow, NgDatabase } from '../schema';
import type { Contact } from '../../model/records';
import { FINDINGS_PREFIX, ruleKey, SNAPSHOT_FORMAT, SUMMARY_KEY, tokenOf } from './findings-snapshot-read';

// Computing the snapshot (background only); reading it is in findings-snapshot-read.ts.

export type RefreshResult = 'current' | 'written' | 'raced';

/**
 * Computes and stores the snapshot unless it is current. The inputs are read
 * in one transaction with the token, so they are one consistent state; the
 * result is stored only if the token is still the same ('raced' otherwise),
 * so a snapshot never carries a token its data does not match.
 */
export async function computeFindingsSnapshot(db: NgDatabase, now: number): Promise<RefreshResult> {
  const input = await db.transaction('r', [db.lenders, db.agreements, db.installments, db.contacts, db.settings, db.derived], async () => {
    const [tokenRow, summary] = await db.derived.bulkGet([TOKEN_KEYS.findings, SUMMARY_KEY]);
    const token = tokenOf(tokenRow);
    if (summary?.token === token && summary.format === SNAPSHOT_FORMAT) return undefined;
    const [contacts, agreements, installments, lenders, jurisdiction] = await Promise.all([
      readInChunks(db),
      db.agreements.toArray(),
      db.installments.toArray(),
      db.lenders.toArray(),
      getJurisdiction(db),
    ]);
    // Unset stays unset: findAll then assumes no rulebook (the views ask the user).
    return { token, contacts, agreements, installments, lenders, jurisdiction };
  });
  if (!input) return 'current';
  const groups = groupByRule(findAll(input));
  const contacts = new Map(input.contacts.map((c) => [c.id, c]));
  const rows: DerivedRow[] = [
    {
      key: SUMMARY_KEY,
      token: input.token,
      format: SNAPSHOT_FORMAT,
      computedAt: now,
      groups: summarizeGroups(groups, (id) => contacts.get(id)),
    },
    ...groups.map((g) => ({ key: ruleKey(g.ruleId), token: input.token, format: SNAPSHOT_FORMAT, findings: g.findings })),
  ];
  return db.transaction('rw', db.derived, async () => {
    if (tokenOf(await db.derived.get(TOKEN_KEYS.findings)) !== input.token) return 'raced';
    // Rules with no findings any more must not keep old rows.
    await db.derived.where('key').startsWith(FINDINGS_PREFIX).delete();
    await db.derived.bulkPut(rows);
    return 'written' as const;
  });
}

const CHUNK = 5_000;

/**
 * Every contact, in chunks of 5,000 (by id) within the caller's transaction.
 * One getAll of 70,000 contacts held the origin's IndexedDB backend for
 * seconds, and every page opening meanwhile waited for its first request;
 * between chunks, other connections' requests get their turn.
 */
async function readInChunks(db: NgDatabase): Promise<Contact[]> {
  const out: Contact[] = [];
  let last: string | undefined;
  for (;;) {
    const chunk = await (last === undefined ? db.contacts.orderBy(':id') : db.contacts.where(':id').above(last)).limit(CHUNK).toArray();
    for (const c of chunk) out.push(c);
    if (chunk.length < CHUNK) return out;
    last = chunk[chunk.length - 1]!.id;
  }
}

const queues = new WeakMap<NgDatabase, Promise<RefreshResult>>();
const ATTEMPTS = 3;

/**
 * One computation at a time per database (requests wait for the one under
 * way, then find the snapshot current at the cost of two small reads), and a
 * few attempts when writes keep landing during the computation.
 */
export function refreshFindingsSnapshot(db: NgDatabase, now: () => number): Promise<RefreshResult> {
  const previous = queues.get(db) ?? Promise.resolve<RefreshResult>('current');
  const next = previous
    .catch(() => 'current' as const)
    .then(async () => {
      let result: RefreshResult = 'raced';
      for (let i = 0; i < ATTEMPTS && result === 'raced'; i++) result = await computeFindingsSnapshot(db, now());
      return result;
    });
  queues.set(db, next);
  return next;
}

/**
 * Drops the snapshot, e.g. after the extension was updated: the new version's
 * rules or summary shape may differ, and the token alone (which only follows
 * the records) would not notice. The next view or write recomputes it.
 */
export async function clearFindingsSnapshot(db: NgDatabase): Promise<void> {
  await db.derived.where('key').startsWith(FINDINGS_PREFIX).delete();
}
