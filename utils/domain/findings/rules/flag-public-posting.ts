import { CBA_GUIDELINE, L, PIPL_ART_10 } from '../sources';
import type { RuleData } from '../rule-data';

/** Contact flag "public-posting" mapped to the prohibitions it matches. */
export const flagPublicPosting: RuleData = {
  id: 'flag-public-posting',
  title: L('公开张贴或扬言公开', '公開張貼或揚言公開', 'Posted or threatened to post publicly'),
  explain: L(
    '{date} {time} 对方公开张贴或扬言公开你的欠款信息。据报道，银行业协会的催收指引（约束会员机构）禁止在公共场所张贴催收信息，散布个人信息也违反个人信息保护规定。',
    '{date} {time} 對方公開張貼或揚言公開你的欠款資訊。據報導，銀行業協會的催收指引（約束會員機構）禁止在公共場所張貼催收資訊，散佈個人資訊也違反個人資訊保護規定。',
    'On {date} at {time} they posted or threatened to post your debt publicly. The banking association\u2019s collection guideline (binding on its members), as reported, forbids public notices, and spreading personal information breaks the personal-information law.',
  ),
  basis: [CBA_GUIDELINE, PIPL_ART_10],
  severity: 'high',
  channels: ['nfra', 'report12321', 'heimao'],
};
