import { getDb } from '@/utils/db/connection';
import { findAll } from '@/utils/domain/findings/find-all';
import { readJurisdiction } from '@/utils/db/queries/jurisdiction';
import type { ReportInput } from '@/utils/domain/report/select';

/** Everything a report may show, read directly (pages may read); evidence without its Blob bytes. */
export async function loadReportInput(): Promise<ReportInput> {
  const db = getDb();
  const [lenders, agreements, installments, contacts, evidenceRows] = await Promise.all([
    db.lenders.toArray(), db.agreements.toArray(), db.installments.toArray(), db.contacts.toArray(), db.evidence.toArray(),
  ]);
  const evidence = evidenceRows.map(({ blob: _blob, ...rest }) => rest);
  const findings = findAll({ contacts, agreements, installments, lenders, jurisdiction: (await readJurisdiction()) ?? 'CN' });
  return { lenders, agreements, installments, contacts, evidence, findings };
}
