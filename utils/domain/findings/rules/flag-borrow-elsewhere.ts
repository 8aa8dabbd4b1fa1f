import { CBA_CONDUCT, L } from '../sources';
import type { RuleData } from '../rule-data';

/** Contact flag "borrow-elsewhere" mapped to the prohibitions it matches. */
export const flagBorrowElsewhere: RuleData = {
  id: 'flag-borrow-elsewhere',
  jurisdiction: 'CN',
  title: L('诱导你借新还旧', '誘導你借新還舊', 'Pushed you to borrow elsewhere'),
  explain: L(
    '{date} {time} 对方催你去别处借钱来还款。据报道，银行业协会的催收指引（约束会员机构）禁止诱导借款人借新还旧。',
    '{date} {time} 對方催你去別處借錢來還款。據報導，銀行業協會的催收指引（約束會員機構）禁止誘導借款人借新還舊。',
    'On {date} at {time} they pushed you to borrow elsewhere to repay. The banking association\u2019s collection guideline (binding on its members), as reported, forbids pushing the borrower into new loans.',
  ),
  basis: [CBA_CONDUCT],
  severity: 'medium',
  channels: ['nfra', 'nifa'],
};
