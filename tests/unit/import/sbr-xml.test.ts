import { describe, expect, it } from 'vitest';
import { createSbrParser } from '@/utils/domain/import/sbr-xml';
import { ImportFileError } from '@/utils/domain/import/types';
import { collector, feed, fixture, NOW, parseSbr } from './helpers';

const calls = (body: string) => `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<calls count="1">\n${body}\n</calls>\n`;

describe('SMS Backup & Restore XML', () => {
  it('reads every call of the sample backup, with all six call types, names and positions', async () => {
    const { records, issues, read } = await parseSbr(fixture('calls-20261201081542.xml'));
    expect(issues).toEqual([]);
    expect(records).toHaveLength(239);
    expect(new Set(records.map((r) => r.callType))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    expect(records.every((r) => r.kind === 'call' && r.at > Date.UTC(2026, 9, 31))).toBe(true);
    expect(records.some((r) => r.name === '妈妈')).toBe(true);
    expect(records.find((r) => r.number === '-2')?.name).toBe('');
    expect(records.map((r) => r.position)).toEqual(records.map((_, i) => i + 1));
    expect(records[0]!.line).toBe(5);
    expect(read.encoding).toBe('utf-8');
    expect(read.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads SMS and the text parts of MMS, decoding entities, line breaks and emoji written as surrogate pairs', async () => {
    const { records, issues } = await parseSbr(fixture('sms-20261201081542.xml'), 4096);
    expect(issues).toEqual([]);
    expect(records).toHaveLength(197);
    const mom = records.find((r) => r.name === '妈妈')!;
    expect(mom.body).toBe('晚上回家吃饭吗？给你做了红烧肉😋');
    expect(records.some((r) => r.direction === 'outgoing' && r.body!.includes('\n协商编号'))).toBe(true);
    const mms = records.filter((r) => r.body!.startsWith('逾期通知') || r.body!.startsWith('周末一起爬山'));
    expect(mms).toHaveLength(2);
    expect(mms.find((r) => r.name === '张伟')!.body).toBe('周末一起爬山？🏔️');
  });

  it('gives the same records whatever the chunk size', async () => {
    const whole = await parseSbr(fixture('sms-20261201081542.xml'));
    const tiny = await parseSbr(fixture('sms-20261201081542.xml'), 97);
    expect(tiny.records).toEqual(whole.records);
  });

  it('leaves out records with an unknown type or a date before 2000 or in the future, naming record and line', () => {
    const sink = collector();
    feed(
      createSbrParser({ sink, now: NOW }),
      calls(
        [
          '<call number="138" duration="0" date="1796047481000" type="9" contact_name="(Unknown)" />',
          '<call number="138" duration="0" date="915148800000" type="1" contact_name="(Unknown)" />',
          `<call number="138" duration="0" date="${NOW + 3 * 86_400_000}" type="1" contact_name="(Unknown)" />`,
          '<call number="138" duration="0" date="abc" type="1" contact_name="(Unknown)" />',
          '<call number="13800138000" duration="5" date="1796047481000" type="1" contact_name="(Unknown)" />',
        ].join('\n'),
      ),
      50,
    );
    expect(sink.records).toHaveLength(1);
    expect(sink.issues.map((i) => [i.messageKey, i.position, i.line])).toEqual([
      ['import.issue.callType', 1, 3],
      ['import.issue.before2000', 2, 4],
      ['import.issue.future', 3, 5],
      ['import.issue.badDate', 4, 6],
    ]);
  });

  it('refuses a truncated file, naming the line', () => {
    const text = calls('<call number="1" duration="0" date="1796047481000" type="1" />\n<call number="2" dur');
    const cut = text.slice(0, text.lastIndexOf('dur') + 3);
    const run = () => feed(createSbrParser({ sink: collector(), now: NOW }), cut, 64);
    expect(run).toThrow(ImportFileError);
    try {
      run();
    } catch (e) {
      expect((e as ImportFileError).issue.messageKey).toBe('import.error.malformed');
      expect((e as ImportFileError).issue.line).toBe(4);
    }
  });

  it("refuses another app's XML and an empty document", () => {
    const other = () => feed(createSbrParser({ sink: collector(), now: NOW }), '<?xml version="1.0"?><plist><dict/></plist>', 10);
    expect(other).toThrow(expect.objectContaining({ issue: expect.objectContaining({ messageKey: 'import.error.notSbr' }) }));
    const empty = () => feed(createSbrParser({ sink: collector(), now: NOW }), '  \n', 10);
    expect(empty).toThrow(ImportFileError);
  });
});
