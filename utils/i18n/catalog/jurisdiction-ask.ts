import { defineMessages } from '../define';

/** Asking for the user's jurisdiction where a rule would be shown, warning on another jurisdiction's channel, and due dates older data gave. */
export const jurisdictionAsk = defineMessages({
  'zh-CN': {
    'factStamp.line': '{place} · {confidence} · 发布或施行 {published} · 本项目核对 {checked}',
    'staleDue.none':
      '这个期限（{stored}）是按旧的期限资料算出的。按现在核对过的资料，{channel}没有已核实的答复期限：由此得不出截止日期，也不算“逾期未答复”。',
    'staleDue.changed': '这个期限（{stored}）是按旧的期限资料算出的。按现在核对过的资料应为 {current}。',
    'jurisdictionAsk.title': '请先选择你所在的地区',
    'jurisdictionAsk.body': '在你选择之前，这里不会把任何规则、利率界线或期限当作适用于你的来显示。',
    'jurisdictionAsk.panel': '你还没有选择所在的地区，所以这里不把任何规则当作适用于你的来显示。',
    'jurisdictionAsk.settings': '在设置中选择地区',
    'jurisdictionAsk.otherChannel':
      '这是{channelPlace}的投诉渠道。你设置的地区是{userPlace}：这里的规则、期限和电话属于{channelPlace}，不适用于你。只有当你的贷款来自{channelPlace}的贷款方时，才在那份协议中把地区设为{channelPlace}。',
  },
  'zh-TW': {
    'factStamp.line': '{place} · {confidence} · 發布或施行 {published} · 本專案核對 {checked}',
    'staleDue.none':
      '這個期限（{stored}）是依舊的期限資料算出的。依現在核對過的資料，{channel}沒有已核實的答覆期限：由此得不出截止日期，也不算「逾期未答覆」。',
    'staleDue.changed': '這個期限（{stored}）是依舊的期限資料算出的。依現在核對過的資料應為 {current}。',
    'jurisdictionAsk.title': '請先選擇你所在的地區',
    'jurisdictionAsk.body': '在你選擇之前，這裡不會把任何規則、利率界線或期限當作適用於你的來顯示。',
    'jurisdictionAsk.panel': '你還沒有選擇所在的地區，所以這裡不把任何規則當作適用於你的來顯示。',
    'jurisdictionAsk.settings': '在設定中選擇地區',
    'jurisdictionAsk.otherChannel':
      '這是{channelPlace}的投訴管道。你設定的地區是{userPlace}：這裡的規則、期限和電話屬於{channelPlace}，不適用於你。只有當你的貸款來自{channelPlace}的貸款方時，才在那份協議中把地區設為{channelPlace}。',
  },
  en: {
    'factStamp.line': '{place} · {confidence} · published or in force {published} · checked by this project {checked}',
    'staleDue.none':
      'This due date ({stored}) was computed from older deadline data. Under the data as now checked, {channel} has no verified answer deadline: no due date follows from it, and it is not "overdue, no answer".',
    'staleDue.changed': 'This due date ({stored}) was computed from older deadline data. Under the data as now checked it is {current}.',
    'jurisdictionAsk.title': 'First choose where you are',
    'jurisdictionAsk.body': 'Until you choose, no rule, rate line or deadline is shown here as one that applies to you.',
    'jurisdictionAsk.panel': 'You have not chosen where you are yet, so no rule is shown here as one that applies to you.',
    'jurisdictionAsk.settings': 'Choose it in Settings',
    'jurisdictionAsk.otherChannel':
      'This is a complaint channel of {channelPlace}. Your jurisdiction is {userPlace}: the rules, deadlines and numbers here belong to {channelPlace} and do not apply to you. Only if your loan is from a lender in {channelPlace}, set that agreement\u2019s jurisdiction to {channelPlace}.',
  },
});
