// Writes the sample import files in tests/fixtures/imports/ (deterministic:
// a seeded generator). Run: node scripts/make-import-fixtures.mjs
// Times are China Standard Time (UTC+8) wall clock, as a mainland phone records them.
import { writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';

const OUT = new URL('../tests/fixtures/imports/', import.meta.url);
let seed = 20261201;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (a) => a[Math.floor(rnd() * a.length)];
const cst = (d, h, m, s = 0) => Date.UTC(2026, 10, d, h - 8, m, s);
const pad = (n) => String(n).padStart(2, '0');
function readable(ms) {
  const d = new Date(ms + 8 * 3600e3);
  const h = d.getUTCHours();
  const half = h < 12 ? '上午' : '下午';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${half}${h12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}
const esc = (s) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    // SMS Backup & Restore writes astral characters as two surrogate references.
    .replace(/[\u{10000}-\u{10FFFF}]/gu, (c) => `&#${c.charCodeAt(0)};&#${c.charCodeAt(1)};`);

const COLLECTORS = ['+8617512345678', '17098765432', '+86 171 2233 4455', '02161234567', '16533337777', '19212348888', '+8613511112222'];
const PERSONAL = [
  ['13912345678', '妈妈'],
  ['13800001111', '张伟'],
  ['18600002222', '李娜 同事'],
];
const SERVICE = ['4008123456', '95188'];

// --- calls ---------------------------------------------------------------
const calls = [];
const call = (number, at, type, duration, name = '(Unknown)') =>
  calls.push({ number, at, type, duration: type === 1 || type === 2 ? duration : 0, name });
// 3 November: 23 incoming calls from 7 numbers, 4 of them after 22:00.
const nov3 = [];
for (let i = 0; i < 19; i++) nov3.push([COLLECTORS[i % 7], cst(3, 9 + Math.floor((i * 12) / 19), (i * 7) % 60)]);
for (let i = 0; i < 4; i++) nov3.push([COLLECTORS[i], cst(3, 22, 5 + i * 12)]);
nov3.forEach(([n, at], i) => call(n, at, [1, 3, 3, 5, 1, 3, 6, 4][i % 8], 20 + i * 7));
for (let day = 1; day <= 30; day++) {
  if (day === 3) continue;
  const n = 4 + Math.floor(rnd() * 7);
  for (let i = 0; i < n; i++) {
    const type = pick([1, 1, 3, 3, 3, 5, 6, 4, 2]);
    call(
      pick(COLLECTORS),
      cst(day, 8 + Math.floor(rnd() * 15), Math.floor(rnd() * 60), Math.floor(rnd() * 60)),
      type,
      15 + Math.floor(rnd() * 300),
    );
  }
  if (day % 3 === 0) {
    const [num, name] = pick(PERSONAL);
    call(num, cst(day, 19, 30), pick([1, 2]), 120 + day, name);
  }
  if (day % 5 === 0) call(pick(SERVICE), cst(day, 11, 0), 1, 95);
}
call('-2', cst(12, 23, 40), 3, 0);
calls.sort((a, b) => b.at - a.at);
const backupDate = Date.UTC(2026, 11, 1, 0, 15, 42);
const header = (kind, count) =>
  `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<!--File Created By SMS Backup & Restore v10.22.004 on 01/12/2026 08:15:42-->\n<?xml-stylesheet type="text/xsl" href="${kind === 'calls' ? 'calls' : 'sms'}.xsl"?>\n<${kind} count="${count}" backup_set="6c1f1d0e-2b8e-4a53-9d9c-2f0c7e5b8a41" backup_date="${backupDate}" type="full">\n`;
let xml = header('calls', calls.length);
for (const c of calls) {
  xml += `  <call number="${esc(c.number)}" duration="${c.duration}" date="${c.at}" type="${c.type}" presentation="${c.number === '-2' ? 2 : 1}" subscription_id="89860320245710000001" post_dial_digits="" subscription_component_name="com.android.phone/com.android.services.telephony.TelephonyConnectionService" readable_date="${readable(c.at)}" contact_name="${esc(c.name)}" />\n`;
}
xml += '</calls>\n';
writeFileSync(new URL('calls-20261201081542.xml', OUT), xml);

// --- messages ------------------------------------------------------------
const TEXTS = [
  ['10690571888', '【桔多多】尊敬的用户，您的借款已逾期{d}天，应还金额{a}元，请于今日内还款，以免影响您的个人信用。退订回T'],
  ['10690571888', '【桔多多】您的账单已到期，请登录App查看还款计划。'],
  [
    '+8617512345678',
    '我司深圳市鼎盛资产管理有限公司受桔多多委托处理您的欠款，今天不处理，明天将安排工作人员上门核实，并通知您的紧急联系人。',
  ],
  ['17098765432', '你的案件已提交法务部，三日内不还款将起诉立案，后果自负。'],
  ['+86 171 2233 4455', '再不还钱就把你的欠款信息发到你通讯录里的每个人，让你的家人和单位领导都知道你是老赖。'],
  ['16533337777', '您已被列入征信黑名单，子女上学都会受影响，请马上联系我处理。加我微信 dh2026 协商。'],
  ['19212348888', '我是派出所民警，你涉嫌恶意透支，请立即还款，否则上门拘留。'],
  ['+8613511112222', '今天还不上就需要支付上门费300元，另收催收服务费。'],
  ['02161234567', '北京市华信律师事务所受委托向您发送律师函，请于48小时内联系处理。'],
  ['95188', '【支付宝】您的花呗账单本期应还{a}元，还款日为每月10日。'],
];
const msgs = [];
for (let day = 1; day <= 30; day++) {
  const n = 5 + Math.floor(rnd() * 4);
  for (let i = 0; i < n; i++) {
    const [num, text] = pick(TEXTS);
    msgs.push({
      tag: 'sms',
      address: num,
      at: cst(day, 8 + Math.floor(rnd() * 15), Math.floor(rnd() * 60), Math.floor(rnd() * 60)),
      type: 1,
      body: text.replace('{d}', String(30 + day)).replace('{a}', (3280.5 + day * 11).toFixed(2)),
      name: '(Unknown)',
    });
  }
  if (day % 4 === 0)
    msgs.push({ tag: 'sms', address: '13912345678', at: cst(day, 18, 5), type: 1, body: '晚上回家吃饭吗？给你做了红烧肉😋', name: '妈妈' });
  if (day % 6 === 0)
    msgs.push({
      tag: 'sms',
      address: '17098765432',
      at: cst(day, 20, 11),
      type: 2,
      body: '我已经和桔多多客服协商了分期，请不要再打电话。\n协商编号 JDD-2026-1103',
      name: '(Unknown)',
    });
}
msgs.push({
  tag: 'mms',
  address: '+8617512345678',
  at: cst(15, 21, 30),
  box: 1,
  body: '逾期通知：请在今晚12点前还款，否则明天去你家和你公司。',
  name: '(Unknown)',
});
msgs.push({ tag: 'mms', address: '13800001111', at: cst(16, 12, 0), box: 1, body: '周末一起爬山？🏔️', name: '张伟' });
msgs.sort((a, b) => b.at - a.at);
xml = header('smses', msgs.length);
for (const m of msgs) {
  if (m.tag === 'sms') {
    xml += `  <sms protocol="0" address="${esc(m.address)}" date="${m.at}" type="${m.type}" subject="null" body="${esc(m.body)}" toa="null" sc_toa="null" service_center="${m.type === 1 ? '+8613800755500' : 'null'}" read="1" status="-1" locked="0" date_sent="${m.type === 1 ? m.at - 3000 : 0}" sub_id="1" readable_date="${readable(m.at)}" contact_name="${esc(m.name)}" />\n`;
  } else {
    xml += `  <mms date="${m.at}" rr="null" sub="null" ct_t="application/vnd.wap.multipart.related" read_status="null" seen="1" msg_box="${m.box}" address="${esc(m.address)}" sub_cs="null" resp_st="null" retr_st="null" d_tm="null" text_only="1" exp="null" locked="0" m_id="null" st="null" retr_txt_cs="null" retr_txt="null" creator="com.android.mms" date_sent="0" read="1" m_size="null" rpt_a="null" ct_cls="null" pri="null" sub_id="1" tr_id="null" resp_txt="null" ct_l="null" m_cls="null" d_rpt="null" v="18" _id="${m.at % 10000}" m_type="132" readable_date="${readable(m.at)}" contact_name="${esc(m.name)}">\n    <parts>\n      <part seq="0" ct="text/plain" name="null" chset="106" cd="null" fn="null" cid="&lt;text_0&gt;" cl="text_0.txt" ctt_s="null" ctt_t="null" text="${esc(m.body)}" />\n    </parts>\n    <addrs>\n      <addr address="${esc(m.address)}" type="137" charset="106" />\n      <addr address="insert-address-token" type="151" charset="106" />\n    </addrs>\n  </mms>\n`;
  }
}
xml += '</smses>\n';
writeFileSync(new URL('sms-20261201081542.xml', OUT), xml);

// --- CSV, UTF-8 with BOM: an iPhone call-history export (English header, ISO-like dates) ---
const typeName = { 1: 'Incoming', 2: 'Outgoing', 3: 'Missed', 4: 'Voicemail', 5: 'Declined', 6: 'Blocked' };
const iso = (ms) => {
  const d = new Date(ms + 8 * 3600e3);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};
const q = (s) => `"${String(s).replace(/"/g, '""')}"`;
const csvCalls = calls
  .filter((c) => c.number !== '-2')
  .slice(0, 120)
  .map((c) => ({ ...c, at: c.at + 86_400_000 * 0 }));
let csv = '\ufeff' + ['Call type', 'Date', 'Duration', 'Number', 'Contact', 'Location', 'Service'].map(q).join(',') + '\r\n';
for (const c of csvCalls)
  csv +=
    [
      typeName[c.type],
      iso(c.at),
      `${Math.floor(c.duration / 60)}:${pad(c.duration % 60)}`,
      c.number,
      c.name === '(Unknown)' ? '' : c.name,
      c.number.startsWith('0216') ? '上海' : '',
      'Phone',
    ]
      .map(q)
      .join(',') + '\r\n';
writeFileSync(new URL('iphone-calls.csv', OUT), csv);

// --- CSV, GB18030: a Chinese Windows tool's export (Chinese header and dates), October calls ---
const zhType = { 1: '呼入', 2: '呼出', 3: '未接', 4: '语音信箱', 5: '拒接', 6: '拦截' };
let zh = '号码,联系人,类型,通话时间,通话时长\r\n';
for (let i = 0; i < 60; i++) {
  const at = Date.UTC(2026, 9, 1 + (i % 28), 1 + (i % 13), (i * 17) % 60);
  const d = new Date(at + 8 * 3600e3);
  const type = (i % 6) + 1;
  const [num, name] = i % 10 === 9 ? PERSONAL[0] : [COLLECTORS[i % 7], ''];
  zh += `${num},${name},${zhType[type]},${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())},${type <= 2 ? `${i % 5}分${(i * 7) % 60}秒` : '0秒'}\r\n`;
}
writeFileSync(new URL('calls-gb18030.csv', OUT), iconv.encode(zh, 'gb18030'));
console.log(`calls ${calls.length}, messages ${msgs.length}, iphone csv ${csvCalls.length}, gb18030 csv 60`);
