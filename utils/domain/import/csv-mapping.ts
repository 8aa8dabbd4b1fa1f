// The column-mapping step of a CSV import: which column holds what. Guessed
// from the header in Chinese or English, corrected by the user, and
// remembered per file shape (the header row), so the next export of the same
// app maps itself.

export const CSV_FIELDS = ['at', 'time', 'number', 'type', 'duration', 'name', 'body'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
/** Column index per field; -1 = not in the file. */
export type CsvMapping = Record<CsvField, number>;

const GUESS: Record<CsvField, RegExp> = {
  at: /^(日期|时间|時間|日期时间|日期時間|通话时间|通話時間|通话日期|开始时间|開始時間|发送时间|發送時間|接收时间|收发时间|date|datetime|date\/time|time stamp|timestamp|start time)$/i,
  time: /^(时刻|時刻|time|通话时刻)$/i,
  number:
    /^(号码|號碼|电话|電話|电话号码|電話號碼|手机号|手机号码|對方號碼|对方号码|联系电话|number|phone|phone number|address|from\/to|sender)$/i,
  type: /^(类型|類型|通话类型|通話類型|呼叫类型|状态|狀態|方向|type|call type|direction|status|folder)$/i,
  duration: /^(时长|時長|通话时长|通話時長|持续时间|duration|duration \(s\)|seconds)$/i,
  name: /^(联系人|聯絡人|聯繫人|姓名|名称|名稱|备注|contact|name|contact name)$/i,
  body: /^(内容|內容|短信内容|簡訊內容|短信|信息内容|訊息內容|正文|body|message|text|content)$/i,
};

export function guessMapping(header: readonly string[]): CsvMapping {
  const m = Object.fromEntries(CSV_FIELDS.map((f) => [f, -1])) as CsvMapping;
  header.forEach((cell, i) => {
    const h = cell.trim();
    for (const f of CSV_FIELDS) if (m[f] === -1 && GUESS[f].test(h)) return void (m[f] = i);
  });
  // "时间" alone next to "日期": the first is the date, the second the time of day.
  return m;
}

/** The file shape a mapping is remembered under. */
export function shapeKey(header: readonly string[]): string {
  return header
    .map((h) => h.trim().toLowerCase())
    .join('\u001f')
    .slice(0, 180);
}

export function mappingProblem(m: CsvMapping, columns: number): string | undefined {
  if (m.at < 0) return 'import.csv.needDate';
  if (m.number < 0) return 'import.csv.needNumber';
  for (const f of CSV_FIELDS) if (m[f] >= columns) return 'import.csv.badColumn';
  return undefined;
}

export type ParsedType = { kind: 'call' | 'sms'; direction: 'incoming' | 'outgoing'; callType?: 1 | 2 | 3 | 4 | 5 | 6 };

const TYPES: readonly [RegExp, ParsedType][] = [
  [
    /^(1|incoming|in|来电|來電|呼入|已接|已接来电|已接來電|接听|接聽|incoming call)$/i,
    { kind: 'call', direction: 'incoming', callType: 1 },
  ],
  [
    /^(2|outgoing|out|去电|去電|呼出|已拨|已撥|已拨电话|已撥電話|拨出|撥出|outgoing call)$/i,
    { kind: 'call', direction: 'outgoing', callType: 2 },
  ],
  [/^(3|missed|未接|未接来电|未接來電|未接听|未接聽|missed call)$/i, { kind: 'call', direction: 'incoming', callType: 3 }],
  [/^(4|voicemail|语音信箱|語音信箱)$/i, { kind: 'call', direction: 'incoming', callType: 4 }],
  [/^(5|rejected|declined|拒接|已拒接|拒绝|拒絕)$/i, { kind: 'call', direction: 'incoming', callType: 5 }],
  [/^(6|blocked|拦截|攔截|已拦截|已攔截|黑名单拦截)$/i, { kind: 'call', direction: 'incoming', callType: 6 }],
  [/^(received|inbox|接收|收到|已接收|收件箱|收件匣|sms in)$/i, { kind: 'sms', direction: 'incoming' }],
  [/^(sent|outbox|发送|發送|已发送|已發送|发件箱|寄件匣|sms out)$/i, { kind: 'sms', direction: 'outgoing' }],
];

/** A type cell in Chinese, English or Android's numbers; undefined when unknown. */
export function parseType(cell: string): ParsedType | undefined {
  const s = cell.trim();
  return TYPES.find(([re]) => re.test(s))?.[1];
}
