// A phone screenshot's status bar (clock, signal, battery), title bar (back
// chevron) and input bar (round buttons, a grey placeholder) draw icons that
// the engine reads as short Latin "words" ("m OJ", "<", "OO mn O") or, with
// the Chinese trained data, as a stray character ("10:00 和"). Those bars are
// told apart by where they sit on the screen; there a short word with neither
// a digit nor a Chinese character is an icon, and in the status bar a lone
// Chinese character is one too. The clock (digits), a carrier or a title
// (Chinese words) and longer Latin names stay.

export type Bar = 'status' | 'title' | 'input';

/** Where the bars end, as fractions of the image height (1080×2400 and 750×1334 screens alike). */
const STATUS_BAR = 0.045;
const TITLE_BAR = 0.1;
const INPUT_BAR = 0.9;

const IDEOGRAPH = /[\u3400-\u9fff\uf900-\ufaff]/gu;

/** The bar a line whose box is centred at `centreY` sits in, or null for the screen's body. */
export function barAt(centreY: number, height: number): Bar | null {
  if (centreY < height * STATUS_BAR) return 'status';
  if (centreY < height * TITLE_BAR) return 'title';
  return centreY > height * INPUT_BAR ? 'input' : null;
}

/** A word of a bar's line that is one of its icons rather than text. */
export function isBarIcon(word: string, bar: Bar): boolean {
  const w = word.trim();
  if (w === '' || /\d/.test(w)) return false;
  const ideographs = w.match(IDEOGRAPH)?.length ?? 0;
  if (bar === 'status' && ideographs === 1) return true;
  return ideographs === 0 && [...w].length <= 3;
}
