import { describe, expect, it } from 'vitest';
import { parseDate, parseDuration } from '@/utils/domain/import/dates';
import { detectEncoding } from '@/utils/domain/import/encoding';
import { parsePasted } from '@/utils/domain/import/pasted';
import { readImportFile } from '@/utils/import/read-file';
import { createSbrParser } from '@/utils/domain/import/sbr-xml';
import { collector, NOW } from './helpers';

const local = (y: number, m: number, d: number, h = 0, mi = 0, s = 0) => new Date(y, m - 1, d, h, mi, s).getTime();

describe('dates', () => {
  it('reads Chinese, slashed, dotted and ISO forms, epoch seconds and ms, and 12-hour marks', () => {
    expect(parseDate('2026-11-03 22:15:07', NOW)).toBe(local(2026, 11, 3, 22, 15, 7));
    expect(parseDate('2026/11/3 22:15', NOW)).toBe(local(2026, 11, 3, 22, 15));
    expect(parseDate('2026年11月3日 下午10:15', NOW)).toBe(local(2026, 11, 3, 22, 15));
    expect(parseDate('2026年11月3日 星期二 上午12:05:00', NOW)).toBe(local(2026, 11, 3, 0, 5));
    expect(parseDate('2026.11.03 08:00', NOW)).toBe(local(2026, 11, 3, 8, 0));
    expect(parseDate('2026-11-03T22:15:07+08:00', NOW)).toBe(Date.UTC(2026, 10, 3, 14, 15, 7));
    expect(parseDate('1796047481', NOW)).toBe(1796047481000);
    expect(parseDate('1796047481000', NOW)).toBe(1796047481000);
    expect(parseDate('11月3日 22:15', NOW)).toBe(local(2026, 11, 3, 22, 15));
    // A year-less date after today belongs to last year.
    expect(parseDate('12月25日 10:00', NOW)).toBe(local(2025, 12, 25, 10, 0));
  });
  it('refuses impossible dates and other text', () => {
    for (const s of ['2026-02-30 10:00', '2026-11-03 25:00', 'yesterday', '', '03/11/2026']) expect(parseDate(s, NOW)).toBeNaN();
  });
  it('reads durations as seconds, m:ss, h:mm:ss and 分秒', () => {
    expect([
      parseDuration('125'),
      parseDuration('2:05'),
      parseDuration('1:02:05'),
      parseDuration('2分5秒'),
      parseDuration('1小时0分3秒'),
      parseDuration(''),
    ]).toEqual([125, 125, 3725, 125, 3603, 0]);
    expect(parseDuration('long')).toBeNaN();
  });
});

describe('encodings', () => {
  const utf8 = new TextEncoder().encode('号码,时间\n');
  const gb = new Uint8Array([0xba, 0xc5, 0xc2, 0xeb, 0x2c, 0xca, 0xb1, 0xbc, 0xe4, 0x0a]); // 号码,时间 in GB18030
  it('names UTF-8, UTF-8 with BOM and GB18030', () => {
    expect(detectEncoding(utf8, true)).toEqual({ encoding: 'utf-8', skip: 0 });
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), true)).toEqual({ encoding: 'utf-8-bom', skip: 3 });
    expect(detectEncoding(gb, true)).toEqual({ encoding: 'gb18030', skip: 0 });
    expect(new TextDecoder('gb18030').decode(gb)).toBe('号码,时间\n');
  });
  it("does not take a UTF-8 character cut by the sample's end for GB18030", () => {
    expect(detectEncoding(utf8.subarray(0, 4), false).encoding).toBe('utf-8');
  });
  it('refuses UTF-16, ZIP/Excel, binary and empty files with a message of their own', () => {
    const key = (b: number[]) => {
      try {
        detectEncoding(new Uint8Array(b), true);
        return 'ok';
      } catch (e) {
        return (e as { issue: { messageKey: string } }).issue.messageKey;
      }
    };
    expect(key([0xff, 0xfe, 0x41, 0])).toBe('import.error.utf16');
    expect(key([0x50, 0x4b, 3, 4, 0])).toBe('import.error.zip');
    expect(key([0x41, 0, 0x42])).toBe('import.error.binary');
    expect(key([])).toBe('import.error.empty');
  });
  it('stops with the line when a UTF-8 file turns into something else further on', async () => {
    const head = `<?xml version='1.0'?>\n<calls>\n${'<call number="1" date="1796047481000" type="1" duration="0" />\n'.repeat(2000)}`;
    const bad = new Blob([new TextEncoder().encode(head), new Uint8Array([0xff, 0xfe, 0xfd]), new TextEncoder().encode('</calls>')]);
    await expect(readImportFile(bad, createSbrParser({ sink: collector(), now: NOW }), { sliceBytes: 4096 })).rejects.toMatchObject({
      issue: { messageKey: 'import.error.encodingAt', line: 2003 },
    });
  });
  it('refuses a 2 GB file before reading a byte of it', async () => {
    const huge = {
      size: 2 * 1024 ** 3,
      slice: () => {
        throw new Error('must not read');
      },
    } as unknown as Blob;
    await expect(readImportFile(huge, createSbrParser({ sink: collector(), now: NOW }))).rejects.toMatchObject({
      issue: { messageKey: 'import.error.tooLarge' },
    });
  });
});

describe('pasted conversations', () => {
  it('splits a messages-app copy with the date on its own line', () => {
    const text = '2026年11月3日 下午10:15\n【桔多多】您的借款已逾期35天。\n请尽快处理。\n\n2026年11月3日 下午10:20\n我\n我已经协商好了';
    const { records, issues } = parsePasted(text, { number: '10690571888', now: NOW });
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.at, r.body, r.direction])).toEqual([
      [local(2026, 11, 3, 22, 15), '【桔多多】您的借款已逾期35天。\n请尽快处理。', 'incoming'],
      [local(2026, 11, 3, 22, 20), '我\n我已经协商好了', 'incoming'],
    ]);
  });
  it('splits a WeChat copy with "name date" headers and tells the user\'s own messages', () => {
    const text =
      '催收王经理 2026-11-04 09:01\n今天不还就上门\n我 2026-11-04 09:03\n请不要再打扰我的家人\n王经理 11月4日 09:05\n那就等着起诉吧';
    const { records } = parsePasted(text, { number: '+8617512345678', now: NOW });
    expect(records.map((r) => [r.sender ?? '', r.direction, r.body])).toEqual([
      ['催收王经理', 'incoming', '今天不还就上门'],
      ['', 'outgoing', '请不要再打扰我的家人'],
      ['王经理', 'incoming', '那就等着起诉吧'],
    ]);
    // A chat name is not the phone's address book: the messages are not taken for the user's own contacts.
    expect(records.every((r) => r.name === '')).toBe(true);
  });
  it('takes the text after the time on the same line as the message', () => {
    const { records } = parsePasted('2026/11/3 22:15 【桔多多】尊敬的用户，您的借款已逾期。', { number: '1069', now: NOW });
    expect(records[0]!.body).toBe('【桔多多】尊敬的用户，您的借款已逾期。');
  });
  it('names the line of text before any date and refuses text with no dates', () => {
    expect(parsePasted('hello\n2026-11-03 10:00\nhi', { number: '1', now: NOW }).issues[0]).toMatchObject({
      messageKey: 'import.issue.noDate',
      line: 1,
    });
    expect(() => parsePasted('', { number: '1', now: NOW })).toThrow();
  });
});

describe('odd numbers and cancelling a read', () => {
  it('names the records whose number is not a phone number, but not withheld callers', async () => {
    const { numberIssues } = await import('@/utils/import/pipeline');
    const rec = (number: string, position: number) => ({
      kind: 'call' as const,
      at: NOW - 1000,
      number,
      name: '',
      direction: 'incoming' as const,
      callType: 1 as const,
      position,
      line: position + 2,
    });
    const issues = numberIssues([rec('13800138000', 1), rec('12', 2), rec('-2', 3), rec('138abc', 4), rec('95188', 5)], 'CN');
    expect(issues.map((i) => [i.messageKey, i.position, i.line])).toEqual([
      ['import.issue.oddNumber', 2, 4],
      ['import.issue.oddNumber', 4, 6],
    ]);
  });
  it('stops reading when cancelled', async () => {
    const { ImportCancelled } = await import('@/utils/import/read-file');
    const ctl = new AbortController();
    const text = `<calls>${'<call number="1" date="1796047481000" type="1" duration="0" />'.repeat(500)}</calls>`;
    const read = readImportFile(new Blob([text]), createSbrParser({ sink: collector(), now: NOW }), {
      sliceBytes: 1024,
      signal: ctl.signal,
      onProgress: () => ctl.abort(),
    });
    await expect(read).rejects.toBeInstanceOf(ImportCancelled);
  });
});
