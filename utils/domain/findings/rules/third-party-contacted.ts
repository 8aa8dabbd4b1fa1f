import { CBA_THIRD_PARTY, GBT_DEBTOR_ONLY, L, PIPL_ART_10 } from '../sources';
import type { RuleData } from '../rule-data';

/** Contact flag "third-party", including 爆通讯录 (bank credit cards also: 第六十八条, added by the detector). */
export const thirdPartyContacted: RuleData = {
  id: 'third-party-contacted',
  jurisdiction: 'CN',
  title: L('联系了你的亲友或同事', '聯絡了你的親友或同事', 'Your relatives, friends or colleagues were contacted'),
  explain: L(
    '{date} 催收方联系了第三人：{who}。据报道，国家推荐性标准 GB/T 45251 和银行业协会的催收指引（约束会员机构）都要求只向借款人本人催收，不得向无关的人催收或透露你的债务；翻查通讯录逐个联系（爆通讯录）还涉及《个人信息保护法》第十条。',
    '{date} 催收方聯絡了第三人：{who}。據報導，國家推薦性標準 GB/T 45251 和銀行業協會的催收指引（約束會員機構）都要求只向借款人本人催收，不得向無關的人催收或透露你的債務；翻查通訊錄逐個聯絡（爆通訊錄）還涉及《個人信息保護法》第十條。',
    'On {date} the collector contacted other people: {who}. As reported, the national standard GB/T 45251 (recommended) and the banking association\u2019s collection guideline (binding on its members) both say collection may target only the borrower, and unrelated people may not be pressed or told about your debt; going through your phone book (爆通讯录) also engages Personal Information Protection Law Article 10.',
  ),
  basis: [GBT_DEBTOR_ONLY, CBA_THIRD_PARTY, PIPL_ART_10],
  severity: 'high',
  channels: ['nfra', 'cn-local-regulator', 'report12321', 'nifa', 'heimao'],
  words: { unknownWho: L('（未写明是谁）', '（未寫明是誰）', '(not written down who)') },
};
