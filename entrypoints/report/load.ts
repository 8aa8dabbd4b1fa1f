import { readReportInput } from '@/utils/db/queries/report';
import { rpc } from '@/utils/rpc/client';
import type { ReportInput } from '@/utils/domain/report/select';

/** The report's records, with the findings from the background's snapshot (the dashboard's source). */
export function loadReportInput(): Promise<ReportInput> {
  return readReportInput(() => rpc('findings.refresh', {}));
}
