import type { Finding } from '../../domain/findings/types';
import type { GroupSummary } from '../../domain/findings/group-summary';
import { getDb } from '../connection';
import { readFindingsSnapshot, readRuleFindings, tokenOf, SNAPSHOT_FORMAT, SUMMARY_KEY, ruleKey } from '../repos/findings-snapshot-read';
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

/** The findings view's read: two small rows (see findings-snapshot-read.ts). */
export function findingsSnapshot(db = getDb()): ReturnType<typeof readFindingsSnapshot> {
  return readFindingsSnapshot(db);
}

/**
 * One rule group's details: its findings from the snapshot, then the contacts
 * they name (by id, only as many as are shown) and the evidence of those
 * contacts and agreements (through the [ownerType+ownerId] index), so the view
 * never reads records unrelated to the group.
 */
export async function groupRecords(ruleId: string, contactsShown: number, db = getDb()) {
  const findings = (await readRuleFindings(db, ruleId)) ?? [];
  const contactIds = [...new Set(findings.flatMap((f) => f.contactIds))];
  const agreementIds = [...new Set(findings.flatMap((f) => (f.agreementId ? [f.agreementId] : [])))];
  const owners: [string, string][] = [
    ...contactIds.map((id): [string, string] => ['contact', id]),
    ...agreementIds.map((id): [string, string] => ['agreement', id]),
  ];
  const [contacts, evidence] = await Promise.all([
    db.contacts.bulkGet(contactIds.slice(0, contactsShown)),
    db.evidence.where('[ownerType+ownerId]').anyOf(owners).toArray(),
  ]);
  return {
    findings,
    contactCount: contactIds.length,
    contacts: contacts.flatMap((c) => (c ? [c] : [])),
    evidence: evidence.map(({ id, name, sha256, source }) => ({ id, name, sha256, title: source?.title })),
  };
}
