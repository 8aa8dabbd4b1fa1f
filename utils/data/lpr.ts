/**
 * One-year Loan Prime Rate (贷款市场报价利率, 1年期), published monthly since
 * 2019-08-20 by 全国银行间同业拆借中心 (China Foreign Exchange Trade System).
 * Extend this table with each publication, from the source below, and record
 * when you checked it. Only values confirmed against a source belong here;
 * the UI lets the user type the value for dates the table does not cover.
 */
export interface LprPublication {
  /** ISO date of publication; the rate applies from this day until the next publication. */
  publishedOn: string;
  /** Percent, e.g. 3.85 */
  oneYearPct: number;
  source: string;
  verifiedOn: string;
}

export const LPR_SOURCE = '全国银行间同业拆借中心 (chinamoney.com.cn), 贷款市场报价利率';

export const LPR_TABLE: readonly LprPublication[] = [
  { publishedOn: '2020-07-20', oneYearPct: 3.85, source: `${LPR_SOURCE}; shared/knowledge/true-cost.md`, verifiedOn: '2026-11-22' },
];
