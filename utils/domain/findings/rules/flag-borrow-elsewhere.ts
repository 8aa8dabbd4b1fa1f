import { CBA_GUIDELINE, L } from '../sources';
import type { RuleData } from '../rule-data';

/** Contact flag "borrow-elsewhere" mapped to the prohibitions it matches. */
export const flagBorrowElsewhere: RuleData = {
  id: 'flag-borrow-elsewhere',
  title: L('诱导你借新还旧', '誘導你借新還舊', 'Pushed you to borrow elsewhere'),
  explain: L(
    '{date} {time} 对方催你去别处借钱来还款。催收规范禁止诱导借款人借新还旧。',
    '{date} {time} 對方催你去別處借錢來還款。催收規範禁止誘導借款人借新還舊。',
    'On {date} at {time} they pushed you to borrow elsewhere to repay. Collection rules forbid pushing the borrower into new loans.',
  ),
  basis: [CBA_GUIDELINE],
  severity: 'medium',
  channels: ['nfra', 'nifa'],
};
