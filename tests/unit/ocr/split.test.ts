import { describe, expect, it } from 'vitest';
import { pageOfText, type OcrPage } from '@/utils/domain/ocr/lines';
import { splitChat } from '@/utils/domain/ocr/split-chat';
import { parseCallLog } from '@/utils/domain/ocr/call-log';
import { guessKind, proposeContacts } from '@/utils/domain/ocr/propose';
import { suggestFlags } from '@/utils/domain/findings/words/suggest';
import { foldToSimplified } from '@/utils/domain/ocr/fold-script';

const REF = { at: Date.UTC(2026, 10, 4, 2, 0), tzOffsetMin: 480 };
const wall = (ms: number) => new Date(ms + 480 * 60_000).toISOString().slice(0, 16).replace('T', ' ');

const SMS = `9:41 5G 86%
< 1069 0123 4567
短信/彩信
昨天 22:4l
【XX金融】您的借款已逾期，今天不还款将联系你的紧急联系人。
11月3日 下午3:O5
再不处理后果自负，我们会上门。
短信`;

describe('splitChat on OCR-like text without boxes', () => {
  it('drops the status bar, subtitle and input bar, and keeps one message per stamp', () => {
    const chat = splitChat(pageOfText(SMS));
    expect(chat.sender).toBe('1069 0123 4567');
    expect(chat.phone).toBe('106901234567');
    expect(chat.messages.map((m) => m.text)).toEqual([
      '【XX金融】您的借款已逾期，今天不还款将联系你的紧急联系人。',
      '再不处理后果自负，我们会上门。',
    ]);
  });

  it('proposes dated, flagged contacts against the screenshot date', () => {
    const p = proposeContacts(pageOfText(SMS), REF);
    expect(p.map((c) => [wall(c.at), c.channel, c.phone, c.flags])).toEqual([
      ['2026-11-03 22:41', 'sms', '106901234567', ['third-party']],
      ['2026-11-03 15:05', 'sms', '106901234567', ['threat', 'visit']],
    ]);
  });

  it('carries the date of a stamp to the bare times after it; mixed scripts', () => {
    const text = `王經理\n11月2日 晚上9:58\n你好 Mr. Li\n22:O3\n還不還錢？別怪我們不客氣\n按住 說話`;
    const p = proposeContacts(pageOfText(text), REF, 'wechat');
    expect(p.map((c) => [wall(c.at), c.channel, c.name, c.text, c.flags])).toEqual([
      ['2026-11-02 21:58', 'social', '王經理', '你好 Mr. Li', []],
      ['2026-11-02 22:03', 'social', '王經理', '還不還錢？別怪我們不客氣', ['threat']],
    ]);
    expect(guessKind(pageOfText(text))).toBe('wechat');
  });

  it('marks a message with no readable stamp as needing a time', () => {
    const [p] = proposeContacts(pageOfText('张三\n你好，请回电'), REF, 'sms');
    expect(p?.timeMissing).toBe(true);
    expect(p?.at).toBe(REF.at);
  });

  it('uses boxes to tell bubbles and sides apart', () => {
    const box = (x0: number, y0: number, x1: number) => ({ x0, y0, x1, y1: y0 + 40 });
    const page: OcrPage = {
      width: 1080,
      lines: [
        { text: '催收专员', box: box(420, 100, 660) },
        { text: '昨天 22:41', box: box(450, 300, 630) },
        { text: '今天必须还款', box: box(170, 380, 600) },
        { text: '否则后果自负', box: box(170, 425, 600) },
        { text: '我已经和银行协商了', box: box(400, 520, 920) },
      ],
    };
    const chat = splitChat(page);
    expect(chat.messages.map((m) => [m.text, m.direction])).toEqual([
      ['今天必须还款否则后果自负', 'incoming'],
      ['我已经和银行协商了', 'outgoing'],
    ]);
  });

  it('tells a full-width bubble of the user from the other side by where incoming bubbles start (WeChat)', () => {
    // Avatars on both sides: incoming text starts at 211–214, the user's full-width bubble at 238 (boxes as read in the bench).
    const box = (x0: number, y0: number, x1: number) => ({ x0, y0, x1, y1: y0 + 40 });
    const page: OcrPage = {
      width: 1080,
      lines: [
        { text: '催收专员', box: box(420, 100, 660) },
        { text: '昨天 22:41', box: box(450, 300, 630) },
        { text: '【信和金融】尊敬的客户，您', box: box(242, 380, 831) },
        { text: '的借款已逾期15天', box: box(214, 425, 842) },
        { text: '你欠的钱不还，我们就发到你', box: box(211, 520, 832) },
        { text: '我已经和银行协商了分期，请', box: box(238, 620, 859) },
        { text: '停止催收。', box: box(238, 665, 445) },
      ],
    };
    expect(splitChat(page).messages.map((m) => m.direction)).toEqual(['incoming', 'incoming', 'outgoing']);
    // Without two incoming bubbles to learn the edge from, margins decide (as before).
    const one = { ...page, lines: page.lines.filter((l) => !l.text.startsWith('你欠')) };
    expect(splitChat(one).messages.map((m) => m.direction)).toEqual(['incoming', 'incoming']);
  });
});

describe('parseCallLog', () => {
  const LOG = `9:41 4G
通话记录
全部 未接
138 0013 8000 昨天 22:4l
未接来电 广东深圳
张经理(3) 11月3日 下午3:05
呼入 2分15秒
95188 2026/11/O2 09:30
呼出 1分02秒
拨号 联系人 收藏`;

  it('proposes call contacts with missed and answered markers', () => {
    const page = pageOfText(LOG);
    expect(guessKind(page)).toBe('call-log');
    expect(parseCallLog(page).map((c) => [c.name, c.phone, c.missed, c.direction])).toEqual([
      ['', '13800138000', true, 'incoming'],
      ['张经理', '', false, 'incoming'],
      ['', '95188', false, 'outgoing'],
    ]);
    const p = proposeContacts(page, REF);
    expect(p.map((c) => [wall(c.at), c.channel, c.connected, c.selected])).toEqual([
      ['2026-11-03 22:41', 'missed-call', false, true],
      ['2026-11-03 15:05', 'call', true, true],
      ['2026-11-02 09:30', 'call', true, false],
    ]);
  });
});

describe('rule words on OCR text (the shared list, folded to one script)', () => {
  const flags = (text: string) => suggestFlags(foldToSimplified(text)).map((f) => f.flag);
  it('matches a word OCR read in mixed scripts, keeping offsets into the original text', () => {
    expect(flags('我们会联系你的紧急联系人')).toEqual(['third-party']);
    // 聯系: a traditional 聯 beside a simplified 系 is in neither spelling of the shared list.
    expect(suggestFlags('再不還錢就聯絡你的緊急聯系人')).toEqual([]);
    expect(flags('再不還錢就聯絡你的緊急聯系人')).toEqual(['third-party']);
    expect(flags('好的，明天还款')).toEqual([]);
    const text = '不還就曝光你，後果自負';
    const trad = suggestFlags(foldToSimplified(text));
    expect(trad.map((f) => f.flag).sort()).toEqual(['public-posting', 'threat']);
    const m = trad.find((f) => f.flag === 'threat')!.matches[0]!;
    expect(text.slice(m.start, m.end)).toBe('後果自負');
  });
  it('a proposal from a threatening bubble carries the flags', () => {
    expect(flags('再不還款後果自負，我們會安排人員上門。').sort()).toEqual(['threat', 'visit']);
  });
});
