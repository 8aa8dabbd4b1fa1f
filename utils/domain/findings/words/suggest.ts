import { CONTACT_FLAGS, type ContactFlag } from '../../../model/records';
import { FLAG_WORDS } from './lists';

export interface FlagMatch {
  start: number;
  end: number;
  word: string;
}
export interface FlagSuggestion {
  flag: ContactFlag;
  matches: FlagMatch[];
}

// Longest words first, so that 征信黑名单 wins over 黑名单 at the same place
// and a highlighted span is never cut in two.
const WORDS: readonly { word: string; flag: ContactFlag }[] = CONTACT_FLAGS.flatMap((flag) =>
  (FLAG_WORDS[flag] ?? []).map((word) => ({ word, flag })),
).sort((a, b) => b.word.length - a.word.length);

/**
 * Which flags a message's wording suggests, with where each word matched
 * (UTF-16 offsets into `text`, for highlighting). Overlapping matches keep the
 * longest word. Flags come in CONTACT_FLAGS order; nothing is suggested for a
 * message that names none of the words.
 */
export function suggestFlags(text: string): FlagSuggestion[] {
  const taken: boolean[] = [];
  const byFlag = new Map<ContactFlag, FlagMatch[]>();
  for (const { word, flag } of WORDS) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      let free = true;
      for (let i = at; i < at + word.length; i++) if (taken[i]) free = false;
      if (!free) continue;
      for (let i = at; i < at + word.length; i++) taken[i] = true;
      const list = byFlag.get(flag) ?? [];
      list.push({ start: at, end: at + word.length, word });
      byFlag.set(flag, list);
    }
  }
  return CONTACT_FLAGS.filter((f) => byFlag.has(f)).map((flag) => ({
    flag,
    matches: byFlag.get(flag)!.sort((a, b) => a.start - b.start),
  }));
}

/** The text cut into plain and matched parts, for rendering highlights without markup. */
export function highlightParts(text: string, suggestions: readonly FlagSuggestion[]): { text: string; match: boolean }[] {
  const spans = suggestions.flatMap((s) => s.matches).sort((a, b) => a.start - b.start);
  const parts: { text: string; match: boolean }[] = [];
  let pos = 0;
  for (const m of spans) {
    if (m.start > pos) parts.push({ text: text.slice(pos, m.start), match: false });
    parts.push({ text: text.slice(m.start, m.end), match: true });
    pos = m.end;
  }
  if (pos < text.length) parts.push({ text: text.slice(pos), match: false });
  return parts;
}
