// Dates as phones and export tools write them: epoch seconds or ms, ISO 8601,
// "2026-11-03 22:15:07", "2026/11/3 22:15", "2026年11月3日 下午10:15",
// "2026.11.03 22:15", and — in pasted conversations — "11月3日 22:15" with no
// year. A time without an offset is the user's local time (the phone's clock).

const FULL =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(?:星期|周|週)[一二三四五六日天])?\s*(?:(上午|下午|中午|晚上|凌晨|早上|AM|PM)\s*)?(?:(\d{1,2})\s*[:：时時]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})\s*秒?)?)?\s*(AM|PM)?$/i;
const NO_YEAR =
  /^(\d{1,2})\s*[月/-]\s*(\d{1,2})\s*日?\s*(?:(上午|下午|中午|晚上|凌晨|早上|AM|PM)\s*)?(\d{1,2})\s*[:：]\s*(\d{1,2})(?:\s*[:：]\s*(\d{1,2}))?\s*(AM|PM)?$/i;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

function hour24(h: number, mark: string | undefined): number {
  const m = (mark ?? '').toUpperCase();
  if ((m === 'PM' || m === '下午' || m === '晚上') && h < 12) return h + 12;
  if (m === '中午' && h < 11) return h + 12;
  if ((m === 'AM' || m === '凌晨' || m === '上午' || m === '早上') && h === 12) return 0;
  return h;
}

/** Local wall time to epoch ms, refusing impossible dates (Feb 30, 25:00). */
function local(y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return NaN;
  const date = new Date(y, mo - 1, d, h, mi, s);
  return date.getMonth() === mo - 1 && date.getDate() === d ? date.getTime() : NaN;
}

/**
 * Epoch ms of a date text, NaN when it is not one of the forms above.
 * `now` places a year-less date in the latest year that is not in the future.
 */
export function parseDate(text: string, now: number): number {
  const s = text.trim().replace(/\s+/g, ' ');
  if (/^\d{13}$/.test(s)) return Number(s);
  if (/^\d{10}$/.test(s)) return Number(s) * 1000;
  if (ISO.test(s)) return Date.parse(s);
  let m = FULL.exec(s);
  if (m) {
    const h = m[5] === undefined ? 0 : hour24(Number(m[5]), m[4] ?? m[8]);
    return local(Number(m[1]), Number(m[2]), Number(m[3]), h, Number(m[6] ?? 0), Number(m[7] ?? 0));
  }
  m = NO_YEAR.exec(s);
  if (m) {
    const h = hour24(Number(m[4]), m[3] ?? m[7]);
    const year = new Date(now).getFullYear();
    const at = local(year, Number(m[1]), Number(m[2]), h, Number(m[5]), Number(m[6] ?? 0));
    return at > now + 86_400_000 ? local(year - 1, Number(m[1]), Number(m[2]), h, Number(m[5]), Number(m[6] ?? 0)) : at;
  }
  return NaN;
}

/** Durations as "125", "02:05", "0:02:05", "2分5秒", "1小时2分5秒". NaN when unreadable. */
export function parseDuration(text: string): number {
  const s = text.trim();
  if (s === '') return 0;
  if (/^\d+$/.test(s)) return Number(s);
  const colon = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})$/.exec(s);
  if (colon) return Number(colon[1] ?? 0) * 3600 + Number(colon[2]) * 60 + Number(colon[3]);
  const zh = /^(?:(\d+)\s*(?:小时|小時|时|時))?\s*(?:(\d+)\s*分(?:钟|鐘)?)?\s*(?:(\d+)\s*秒)?$/.exec(s);
  if (zh && (zh[1] || zh[2] || zh[3])) return Number(zh[1] ?? 0) * 3600 + Number(zh[2] ?? 0) * 60 + Number(zh[3] ?? 0);
  return NaN;
}
