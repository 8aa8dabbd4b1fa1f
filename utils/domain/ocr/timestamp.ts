import { normalizeOcrLine } from './ocr-fix';

/**
 * A time stamp as a chat or call list shows it, before it is placed on the
 * calendar: "22:41", "昨天 22:41", "星期二 09:10", "11月3日 下午3:05",
 * "2026/11/03 15:05", "Yesterday 10:41 PM". Parts not shown are undefined.
 */
export interface Stamp {
  year?: number;
  month?: number;
  day?: number;
  /** 0 today, 1 yesterday, 2 the day before. */
  daysAgo?: number | undefined;
  /** 0 Sunday … 6 Saturday, for "星期二" / "周二" / "週二". */
  weekday?: number | undefined;
  hour?: number;
  minute?: number;
  /** A day word was seen but not which day ("星期 21:18": the 一 was lost); the user must check the date. */
  unsure?: boolean;
}

const WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const RELATIVE: Record<string, number> = { 今天: 0, today: 0, 昨天: 1, yesterday: 1, 前天: 2 };
const AFTERNOON = new Set(['下午', '晚上', '傍晚', '午後', '夜里', '夜裡', '夜間', '夜间', 'pm']);
const NIGHT_EARLY = new Set(['凌晨', '早上', '上午', '午前', '清晨', 'am']);

const DATE_YMD = /^(20\d\d)\s*[年/\-.]\s*(\d{1,2})\s*[月/\-.]\s*(\d{1,2})\s*[日号號]?/;
const DATE_MD = /^(\d{1,2})\s*(?:月\s*(\d{1,2})\s*[日号號]?|[/-](\d{1,2})(?!\d))/;
const WORD = /^(今天|昨天|前天|today|yesterday|(?:星期|周|週|礼拜|禮拜)([一二三四五六日天])|(?:星期|礼拜|禮拜)(?=\s*\d))/;
const PERIOD = /^(上午|下午|中午|晚上|凌晨|早上|傍晚|清晨|午前|午後|夜里|夜裡|夜间|夜間)/;
/** A period word that lost its second character (上午 → 上, 晚上 → 晚), accepted only right before a clock time. */
const PERIOD_HALF = /^([上下晚])(?=\s*\d{1,2}:\d\d)/;
const HALVES: Record<string, string> = { 上: '上午', 下: '下午', 晚: '晚上' };
/** "11 2下午3:05": 月 and 日 lost, the two numbers kept; accepted only before a period word. */
const DATE_MD_BARE = /^(\d{1,2})\s+(\d{1,2})\s*(?=上午|下午|中午|晚上|凌晨|早上|傍晚|清晨|[上下晚]\s*\d{1,2}:\d\d)/;
const TIME = /^(\d{1,2}):(\d{2})(?::\d{2})?/;
/** A lost colon: 3 or 4 digits that make a valid time, accepted only after a date word or period. */
const TIME_NO_COLON = /^(\d{1,2})(\d{2})(?!\d)/;
const AMPM = /^(am|pm|a\.m\.|p\.m\.)/;

function setHour(s: Stamp, hour: number, minute: number, period: string | undefined): boolean {
  if (minute > 59 || hour > 23) return false;
  let h = hour;
  if (period && AFTERNOON.has(period) && h < 12) h += 12;
  if (period && NIGHT_EARLY.has(period) && h === 12) h = 0;
  if (period === '中午' && h < 11) h += 12;
  s.hour = h;
  s.minute = minute;
  return true;
}

/**
 * Parses a line that is ONLY a time stamp (so message text that mentions a
 * time, "今天18:00前还款", is not one). Returns null when it is not.
 */
export function parseStamp(raw: string): Stamp | null {
  let rest = normalizeOcrLine(raw).toLowerCase();
  const s: Stamp = {};
  const eat = (re: RegExp): RegExpExecArray | null => {
    const m = re.exec(rest);
    if (m) rest = rest.slice(m[0].length).trimStart();
    return m;
  };
  let hasDate = false;
  const ymd = eat(DATE_YMD);
  if (ymd) {
    [s.year, s.month, s.day] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
    hasDate = true;
  } else {
    const md = DATE_MD.exec(rest) ?? DATE_MD_BARE.exec(rest);
    // "3:05" must not be read as a month: a month/day needs 月 or a slash/dash.
    if (md) {
      rest = rest.slice(md[0].length).trimStart();
      [s.month, s.day] = [Number(md[1]), Number(md[2] ?? md[3])];
      hasDate = true;
    }
  }
  const word = eat(WORD);
  if (word) {
    if (word[2]) s.weekday = WEEKDAYS[word[2]];
    else if (word[1]! in RELATIVE) s.daysAgo = RELATIVE[word[1]!];
    else s.unsure = true;
    hasDate = true;
  }
  const half = PERIOD.test(rest) ? undefined : eat(PERIOD_HALF)?.[1];
  const period = half ? HALVES[half] : eat(PERIOD)?.[1];
  const time = eat(TIME) ?? (hasDate || period ? eat(TIME_NO_COLON) : null);
  if (time && !setHour(s, Number(time[1]), Number(time[2]), period ?? eat(AMPM)?.[1]?.replace(/\./g, ''))) return null;
  if (!time && !hasDate) return null;
  if (s.month !== undefined && (s.month < 1 || s.month > 12 || !s.day || s.day > 31)) return null;
  // Whatever is left must be noise (a stray dot or bracket), not words.
  return rest.replace(/[\s.,·•()[\]<>-]/g, '').length <= 1 ? s : null;
}

/** Whether a stamp carries a clock time (call lists sometimes show only a date). */
export function hasTime(s: Stamp): boolean {
  return s.hour !== undefined;
}
