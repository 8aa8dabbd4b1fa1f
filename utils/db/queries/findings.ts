import type { Finding } from '../../domain/findings/types';
import type { GroupSummary } from '../../domain/findings/summary';
import { tokenOf, SNAPSHOT_FORMAT, SUMMARY_KEY, ruleKey } from '../repos/findings-snapshot-read';
import { TOKEN_KEYS } from '../change-tokens';
import type { NgDatabase } from '../schema';

/**
 * Every finding of the background-kept snapshot, in findAll's order (registry
 * order, then time: the snapshot's groups are in registry order and each
 * keeps its findings in time order), or undefined unless every row is
 * current. Call inside a read transaction that includes `derived` to read it
 * with the records in one consistent state.
 */
export async function currentFindings(db: NgDatabase): Promise<Finding[] | undefined> {
  const [tokenRow, summary] = await db.derived.bulkGet([TOKEN_KEYS.findings, SUMMARY_KEY]);
  const token = tokenOf(tokenRow);
  if (!summary || summary.format !== SNAPSHOT_FORMAT || summary.token !== token) return undefined;
  const ruleIds = (summary.groups as GroupSummary[]).map((g) => g.ruleId);
  const rows = await db.derived.bulkGet(ruleIds.map(ruleKey));
  if (rows.some((r) => !r || r.token !== token || r.format !== SNAPSHOT_FORMAT)) return undefined;
  return rows.flatMap((r) => r!.findings as Finding[]);
}
