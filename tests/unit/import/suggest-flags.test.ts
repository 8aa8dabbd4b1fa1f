import { describe, expect, it } from 'vitest';
import { highlightParts, suggestFlags } from '@/utils/domain/findings/words/suggest';
import { FLAG_WORDS } from '@/utils/domain/findings/words/lists';
import { CONTACT_FLAGS } from '@/utils/model/records';

const flags = (text: string) => suggestFlags(text).map((s) => s.flag);

describe('SMS words → suggested flags', () => {
  it('finds visits, family and phone-book threats and lawsuits in a simplified-Chinese collection SMS', () => {
    const text = '我司受桔多多委托，你今天不处理，明天安排人员上门，并通知你的紧急联系人和通讯录好友，三日后起诉立案。';
    expect(flags(text)).toEqual(['third-party', 'threat', 'visit']);
    const s = suggestFlags(text);
    const words = s.flatMap((x) => x.matches.map((m) => m.word));
    expect(words).toEqual(expect.arrayContaining(['上门', '紧急联系人', '通讯录', '起诉', '立案']));
    for (const m of s.flatMap((x) => x.matches)) expect(text.slice(m.start, m.end)).toBe(m.word);
  });

  it('finds the same in traditional Chinese', () => {
    const text = '您已逾期，若不還款將派員上門拜訪，並聯繫您的家人與單位領導，委託律師事務所起訴。';
    expect(flags(text)).toEqual(['third-party', 'threat', 'impersonation', 'visit']);
  });

  it('finds impersonation of police and courts, invented blacklists, fees, posting and private apps', () => {
    expect(flags('我是派出所民警，你涉嫌恶意透支')).toEqual(['threat', 'impersonation']);
    expect(flags('法院已发出传票')).toEqual(['impersonation']);
    expect(flags('您已被列入征信黑名单，子女上学都会受影响')).toEqual(['false-statement']);
    expect(flags('今天还不上就需支付上門費300元')).toEqual(['extra-fees']);
    expect(flags('不还就把你的照片发到朋友圈曝光')).toEqual(['public-posting']);
    expect(flags('加我微信 dh2026 协商')).toEqual(['private-phone']);
    expect(flags('你这个老賴')).toEqual(['insult']);
  });

  it('keeps the longest word where two overlap (征信黑名单, not 黑名单 inside it)', () => {
    const [s] = suggestFlags('征信黑名单');
    expect(s!.matches).toEqual([{ start: 0, end: 5, word: '征信黑名单' }]);
  });

  it('suggests nothing for an ordinary reminder or a family message', () => {
    expect(suggestFlags('【桔多多】您的账单已到期，请登录App查看还款计划。')).toEqual([]);
    expect(suggestFlags('【支付宝】您的花呗账单本期应还3291.50元，还款日为每月10日。')).toEqual([]);
    expect(suggestFlags('晚上回家吃饭吗？')).toEqual([]);
  });

  it('cuts the text into plain and highlighted parts that add up to the text', () => {
    const text = '明天上门，后果自负';
    const parts = highlightParts(text, suggestFlags(text));
    expect(parts).toEqual([
      { text: '明天', match: false },
      { text: '上门', match: true },
      { text: '，', match: false },
      { text: '后果自负', match: true },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  // Flags come in CONTACT_FLAGS order (the order of the contact form).
  it('lists only real contact flags, each word once', () => {
    for (const flag of Object.keys(FLAG_WORDS)) expect(CONTACT_FLAGS).toContain(flag);
    const all = Object.values(FLAG_WORDS).flat();
    expect(new Set(all).size).toBe(all.length);
  });
});
