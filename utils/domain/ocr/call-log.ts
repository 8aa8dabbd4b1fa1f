import { visualRows, type OcrPage } from './lines';
import { tidyLine } from './ocr-fix';
import { isCallListTitle, isStatusBar, isTabBar, phoneOf } from './screen-parts';
import { parseStamp, type Stamp } from './timestamp';

export interface CallEntry {
  name: string;
  phone: string;
  stamp?: Stamp;
  /** Missed: not answered (channel 'missed-call'). */
  missed: boolean;
  direction: 'incoming' | 'outgoing';
  /** What else the row said (place, duration), for the contact's summary. */
  detail: string;
}

// Checked in this order: "未接来电" also contains "来电".
// 末接: 未 is often read as 末.
const MISSED = /未接|末接|未应答|未應答|响铃|響鈴|missed|拒接|已拒接/i;
const OUTGOING = /呼出|已拨|已撥|拨出|撥出|去电|去電|outgoing|dialed/i;
const INCOMING = /呼入|已接|来电|來電|incoming|received/i;
const MARKER = new RegExp(`(${[MISSED, OUTGOING, INCOMING].map((r) => r.source).join('|')})\\S*`, 'gi');
/** "张经理(3)": three calls folded into one row. */
const COUNT = /\s*[(（]\d{1,3}[)）]\s*$/;
const JUNK_END = /(\s+[^\s\d\u4e00-\u9fff]{1,3})+$/;

/** The longest run of trailing words that is a time stamp, and what precedes it. */
function trailingStamp(text: string): { who: string; stamp?: Stamp } {
  // "8000昨天": the engine's text has no space between a number and Chinese.
  const words = tidyLine(text)
    .replace(/(?<=[0-9)）])(?=[\u4e00-\u9fff])/g, ' ')
    .split(' ');
  for (let k = Math.max(0, words.length - 4); k < words.length; k++) {
    const stamp = parseStamp(words.slice(k).join(' '));
    if (stamp) return { who: words.slice(0, k).join(' '), stamp };
  }
  return { who: tidyLine(text) };
}

/**
 * Splits a recent-calls screenshot into calls: each row names a number or a
 * contact, a time, and often a marker (未接 / 呼出 / 呼入) and a place or
 * duration on its second line.
 */
export function parseCallLog(page: OcrPage): CallEntry[] {
  const entries: CallEntry[] = [];
  let current: CallEntry | undefined;
  for (const row of visualRows(page)) {
    const text = row.text.trim();
    // Above the first call: the status bar and the title (a row's "09:12" alone would look like a status bar).
    const top = entries.length === 0 && !current;
    if (isTabBar(text) || (top && (isStatusBar(text) || isCallListTitle(text)))) continue;
    const missed = MISSED.test(text);
    const outgoing = !missed && OUTGOING.test(text);
    const { who: rawWho, stamp } = trailingStamp(text.replace(MARKER, ' '));
    // Icons at the row's end come out as a stray "=" or "T=".
    const who = rawWho.replace(JUNK_END, '').replace(COUNT, '').trim();
    const phone = phoneOf(who);
    // A row starts with a number, or with a name followed by its time; the row's second line has neither.
    if (who.length >= 2 && (stamp || phone)) {
      if (current) entries.push(current);
      current = {
        name: phone ? '' : who,
        phone: phone ?? '',
        missed,
        direction: outgoing ? 'outgoing' : 'incoming',
        detail: '',
        ...(stamp ? { stamp } : {}),
      };
      continue;
    }
    if (!current) continue;
    if (stamp && !current.stamp) current.stamp = stamp;
    if (missed) current.missed = true;
    if (outgoing) current.direction = 'outgoing';
    const rest = (stamp ? who : text.replace(MARKER, ' ')).trim();
    if (rest) current.detail = current.detail ? `${current.detail} ${rest}` : rest;
  }
  if (current) entries.push(current);
  return entries;
}

/** Whether the text looks like a call list rather than a chat: a call-list title, or markers on several rows. */
export function looksLikeCallLog(page: OcrPage): boolean {
  const head = page.lines.slice(0, 4).some((l) => isCallListTitle(l.text) && l.text.length <= 12);
  const markers = page.lines.filter((l) => MISSED.test(l.text) || OUTGOING.test(l.text) || INCOMING.test(l.text)).length;
  return head || markers >= 3;
}
