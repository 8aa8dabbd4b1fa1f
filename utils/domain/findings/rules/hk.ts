import { HK_341_INTIMIDATION, HK_341_THIRD_PARTY, HK_COBP, HK_POLICE, L } from '../sources';
import type { RuleData } from '../rule-data';

// [HK] Hong Kong: HKMA Guideline 3.4.1 (text) and the Code of Banking Practice
// (reported) bind banks; licensed money lenders are outside the HKMA.

export const hkThirdParty: RuleData = {
  id: 'hk-third-party',
  jurisdiction: 'HK',
  title: L('向第三者追讨', '向第三者追討', 'Recovery from third parties'),
  explain: L(
    '{date} 收数方联系了第三者：{who}。如贷款方是银行：金管局指引 3.4.1 规定，银行及其收数公司不得向未正式签约担保该债务的第三者（包括介绍人、家人或朋友）追讨债务；据报道，《银行营运守则》也禁止骚扰介绍人或家人。',
    '{date} 收數方聯絡了第三者：{who}。如貸款方是銀行：金管局指引 3.4.1 規定，銀行及其收數公司不得向未正式簽約擔保該債務的第三者（包括介紹人、家人或朋友）追討債務；據報導，《銀行營運守則》也禁止騷擾介紹人或家人。',
    'On {date} the collector contacted other people: {who}. If the lender is a bank: HKMA Guideline 3.4.1 says banks and their agencies must not try to recover debts from third parties (referees, family, friends) who did not formally guarantee the debt; as reported, the Code of Banking Practice also forbids pestering referees or family.',
  ),
  basis: [HK_341_THIRD_PARTY, HK_COBP],
  severity: 'high',
  channels: ['hkma'],
  words: { unknownWho: L('（未写明是谁）', '（未寫明是誰）', '(not written down who)') },
};

export const hkIntimidation: RuleData = {
  id: 'hk-intimidation',
  jurisdiction: 'HK',
  title: L('恐吓、暴力或公开羞辱', '恐嚇、暴力或公開羞辱', 'Intimidation, violence or public humiliation'),
  explain: L(
    '{date} {time} 对方恐吓、辱骂你或公开羞辱你。如贷款方是银行：金管局指引 3.4.1 规定，收数公司不得对任何人进行言语或身体上的恐吓或暴力，包括张贴海报、在住所墙上写字等公开羞辱的行为。据报道（香港警务处网页），大部分非法收数行为涉及刑事罪行：紧急情况请拨打 999。',
    '{date} {time} 對方恐嚇、辱罵你或公開羞辱你。如貸款方是銀行：金管局指引 3.4.1 規定，收數公司不得對任何人進行言語或身體上的恐嚇或暴力，包括張貼海報、在住所牆上寫字等公開羞辱的行為。據報導（香港警務處網頁），大部分非法收數行為涉及刑事罪行：緊急情況請撥打 999。',
    'On {date} at {time} they intimidated, insulted or publicly humiliated you. If the lender is a bank: HKMA Guideline 3.4.1 says agencies must not resort to verbal or physical intimidation or violence against any person, including posters or writing on the walls of a debtor\u2019s home. As reported on the Hong Kong Police website, most illegal debt-collection acts are criminal offences: in an emergency call 999.',
  ),
  basis: [HK_341_INTIMIDATION, HK_POLICE],
  severity: 'high',
  channels: ['hk-police', 'hkma'],
};
