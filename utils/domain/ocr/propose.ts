import type { ContactFlag } from '../../model/records';
import { suggestFlags } from '../findings/words/suggest';
import { foldToSimplified } from './fold-script';
import { looksLikeCallLog, parseCallLog } from './call-log';
import type { OcrPage } from './lines';
import { resolveStamp, type Day, type Reference } from './resolve-date';
import { splitChat } from './split-chat';
import type { Stamp } from './timestamp';

export const SCREEN_KINDS = ['sms', 'wechat', 'call-log'] as const;
export type ScreenKind = (typeof SCREEN_KINDS)[number];

/** One contact the screenshot suggests, for the user to confirm or correct. */
export interface Proposal {
  at: number;
  /** No time (or no date) could be read: the user must set it. */
  timeMissing: boolean;
  channel: 'sms' | 'social' | 'call' | 'missed-call';
  direction: 'incoming' | 'outgoing';
  connected: boolean;
  name: string;
  phone: string;
  text: string;
  flags: ContactFlag[];
  /** Pre-ticked in the review list: what the other side sent or the calls they made. */
  selected: boolean;
}

const WECHAT_HINT = /微信|WeChat|按住\s*说话|按住\s*說話/i;

/** Which kind of screen the text came from; the user can override it in the review. */
export function guessKind(page: OcrPage): ScreenKind {
  if (looksLikeCallLog(page)) return 'call-log';
  return page.lines.some((l) => WECHAT_HINT.test(l.text)) ? 'wechat' : 'sms';
}

function place(stamp: Stamp | undefined, ref: Reference, carry: Day | undefined) {
  const r = stamp ? resolveStamp(stamp, ref, carry) : null;
  // Without a readable stamp the screenshot's own time stands in, marked for the user to correct.
  return r ?? { at: ref.at, day: carry, timeMissing: true };
}

/** The call-log import's rule words (shared list), on text folded to one script (OCR mixes them). */
function flagsOf(text: string): ContactFlag[] {
  return suggestFlags(foldToSimplified(text)).map((s) => s.flag);
}

/**
 * The contacts a screenshot's text proposes: one per message for a chat, one
 * per row for a call list, dated against the screenshot's own time.
 */
export function proposeContacts(page: OcrPage, ref: Reference, kind: ScreenKind = guessKind(page)): Proposal[] {
  const out: Proposal[] = [];
  let carry: Day | undefined;
  if (kind === 'call-log') {
    for (const c of parseCallLog(page)) {
      const p = place(c.stamp, ref, undefined);
      out.push({
        at: p.at,
        timeMissing: p.timeMissing,
        channel: c.missed ? 'missed-call' : 'call',
        direction: c.direction,
        connected: !c.missed,
        name: c.name,
        phone: c.phone,
        text: c.detail,
        flags: [],
        selected: c.direction === 'incoming',
      });
    }
    return out;
  }
  const chat = splitChat(page);
  const isPhone = chat.phone !== '' && chat.phone === chat.sender.replace(/[\s-]/g, '');
  for (const m of chat.messages) {
    const p = place(m.stamp, ref, carry);
    if (p.day) carry = p.day;
    out.push({
      at: p.at,
      timeMissing: p.timeMissing,
      channel: kind === 'wechat' ? 'social' : 'sms',
      direction: m.direction,
      connected: true,
      name: isPhone ? '' : chat.sender,
      phone: chat.phone,
      text: m.text,
      flags: m.direction === 'incoming' ? flagsOf(m.text) : [],
      selected: m.direction === 'incoming',
    });
  }
  return out;
}
