import { CBA_NIGHT, GBT_NIGHT, L } from '../sources';
import type { RuleData } from '../rule-data';

export const nightContact: RuleData = {
  id: 'night-contact',
  jurisdiction: 'CN',
  title: L('夜间催收（22:00—08:00）', '夜間催收（22:00—08:00）', 'Collection at night (22:00–08:00)'),
  explain: L(
    '{date} {time}（你当地时间）被联系。据报道，国家推荐性标准 GB/T 45251 和银行业协会的催收指引（约束会员机构）都规定：除非你同意，22:00 至次日 08:00 不应催收。',
    '{date} {time}（你當地時間）被聯絡。據報導，國家推薦性標準 GB/T 45251 和銀行業協會的催收指引（約束會員機構）都規定：除非你同意，22:00 至次日 08:00 不應催收。',
    'Contacted on {date} at {time} (your local time). As reported, the national standard GB/T 45251 (recommended) and the banking association\u2019s collection guideline (binding on its members) both say: unless you agreed to it, no collection between 22:00 and 08:00.',
  ),
  basis: [GBT_NIGHT, CBA_NIGHT],
  severity: 'medium',
  channels: ['nfra', 'cn-local-regulator', 'report12321', 'nifa', 'heimao'],
  words: { from: L('22:00', '22:00', '22:00'), to: L('08:00', '08:00', '08:00') },
};
