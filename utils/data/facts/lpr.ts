import { LPR_TABLE } from '../lpr';
import type { Fact } from './types';

// [CN] Each LPR row of utils/data/lpr.ts is a fact of its own (lpr.md).
export const LPR_FACTS: readonly Fact[] = LPR_TABLE.map((r) => ({
  id: `cn.lpr.${r.publishedOn}`,
  kind: 'lpr' as const,
  jurisdiction: 'CN' as const,
  confidence: 'reported' as const,
  what: [
    `一年期 LPR ${r.oneYearPct}%（${r.publishedOn} 起${r.basis === 'derived' ? '；由前后报道推得' : ''}）`,
    `一年期 LPR ${r.oneYearPct}%（${r.publishedOn} 起${r.basis === 'derived' ? '；由前後報導推得' : ''}）`,
    `One-year LPR ${r.oneYearPct} % (from ${r.publishedOn}${r.basis === 'derived' ? '; derived from neighbouring reports' : ''})`,
  ] as const,
  sources: [
    {
      publisher: r.source.split('; ')[1] ?? r.source,
      title: 'Loan Prime Rate 贷款市场报价利率 (全国银行间同业拆借中心)',
      url: 'https://www.chinamoney.com.cn/english/bmklpr/',
    },
  ],
  published: r.publishedOn,
  checked: r.verifiedOn,
}));
