// What the generated screenshots show, in both scripts. Times are shown as
// phones show them and expected as wall-clock "YYYY-MM-DD HH:MM" against the
// screenshot's own moment, REFERENCE (Wednesday 2026-11-04 10:00, UTC+8).

export const REFERENCE = { at: Date.UTC(2026, 10, 4, 2, 0), tzOffsetMin: 480 };
export const STATUS_TIME = '10:00';

export type Script = 'sim' | 'tra';
export interface Stamp {
  shown: Record<Script, string>;
  wall: string;
}
export interface Bubble {
  text: Record<Script, string>;
  out?: boolean;
}
export interface CallRow {
  who: string;
  stamp: Stamp;
  marker: Record<Script, string>;
  missed: boolean;
  outgoing: boolean;
  detail: Record<Script, string>;
}

const s = (sim: string, tra: string) => ({ sim, tra });

export const SMS_STAMPS: Stamp[] = [
  { shown: s('2026/10/30 15:05', '2026/10/30 15:05'), wall: '2026-10-30 15:05' },
  { shown: s('星期一 21:18', '星期一 21:18'), wall: '2026-11-02 21:18' },
  { shown: s('昨天 22:41', '昨天 22:41'), wall: '2026-11-03 22:41' },
  { shown: s('09:12', '09:12'), wall: '2026-11-04 09:12' },
];
export const WECHAT_STAMPS: Stamp[] = [
  { shown: s('11月2日 下午3:05', '11月2日 下午3:05'), wall: '2026-11-02 15:05' },
  { shown: s('昨天 晚上10:41', '昨天 晚上10:41'), wall: '2026-11-03 22:41' },
  { shown: s('上午9:20', '上午9:20'), wall: '2026-11-04 09:20' },
];

export const INCOMING: Bubble[] = [
  { text: s('【信和金融】尊敬的客户，您的借款已逾期15天，请尽快还款。', '【信和金融】尊敬的客戶，您的借款已逾期15天，請盡快還款。') },
  { text: s('今天下午5点前不处理，我们将联系你的紧急联系人。', '今天下午5點前不處理，我們將聯絡你的緊急聯絡人。') },
  { text: s('再不还款后果自负，我们会安排人员上门。', '再不還款後果自負，我們會安排人員上門。') },
  { text: s('你欠的钱不还，我们就发到你的通讯录。', '你欠的錢不還，我們就發到你的通訊錄。') },
  { text: s('逾期记录已上报，请登录APP查看还款计划。', '逾期記錄已上報，請登入APP查看還款計畫。') },
];
export const OUTGOING: Bubble[] = [
  { text: s('我已经和银行协商了分期，请停止催收。', '我已經和銀行協商了分期，請停止催收。'), out: true },
  { text: s('好的，我明天联系客服。', '好的，我明天聯絡客服。'), out: true },
];

export const SMS_SENDERS = ['1069 0123 4567', '95188', '+86 138 0013 8000'];
export const WECHAT_NAMES = [s('催收专员小王', '催收專員小王'), s('信和金融客服', '信和金融客服')];

export const CALL_ROWS: CallRow[] = [
  {
    who: '138 0013 8000',
    stamp: SMS_STAMPS[2]!,
    marker: s('未接来电', '未接來電'),
    missed: true,
    outgoing: false,
    detail: s('广东深圳', '廣東深圳'),
  },
  {
    who: '0755 2345 6789',
    stamp: { shown: s('昨天 15:05', '昨天 15:05'), wall: '2026-11-03 15:05' },
    marker: s('呼入', '來電'),
    missed: false,
    outgoing: false,
    detail: s('2分15秒', '2分15秒'),
  },
  {
    who: '95188',
    stamp: { shown: s('星期一 09:30', '星期一 09:30'), wall: '2026-11-02 09:30' },
    marker: s('呼出', '撥出'),
    missed: false,
    outgoing: true,
    detail: s('1分02秒', '1分02秒'),
  },
  {
    who: '177 1234 5678',
    stamp: SMS_STAMPS[3]!,
    marker: s('未接来电', '未接來電'),
    missed: true,
    outgoing: false,
    detail: s('响铃 5声', '響鈴 5聲'),
  },
  {
    who: '400 820 8820',
    stamp: SMS_STAMPS[0]!,
    marker: s('呼入', '來電'),
    missed: false,
    outgoing: false,
    detail: s('5分40秒', '5分40秒'),
  },
];

/** What one test set's screens show. */
export interface Content {
  smsStamps: readonly Stamp[];
  wechatStamps: readonly Stamp[];
  incoming: readonly Bubble[];
  outgoing: readonly Bubble[];
  smsSenders: readonly string[];
  wechatNames: readonly Record<Script, string>[];
  callRows: readonly CallRow[];
}

/** The tuning set: what preprocessing and parsing were adjusted on. */
export const TUNING: Content = {
  smsStamps: SMS_STAMPS,
  wechatStamps: WECHAT_STAMPS,
  incoming: INCOMING,
  outgoing: OUTGOING,
  smsSenders: SMS_SENDERS,
  wechatNames: WECHAT_NAMES,
  callRows: CALL_ROWS,
};
