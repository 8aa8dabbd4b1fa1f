import { joinLines, visualRows, type OcrLine, type OcrPage } from './lines';
import { cleanTitle, isInputBar, isStatusBar, isSubtitle, phoneOf } from './screen-parts';
import { parseStamp, type Stamp } from './timestamp';

/** One bubble (or the bubbles under one time stamp when the lines carry no boxes). */
export interface ChatMessage {
  /** The time stamp shown above it; undefined when none is visible above the first bubbles. */
  stamp?: Stamp;
  text: string;
  direction: 'incoming' | 'outgoing';
}

export interface ChatScreen {
  /** The title: a contact name, a number or a service number. */
  sender: string;
  phone: string;
  messages: ChatMessage[];
}

type Side = 'incoming' | 'outgoing';
const edges = (lines: readonly OcrLine[]) => ({
  x0: Math.min(...lines.map((l) => l.box!.x0)),
  x1: Math.max(...lines.map((l) => l.box!.x1)),
});

/** Outgoing bubbles hug the right edge: their right margin is smaller than their left one. */
function sideByMargins(lines: readonly OcrLine[], width: number | undefined): Side {
  if (!width || !lines.every((l) => l.box)) return 'incoming';
  const { x0, x1 } = edges(lines);
  return width - x1 < x0 - width * 0.02 ? 'outgoing' : 'incoming';
}

/**
 * The sides of a screen's bubbles. A bubble as wide as the screen allows has
 * about equal margins (WeChat: an avatar on either side), so margins alone
 * call it incoming. But incoming bubbles all start at one left edge, after
 * the other side's avatar (their text is left-aligned there): an "incoming"
 * bubble that does not start at that edge is anchored on the right, the
 * user's own (bench: its text starts ~2.5 % of the width right of the edge).
 */
function sides(groups: readonly OcrLine[][], width: number | undefined): Side[] {
  const first = groups.map((g) => sideByMargins(g, width));
  if (!width || !groups.every((g) => g.every((l) => l.box))) return first;
  const starts = groups.filter((_, i) => first[i] === 'incoming').map((g) => edges(g).x0);
  const near = (a: number, b: number) => Math.abs(a - b) <= width * 0.01;
  // The incoming edge: the left edge most incoming bubbles share (at least two).
  let edge: number | undefined;
  let best = 1;
  for (const x of starts) {
    const n = starts.filter((y) => near(x, y)).length;
    if (n > best) [edge, best] = [x, n];
  }
  if (edge === undefined) return first;
  return groups.map((g, i) => (first[i] === 'incoming' && Math.abs(edges(g).x0 - edge!) > width * 0.015 ? 'outgoing' : first[i]!));
}

/** Cuts a run of lines into bubbles where the gap between lines is larger than a line's height, or the side changes. */
function bubbles(lines: readonly OcrLine[], width: number | undefined): OcrLine[][] {
  if (!lines.every((l) => l.box)) return lines.length ? [[...lines]] : [];
  const out: OcrLine[][] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    const height = line.box!.y1 - line.box!.y0;
    const gap = prev ? line.box!.y0 - prev.box!.y1 : Infinity;
    // The lines of one bubble follow closely and start at the same left edge (its last line may be short).
    const aligned = prev && Math.abs(line.box!.x0 - prev.box!.x0) <= (width ?? 1000) * 0.04;
    if (last && gap < height * 0.9 && aligned) last.push(line);
    else out.push([line]);
  }
  return out;
}

/**
 * Splits the text of a messages-app or WeChat screenshot into messages: the
 * title names the sender; each time stamp line starts a group; the lines until
 * the next stamp are its bubbles. Status, title and input bars are dropped.
 */
export function splitChat(page: OcrPage): ChatScreen {
  const rows = visualRows(page);
  let i = 0;
  while (i < rows.length && isStatusBar(rows[i]!.text)) i += 1;
  let sender = '';
  let phone = '';
  // The title is the first line that is not itself a time stamp.
  if (i < rows.length && !parseStamp(rows[i]!.text)) {
    sender = cleanTitle(rows[i]!.text);
    phone = phoneOf(sender) ?? '';
    i += 1;
    while (i < rows.length && (isSubtitle(rows[i]!.text) || (!phone && phoneOf(rows[i]!.text)))) {
      phone ||= phoneOf(rows[i]!.text) ?? '';
      i += 1;
    }
  }
  let end = rows.length;
  while (end > i && isInputBar(rows[end - 1]!.text)) end -= 1;

  const groups: { stamp?: Stamp; lines: OcrLine[] }[] = [];
  let stamp: Stamp | undefined;
  let run: OcrLine[] = [];
  const flush = () => {
    for (const b of bubbles(run, page.width)) groups.push({ ...(stamp ? { stamp } : {}), lines: b });
    run = [];
  };
  for (const row of rows.slice(i, end)) {
    const s = parseStamp(row.text);
    if (s) {
      flush();
      stamp = s;
    } else {
      run.push(row);
    }
  }
  flush();
  const side = sides(
    groups.map((g) => g.lines),
    page.width,
  );
  const messages: ChatMessage[] = groups.map((g, k) => ({
    ...(g.stamp ? { stamp: g.stamp } : {}),
    text: joinLines(g.lines.map((l) => l.text.trim())),
    direction: side[k]!,
  }));
  return { sender, phone, messages: messages.filter((m) => m.text !== '') };
}
