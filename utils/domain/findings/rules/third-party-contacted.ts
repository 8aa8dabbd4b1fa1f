import { CBA_GUIDELINE, GBT_45251, L, PIPL_ART_10 } from '../sources';
import type { RuleData } from '../rule-data';

export const thirdPartyContacted: RuleData = {
  id: 'third-party-contacted',
  title: L('联系了你的亲友或同事', '聯絡了你的親友或同事', 'Your relatives, friends or colleagues were contacted'),
  explain: L(
    '{date} 催收方联系了第三人：{who}。据报道，国家推荐性标准 GB/T 45251 和银行业协会的催收指引（约束会员机构）都要求只向借款人本人催收，不得向无关的人催收或透露你的债务。',
    '{date} 催收方聯絡了第三人：{who}。據報導，國家推薦性標準 GB/T 45251 和銀行業協會的催收指引（約束會員機構）都要求只向借款人本人催收，不得向無關的人催收或透露你的債務。',
    'On {date} the collector contacted other people: {who}. As reported, the national standard GB/T 45251 (recommended) and the banking association\u2019s collection guideline (binding on its members) both say collection may target only the borrower; unrelated people may not be pressed or told about your debt.',
  ),
  basis: [GBT_45251, CBA_GUIDELINE, PIPL_ART_10],
  severity: 'high',
  channels: ['nfra', 'report12321', 'nifa', 'heimao'],
  words: { unknownWho: L('（未写明是谁）', '（未寫明是誰）', '(not written down who)') },
};
