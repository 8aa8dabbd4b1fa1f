import { CBA_GUIDELINE, GBT_45251, L } from '../sources';
import type { RuleData } from '../rule-data';

export const nightContact: RuleData = {
  id: 'night-contact',
  title: L('夜间催收（22:00—08:00）', '夜間催收（22:00—08:00）', 'Collection at night (22:00–08:00)'),
  explain: L(
    '{date} {time}（你当地时间）被联系。除非你同意，22:00 至次日 08:00 不得催收。',
    '{date} {time}（你當地時間）被聯絡。除非你同意，22:00 至次日 08:00 不得催收。',
    'Contacted on {date} at {time} (your local time). Unless you agreed to it, no collection is allowed between 22:00 and 08:00.',
  ),
  basis: [GBT_45251, CBA_GUIDELINE],
  severity: 'medium',
  channels: ['nfra', 'report12321', 'nifa', 'heimao'],
};
