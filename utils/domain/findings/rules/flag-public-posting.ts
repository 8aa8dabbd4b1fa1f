import { CBA_CONDUCT, CIVIL_CODE_1033, L, PIPL_ART_10 } from '../sources';
import type { RuleData } from '../rule-data';

/** Contact flag "public-posting": public notices and telling others about the debt (爆通讯录 is "third-party"). */
export const flagPublicPosting: RuleData = {
  id: 'flag-public-posting',
  jurisdiction: 'CN',
  title: L('公开张贴或扬言公开', '公開張貼或揚言公開', 'Posted or threatened to post publicly'),
  explain: L(
    '{date} {time} 对方公开张贴或扬言公开你的欠款信息。据报道，银行业协会的催收指引（约束会员机构）禁止在公共场所张贴催收通知；《民法典》第一千零三十三条禁止未经同意处理他人的私密信息，《个人信息保护法》第十条禁止非法公开他人个人信息。',
    '{date} {time} 對方公開張貼或揚言公開你的欠款資訊。據報導，銀行業協會的催收指引（約束會員機構）禁止在公共場所張貼催收通知；《民法典》第一千零三十三條禁止未經同意處理他人的私密資訊，《個人信息保護法》第十條禁止非法公開他人個人資訊。',
    'On {date} at {time} they posted or threatened to post your debt publicly. The banking association\u2019s collection guideline (binding on its members), as reported, forbids public collection notices; Civil Code Article 1033 forbids processing someone\u2019s private information without consent, and Personal Information Protection Law Article 10 forbids illegally disclosing personal information.',
  ),
  basis: [CBA_CONDUCT, CIVIL_CODE_1033, PIPL_ART_10],
  severity: 'high',
  channels: ['nfra', 'cn-local-regulator', 'report12321', 'heimao'],
};
