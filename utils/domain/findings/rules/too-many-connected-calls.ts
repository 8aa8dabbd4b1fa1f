import { GBT_CONNECTED, L } from '../sources';
import type { RuleData } from '../rule-data';

export const tooManyConnectedCalls: RuleData = {
  id: 'too-many-connected-calls',
  jurisdiction: 'CN',
  title: L('一天接通超过 3 次催收电话', '一天接通超過 3 次催收電話', 'More than 3 connected collection calls in a day'),
  explain: L(
    '{date} 同一机构（含其委托的催收公司）与你接通了 {count} 次电话。据报道，国家推荐性标准 GB/T 45251 规定每天主动有效通话不应超过 3 次。',
    '{date} 同一機構（含其委託的催收公司）與你接通了 {count} 次電話。據報導，國家推薦性標準 GB/T 45251 規定每天主動有效通話不應超過 3 次。',
    'On {date} the same lender (with its collection agencies) reached you by phone {count} times. The national standard GB/T 45251 (recommended), as reported, says active effective calls should not exceed 3 a day.',
  ),
  basis: [GBT_CONNECTED],
  severity: 'medium',
  channels: ['nfra', 'cn-local-regulator', 'report12321', 'nifa', 'heimao'],
};
