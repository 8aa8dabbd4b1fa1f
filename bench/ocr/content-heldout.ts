import type { CallRow, Content, Stamp } from './content';

// The held-out set: other wording, senders, names, numbers and stamps than
// the tuning set (content.ts), measured with the same engine and parser but
// never looked at while tuning them. Same screenshot moment (REFERENCE).

const s = (sim: string, tra: string) => ({ sim, tra });

const SMS_STAMPS: Stamp[] = [
  { shown: s('2026/10/29 11:47', '2026/10/29 11:47'), wall: '2026-10-29 11:47' },
  { shown: s('星期六 19:26', '星期六 19:26'), wall: '2026-10-31 19:26' },
  { shown: s('前天 08:53', '前天 08:53'), wall: '2026-11-02 08:53' },
  { shown: s('昨天 20:07', '昨天 20:07'), wall: '2026-11-03 20:07' },
];
const WECHAT_STAMPS: Stamp[] = [
  { shown: s('10月31日 上午11:38', '10月31日 上午11:38'), wall: '2026-10-31 11:38' },
  { shown: s('昨天 下午4:16', '昨天 下午4:16'), wall: '2026-11-03 16:16' },
  { shown: s('上午8:47', '上午8:47'), wall: '2026-11-04 08:47' },
];

const CALL_ROWS: CallRow[] = [
  {
    who: '186 2077 3419',
    stamp: SMS_STAMPS[3]!,
    marker: s('未接来电', '未接來電'),
    missed: true,
    outgoing: false,
    detail: s('浙江杭州', '浙江杭州'),
  },
  {
    who: '021 6158 2236',
    stamp: { shown: s('昨天 13:22', '昨天 13:22'), wall: '2026-11-03 13:22' },
    marker: s('呼入', '來電'),
    missed: false,
    outgoing: false,
    detail: s('3分48秒', '3分48秒'),
  },
  { who: '95533', stamp: SMS_STAMPS[2]!, marker: s('呼出', '撥出'), missed: false, outgoing: true, detail: s('4分07秒', '4分07秒') },
  {
    who: '159 0261 7784',
    stamp: { shown: s('08:31', '08:31'), wall: '2026-11-04 08:31' },
    marker: s('未接来电', '未接來電'),
    missed: true,
    outgoing: false,
    detail: s('响铃 3声', '響鈴 3聲'),
  },
  {
    who: '0571 8862 4410',
    stamp: SMS_STAMPS[0]!,
    marker: s('呼入', '來電'),
    missed: false,
    outgoing: false,
    detail: s('0分56秒', '0分56秒'),
  },
];

export const HELDOUT: Content = {
  smsStamps: SMS_STAMPS,
  wechatStamps: WECHAT_STAMPS,
  incoming: [
    { text: s('【速借宝】您本期账单3260元已逾期8天，今日务必结清。', '【速借寶】您本期帳單3260元已逾期8天，今日務必結清。') },
    { text: s('明天中午之前还不上，我们就去你单位找领导。', '明天中午之前還不上，我們就去你單位找領導。') },
    { text: s('别以为换号码就没事，你的家人我们都联系得到。', '別以為換號碼就沒事，你的家人我們都聯繫得到。') },
    { text: s('案件已转法务部，三天内将向法院起诉。', '案件已轉法務部，三天內將向法院起訴。') },
    { text: s('请在APP内申请延期还款，客服电话已发送给您。', '請在APP內申請延期還款，客服電話已發送給您。') },
  ],
  outgoing: [
    { text: s('我下周发工资后先还一千，剩下的分三期。', '我下週發工資後先還一千，剩下的分三期。'), out: true },
    { text: s('请不要再联系我的家人和同事。', '請不要再聯繫我的家人和同事。'), out: true },
  ],
  smsSenders: ['1065 5021 8833', '95533', '+86 186 2077 3419'],
  wechatNames: [s('速借宝贷后部李经理', '速借寶貸後部李經理'), s('法务专员陈先生', '法務專員陳先生')],
  callRows: CALL_ROWS,
};
