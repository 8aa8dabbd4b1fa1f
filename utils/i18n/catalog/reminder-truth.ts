import { defineMessages } from '../define';

/** A complaint reminder whose date is not an answer deadline the current, checked data gives. */
export const reminderTruth = defineMessages({
  'zh-CN': {
    'reminderTruth.title': '{lender}：你为这件投诉记下的日期到了',
    'reminderTruth.body.none':
      '按现在核对过的资料，{channel}没有已核实的答复期限，所以这不是“逾期未答复”。可以查看投诉进展，需要时再跟进。',
    'reminderTruth.body.changed': '这个日期不是按现在核对过的期限资料得出的：按资料，答复应在 {current} 前作出。到那时还没有答复，再跟进。',
  },
  'zh-TW': {
    'reminderTruth.title': '{lender}：你為這件投訴記下的日期到了',
    'reminderTruth.body.none':
      '依現在核對過的資料，{channel}沒有已核實的答覆期限，所以這不是「逾期未答覆」。可以查看投訴進度，需要時再跟進。',
    'reminderTruth.body.changed': '這個日期不是依現在核對過的期限資料得出的：依資料，答覆應在 {current} 前作出。到那時還沒有答覆，再跟進。',
  },
  en: {
    'reminderTruth.title': '{lender}: the date you noted for this complaint has come',
    'reminderTruth.body.none':
      'Under the data as now checked, {channel} has no verified answer deadline, so this is not "overdue, no answer". Check how the complaint is going and follow it up if needed.',
    'reminderTruth.body.changed':
      'This date does not follow from the deadline data as now checked: under it, the answer is due by {current}. If none has come by then, follow it up.',
  },
});
