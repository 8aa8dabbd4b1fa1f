import { parseDate } from './dates';
import { dateIssue, fileError, type ImportIssue, type ImportedRecord } from './types';

// A conversation copied from the phone's messages app or from WeChat. Both put
// a timestamp line before each message, sometimes with the sender's name
// ("张三 2026-11-03 22:15", "2026年11月3日 下午10:15"), sometimes with the
// text on the same line ("2026/11/3 22:15 【桔多多】尊敬的…"). Every line that
// starts or ends with a date starts a new message; the lines after it are its text.

const DATE_AT_START =
  /^(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*月\s*\d{1,2}\s*日)\s*((?:上午|下午|中午|晚上|凌晨|早上)?\s*\d{1,2}\s*[:：]\s*\d{1,2}(?:\s*[:：]\s*\d{1,2})?(?:\s*[AP]M)?)\s*(.*)$/i;
const DATE_AT_END =
  /^(.{1,30}?)[\s:：]+(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*月\s*\d{1,2}\s*日)\s*((?:上午|下午|中午|晚上|凌晨|早上)?\s*\d{1,2}\s*[:：]\s*\d{1,2}(?:\s*[:：]\s*\d{1,2})?(?:\s*[AP]M)?)$/i;
const ME = /^(我|me|自己|本人)[:：]?$/i;

export interface PastedOptions {
  /** The number the conversation is with (pasted text rarely names it). */
  number: string;
  now: number;
}

export interface PastedResult {
  records: ImportedRecord[];
  issues: ImportIssue[];
}

export function parsePasted(text: string, { number, now }: PastedOptions): PastedResult {
  const records: ImportedRecord[] = [];
  const issues: ImportIssue[] = [];
  let current: { at: number; sender: string; lines: string[]; line: number } | undefined;
  const flush = () => {
    if (!current) return;
    const body = current.lines.join('\n').trim();
    const position = records.length + issues.length + 1;
    const where = { position, line: current.line };
    const bad = dateIssue(current.at, now, where);
    if (bad) issues.push(bad);
    else if (body) {
      const outgoing = ME.test(current.sender);
      records.push({
        kind: 'sms',
        at: current.at,
        number,
        name: '',
        ...(!outgoing && current.sender ? { sender: current.sender } : {}),
        direction: outgoing ? 'outgoing' : 'incoming',
        body,
        ...where,
      });
    }
    current = undefined;
  };
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const start = DATE_AT_START.exec(line);
    const end = start ? null : DATE_AT_END.exec(line);
    if (start || end) {
      flush();
      const [date, time] = start ? [start[1]!, start[2]!] : [end![2]!, end![3]!];
      const rest = start ? start[3]!.trim() : '';
      // Text after the time: a name when short and not a message signature, else the message itself.
      const restIsName = rest.length > 0 && rest.length <= 20 && !rest.startsWith('【') && !/[，。！？,.!?]/.test(rest);
      current = {
        at: parseDate(`${date} ${time}`, now),
        sender: start ? (restIsName ? rest : '') : end![1]!.trim(),
        lines: restIsName || !rest ? [] : [rest],
        line: i + 1,
      };
    } else if (current) current.lines.push(raw);
    else if (line)
      issues.push({
        messageKey: 'import.issue.noDate',
        message: `line ${i + 1}: text before any date`,
        line: i + 1,
        params: { line: i + 1 },
      });
  });
  flush();
  if (records.length === 0 && issues.length === 0) throw fileError('import.error.empty', 'no messages with a date were found in the text');
  return { records, issues };
}
