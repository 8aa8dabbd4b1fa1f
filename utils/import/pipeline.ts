import { createCsvParser } from '../domain/import/csv';
import type { CsvMapping } from '../domain/import/csv-mapping';
import { defaultDecision, groupNumbers, type GroupDecision, type NumberGroup } from '../domain/import/number-groups';
import { planImport, type ImportPlan } from '../domain/import/plan';
import { createSbrParser } from '../domain/import/sbr-xml';
import type { ImportIssue, ImportedRecord, RecordSink, TextEncodingName } from '../domain/import/types';
import { numberProblem, type NumberRegion } from '../domain/phone/normalize';
import type { NgDatabase } from '../db/schema';
import { getDb } from '../db/connection';
import { commitImport, type CommitImportInput, type CommitProgress } from '../db/repos/import';
import type { ImportRecord } from '../model/import-records';
import { existingInRange, listLenders, numberBook } from '../db/queries/import';
import { newId } from '../model/ids';
import type { ContactFlag } from '../model/records';
import { readImportFile, type ReadProgress } from './read-file';

// The steps of an import in the page, in order: parse the file (streamed),
// group its numbers, plan against what is logged, then commitImport. Shared by
// the dashboard's import section, the tests and the benchmark.

export type ParseSpec = { format: 'sbr-xml' } | { format: 'csv'; mapping: CsvMapping };

export interface ParsedFile {
  format: 'sbr-xml' | 'csv' | 'pasted';
  records: ImportedRecord[];
  issues: ImportIssue[];
  sha256: string;
  encoding: TextEncodingName;
  size: number;
}

/** Keeps at most this many record problems; the count of the rest is still reported. */
const MAX_ISSUES = 500;

export async function parseFile(
  file: Blob,
  spec: ParseSpec,
  opts: { now?: number; signal?: AbortSignal; onProgress?: (p: ReadProgress) => void } = {},
): Promise<ParsedFile & { moreIssues: number }> {
  const now = opts.now ?? Date.now();
  const records: ImportedRecord[] = [];
  const issues: ImportIssue[] = [];
  let moreIssues = 0;
  const sink: RecordSink = {
    record: (r) => void records.push(r),
    issue: (i) => void (issues.length < MAX_ISSUES ? issues.push(i) : moreIssues++),
  };
  const parser =
    spec.format === 'sbr-xml' ? createSbrParser({ sink, now }) : createCsvParser({ mapping: spec.mapping, header: true, sink, now });
  const read = await readImportFile(file, parser, opts);
  return { format: spec.format, records, issues, moreIssues, ...read };
}

export interface Preview {
  groups: NumberGroup[];
  plan: ImportPlan;
}

export async function numberGroups(
  records: readonly ImportedRecord[],
  region: NumberRegion,
  db: NgDatabase = getDb(),
): Promise<NumberGroup[]> {
  return groupNumbers(records, region, await numberBook(db), await listLenders(db));
}

export function defaultDecisions(groups: readonly NumberGroup[]): Map<string, GroupDecision> {
  return new Map(groups.map((g) => [g.number, defaultDecision(g)]));
}

export async function planAgainstLog(
  records: readonly ImportedRecord[],
  opts: {
    region: NumberRegion;
    decisions: ReadonlyMap<string, GroupDecision>;
    flags?: ReadonlyMap<number, readonly ContactFlag[]>;
    now?: number;
  },
  db: NgDatabase = getDb(),
): Promise<ImportPlan> {
  let from = Infinity;
  let to = -Infinity;
  for (const r of records) {
    if (r.at < from) from = r.at;
    if (r.at > to) to = r.at;
  }
  const existing = records.length ? await existingInRange(db, from, to, opts.region) : [];
  return planImport({
    records,
    region: opts.region,
    decisions: opts.decisions,
    existing,
    flags: opts.flags ?? new Map(),
    // `0 -`, not `-`: UTC's offset is 0, never -0 (JSON, and so a backup, has no -0).
    tzOffsetMin: (at) => 0 - new Date(at).getTimezoneOffset(),
    newId,
    now: opts.now ?? Date.now(),
  });
}

/** Writes a confirmed import (one transaction; see utils/db/repos/import.ts). */
export function commit(
  input: CommitImportInput,
  opts: { signal?: AbortSignal; onProgress?: (p: CommitProgress) => void } = {},
  db: NgDatabase = getDb(),
): Promise<ImportRecord | null> {
  return commitImport(db, input, opts);
}

/**
 * Records whose number is not a phone number of any kind (too short, letters):
 * they are still imported, under the digits as written, and the preview says
 * which ones so the user can check them. Withheld callers are not a problem.
 */
export function numberIssues(records: readonly ImportedRecord[], region: NumberRegion, max = 100): ImportIssue[] {
  const out: ImportIssue[] = [];
  for (const r of records) {
    if (out.length >= max) break;
    if (numberProblem(r.number, region) !== 'odd') continue;
    const value = r.number.slice(0, 40);
    out.push({
      messageKey: 'import.issue.oddNumber',
      message: `record ${r.position}: "${value}" is not a phone number; kept as written`,
      position: r.position,
      ...(r.line ? { line: r.line } : {}),
      params: { record: r.position, value },
    });
  }
  return out;
}
