import type { GroupSummary } from '../../domain/findings/group-summary';
import type { Finding } from '../../domain/findings/types';
import { INITIAL_TOKEN, TOKEN_KEYS } from '../change-tokens';
import type { DerivedRow, NgDatabase } from '../schema';

// The findings over the whole log take ~50 ms to compute but ~300 ms to
// gather (every contact, agreement and instalment read from IndexedDB), too
// slow for a view that should open at once. The background computes them
// after each change and keeps the result here, stamped with the inputs token
// it was computed from (utils/db/change-tokens.ts). The view shows the snapshot
// only while that token is current; otherwise it says it is updating.

export const FINDINGS_PREFIX = 'findings:';
export const SUMMARY_KEY = `${FINDINGS_PREFIX}summary`;
export const ruleKey = (ruleId: string) => `${FINDINGS_PREFIX}rule:${ruleId}`;

/**
 * The shape of the stored summary and rule rows. Bump it when GroupSummary or
 * Finding change: rows of another format are never shown (a newer or older
 * version of the extension may have written them), they are recomputed.
 */
// 2: rules per jurisdiction, bases from the facts registry. 3: each group names its complaint channel.
export const SNAPSHOT_FORMAT = 3;

export interface FindingsSnapshot {
  /** True when no write to the inputs happened after the snapshot was computed. */
  current: boolean;
  /** The database's inputs token now: changes with every write the snapshot depends on. */
  token: string;
  /** The last computed groups (possibly outdated, see `current`); undefined before the first computation. */
  groups?: GroupSummary[];
  computedAt?: number;
}

export const tokenOf = (row: DerivedRow | undefined) => row?.token ?? INITIAL_TOKEN;

/** The view's read: two small rows in one transaction, whatever the size of the log. */
export function readFindingsSnapshot(db: NgDatabase): Promise<FindingsSnapshot> {
  return db.transaction('r', db.derived, async () => {
    const [tokenRow, summary] = await db.derived.bulkGet([TOKEN_KEYS.findings, SUMMARY_KEY]);
    const token = tokenOf(tokenRow);
    if (!summary || summary.format !== SNAPSHOT_FORMAT) return { current: false, token };
    return { current: summary.token === token, token, groups: summary.groups as GroupSummary[], computedAt: summary.computedAt as number };
  });
}

/** One rule's findings, read when its details are opened; undefined unless the snapshot is current. */
export function readRuleFindings(db: NgDatabase, ruleId: string): Promise<Finding[] | undefined> {
  return db.transaction('r', db.derived, async () => {
    const [token, rule] = await db.derived.bulkGet([TOKEN_KEYS.findings, ruleKey(ruleId)]);
    return rule && rule.format === SNAPSHOT_FORMAT && rule.token === tokenOf(token) ? (rule.findings as Finding[]) : undefined;
  });
}
