import { CBA_GUIDELINE, L, PUBLIC_SECURITY_2012_42 } from '../sources';
import type { RuleData } from '../rule-data';

/** Contact flag "insult" mapped to the prohibitions it matches. */
export const flagInsult: RuleData = {
  id: 'flag-insult',
  title: L('辱骂', '辱罵', 'Insults'),
  explain: L(
    '{date} {time} 对方辱骂你。催收规范禁止侮辱借款人。',
    '{date} {time} 對方辱罵你。催收規範禁止侮辱借款人。',
    'On {date} at {time} they insulted you. Collection rules forbid insulting the borrower.',
  ),
  basis: [CBA_GUIDELINE, PUBLIC_SECURITY_2012_42],
  severity: 'high',
  channels: ['nfra', 'report12321', 'heimao'],
};
