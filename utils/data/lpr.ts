/**
 * [CN] One-year Loan Prime Rate (贷款市场报价利率, 1年期) change points, from
 * shared/knowledge/lpr.md: a rate holds from `publishedOn` until the next row.
 * Published by 全国银行间同业拆借中心 on the 20th of each month (later for
 * holidays). All values come from media reports of the Center's announcements
 * ('reported') or are derived from reports of neighbouring fixings ('derived').
 * Extend only with a dated source per row; the UI asks the user for dates the
 * table does not cover.
 */
export interface LprPublication {
  /** ISO date of the fixing; the rate applies from this day until the next row. */
  publishedOn: string;
  /** Percent, e.g. 3.85 */
  oneYearPct: number;
  fiveYearPct?: number;
  source: string;
  /** Where the row comes from (lpr.md "basis"). */
  basis?: 'reported' | 'derived';
  /** Last fixing at which this value was reported unchanged (only the newest row needs it). */
  confirmedThrough?: string;
  verifiedOn: string;
}

export const LPR_SOURCE = '全国银行间同业拆借中心 (chinamoney.com.cn), 贷款市场报价利率';
const CHECKED = '2026-12-01';
const row = (
  publishedOn: string,
  oneYearPct: number,
  fiveYearPct: number,
  basis: 'reported' | 'derived',
  via: string,
  confirmedThrough?: string,
): LprPublication => ({
  publishedOn,
  oneYearPct,
  fiveYearPct,
  basis,
  source: `${LPR_SOURCE}; ${via}`,
  ...(confirmedThrough ? { confirmedThrough } : {}),
  verifiedOn: CHECKED,
});

export const LPR_TABLE: readonly LprPublication[] = [
  row('2019-08-20', 4.25, 4.85, 'reported', 'SCMP 2019-08-20'),
  row('2019-09-20', 4.2, 4.85, 'derived', 'yosefardi.com 2019-11'),
  row('2019-11-20', 4.15, 4.8, 'reported', 'yosefardi.com 2019-11'),
  row('2020-02-20', 4.05, 4.75, 'reported', 'yosefardi.com 2020-02'),
  row('2020-04-20', 3.85, 4.65, 'reported', 'SCMP 2020-04-20; 广州日报 via Sina 2021-07-20'),
  row('2021-12-20', 3.8, 4.65, 'reported', '广州日报 via Sina 2021-12-20'),
  row('2022-01-20', 3.7, 4.6, 'derived', '广州日报 via Sina 2022-04-20; forexlive 2022-08-22'),
  row('2022-05-20', 3.7, 4.45, 'derived', 'forexlive 2022-08-22'),
  row('2022-08-22', 3.65, 4.3, 'reported', 'forexlive 2022-08-22, 2022-09-20'),
  row('2023-06-20', 3.55, 4.2, 'reported', '新华社 via people.cn 2023-06-20'),
  row('2023-08-21', 3.45, 4.2, 'reported', 'moneycontrol 2023-08-21'),
  row('2024-02-20', 3.45, 3.95, 'derived', 'bg3.co'),
  row('2024-07-22', 3.35, 3.85, 'reported', 'finnewsnetwork 2024-07-22'),
  row('2024-10-21', 3.1, 3.6, 'reported', '中国经济网 via rednet 2024-10-21; forexlive 2025-01-20'),
  row('2025-05-20', 3.0, 3.5, 'reported', 'jmfinancialservices, Chosun 2025-05-20; 新华社 via people.cn 2026-01-20', '2026-01-20'),
];
