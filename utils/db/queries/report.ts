import type { ReportInput } from '../../domain/report/select';
import { getDb } from '../connection';
import type { NgDatabase } from '../schema';
import { currentFindings } from './findings';

/** Asks the background to bring the findings snapshot up to date (the page passes the RPC call). */
export type RefreshFindings = () => Promise<unknown>;

const ATTEMPTS = 3;

/**
 * Everything a report may show, evidence without its Blob bytes, and the
 * findings from the same background-kept snapshot the dashboard shows, so the
 * two can never disagree. Records and snapshot are read in one transaction;
 * when the snapshot is behind the records, the background is asked to
 * refresh it and the read is repeated.
 */
export async function readReportInput(refresh: RefreshFindings, db: NgDatabase = getDb()): Promise<ReportInput> {
  for (let attempt = 0; ; attempt++) {
    const read = await db.transaction('r', [db.lenders, db.agreements, db.installments, db.contacts, db.evidence, db.derived], async () => {
      const [lenders, agreements, installments, contacts, evidenceRows, findings] = await Promise.all([
        db.lenders.toArray(),
        db.agreements.toArray(),
        db.installments.toArray(),
        db.contacts.toArray(),
        db.evidence.toArray(),
        currentFindings(db),
      ]);
      const evidence = evidenceRows.map(({ blob: _blob, ...rest }) => rest);
      return findings ? { lenders, agreements, installments, contacts, evidence, findings } : undefined;
    });
    if (read) return read;
    if (attempt + 1 >= ATTEMPTS) throw new Error('the findings could not be brought up to date');
    await refresh();
  }
}
