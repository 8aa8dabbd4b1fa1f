import { describe, expect, it } from 'vitest';
import { createCsvParser, sampleRows } from '@/utils/domain/import/csv';
import { guessMapping, parseType, shapeKey } from '@/utils/domain/import/csv-mapping';
import { sniffEncoding } from '@/utils/import/read-file';
import { collector, feed, fixture, NOW, parseCsv } from './helpers';

describe('CSV call logs', () => {
  it('maps the iPhone export by its English header, reads "m:ss" durations and all six types (UTF-8 with BOM)', async () => {
    const { encoding, head } = await sniffEncoding(fixture('iphone-calls.csv'));
    expect(encoding).toBe('utf-8-bom');
    const header = sampleRows(head)[0]!;
    expect(header[0]).toBe('Call type');
    const mapping = guessMapping(header);
    expect(mapping).toMatchObject({ type: 0, at: 1, duration: 2, number: 3, name: 4, body: -1 });
    const { records, issues } = await parseCsv(fixture('iphone-calls.csv'), mapping, 1000);
    expect(issues).toEqual([]);
    expect(records).toHaveLength(120);
    expect(new Set(records.map((r) => r.callType))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    expect(records.every((r) => r.kind === 'call')).toBe(true);
    expect(records.find((r) => r.callType === 1)!.duration).toBeGreaterThan(0);
  });

  it('detects GB18030, maps the Chinese header and reads 年月日 dates and 分秒 durations', async () => {
    const { encoding, head } = await sniffEncoding(fixture('calls-gb18030.csv'));
    expect(encoding).toBe('gb18030');
    const header = sampleRows(head)[0]!;
    expect(header).toEqual(['号码', '联系人', '类型', '通话时间', '通话时长']);
    const { records, issues, read } = await parseCsv(fixture('calls-gb18030.csv'), guessMapping(header), 256);
    expect(read.encoding).toBe('gb18030');
    expect(issues).toEqual([]);
    expect(records).toHaveLength(60);
    expect(records.filter((r) => r.name === '妈妈')).toHaveLength(6);
    const first = records[0]!;
    expect(new Date(first.at).getMonth()).toBe(9);
    expect(records.find((r) => r.callType === 2)?.direction).toBe('outgoing');
  });

  it('reads SMS rows, quoted bodies with line breaks across chunks, and names the row of a bad date or type', () => {
    const sink = collector();
    const text =
      '时间,号码,类型,内容\r\n2026-11-03 22:15,10690571888,接收,"【桔多多】您已逾期，\r\n请尽快还款"\r\n2026/13/03 10:00,138,接收,x\r\n2026-11-03 10:00,138,飞鸽,x\r\n2026-11-04 09:00,13800138000,发送,"我会还的"\r\n';
    const mapping = guessMapping(['时间', '号码', '类型', '内容']);
    feed(createCsvParser({ mapping, header: true, sink, now: NOW }), text, 7);
    expect(sink.records.map((r) => [r.kind, r.direction, r.body])).toEqual([
      ['sms', 'incoming', '【桔多多】您已逾期，\r\n请尽快还款'],
      ['sms', 'outgoing', '我会还的'],
    ]);
    expect(sink.issues.map((i) => [i.messageKey, i.position])).toEqual([
      ['import.issue.badDate', 3],
      ['import.issue.csvType', 4],
    ]);
  });

  it('refuses a mapping without a date or number column and a file with only a header', () => {
    const noDate = { ...guessMapping(['号码']), number: 0 };
    expect(() => feed(createCsvParser({ mapping: noDate, header: true, sink: collector(), now: NOW }), '号码\r\n138\r\n', 100)).toThrow(
      expect.objectContaining({ issue: expect.objectContaining({ messageKey: 'import.csv.needDate' }) }),
    );
    const ok = guessMapping(['时间', '号码']);
    expect(() => feed(createCsvParser({ mapping: ok, header: true, sink: collector(), now: NOW }), '时间,号码\r\n', 100)).toThrow(
      expect.objectContaining({ issue: expect.objectContaining({ messageKey: 'import.error.empty' }) }),
    );
  });

  it('keys a remembered mapping by the header, whatever its case and spacing', () => {
    expect(shapeKey([' Date', 'Number '])).toBe(shapeKey(['date', 'number']));
    expect(shapeKey(['date', 'number'])).not.toBe(shapeKey(['number', 'date']));
  });

  it('understands call types in Chinese (simplified and traditional), English and Android numbers', () => {
    expect(parseType('未接來電')).toMatchObject({ callType: 3 });
    expect(parseType('已拨电话')).toMatchObject({ callType: 2, direction: 'outgoing' });
    expect(parseType('Declined')).toMatchObject({ callType: 5 });
    expect(parseType('6')).toMatchObject({ callType: 6 });
    expect(parseType('已發送')).toMatchObject({ kind: 'sms', direction: 'outgoing' });
    expect(parseType('??')).toBeUndefined();
  });
});
