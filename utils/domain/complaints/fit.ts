/**
 * Planning a draft for a field's character limit without cutting a sentence.
 * A draft is a list of units in reading order; each unit is one or more whole
 * sentences with shorter variants. Required units start at their shortest
 * variant, optional ones are left out; then, in priority order, the units
 * with a core (a grave contact's words) take it, every unit takes its richest
 * essential variant that still fits, and in a last round its richest variant
 * that fits. So the gravest facts are written
 * out first and whatever room is left is filled by the rest, instead of
 * dropping from the end and leaving space free. Nothing is truncated.
 */
export interface DraftUnit {
  /** Richest first; every variant is one or more complete sentences. */
  variants: string[];
  /** Required units are always present, at least at their shortest variant. */
  required?: boolean;
  /** Lower is filled first. */
  priority?: number;
  /**
   * The variant that carries what matters (e.g. the collector's words, without
   * names and numbers): every unit gets up to this one before any unit gets the
   * richer ones above it. Default 0 (all variants matter equally).
   */
  essential?: number;
  /**
   * Before any essential variant: the least of this unit that must be there
   * (a grave contact's words with their date). Units without it wait for the essential round.
   */
  core?: number;
  /** A heading ("证据清单："): shown only when a unit after it, up to the next heading, is present. */
  heading?: boolean;
  /** Continues the paragraph of the unit before it (joined by `inline`, not `separator`). */
  inline?: boolean;
  /**
   * Units this one's first variants lean on (a citation that gives a document's
   * reported note only once): variants before `standaloneFrom` are used only
   * while all of them are present; the later ones stand alone.
   */
  needs?: DraftUnit[];
  standaloneFrom?: number;
}

export interface FitOptions {
  max?: number;
  separator: string;
  /** Joins an `inline` unit to the one before it: '' in Chinese, ' ' in English. */
  inline?: string;
}

export interface FitResult {
  text: string;
  /** False when even the required units at their shortest are longer than the field allows. */
  fits: boolean;
  /** The unshortened draft, for Copy. */
  full: string;
  /** Units left out or shortened. */
  droppedCount: number;
}

/** A heading unit shows only when some unit after it (up to the next heading) is present. */
function render(units: DraftUnit[], level: number[], opts: FitOptions): string {
  let out = '';
  units.forEach((u, i) => {
    if (level[i]! < 0) return;
    if (u.heading) {
      let j = i + 1;
      while (j < units.length && !units[j]!.heading && level[j]! < 0) j++;
      if (j >= units.length || units[j]!.heading) return;
    }
    const text = u.variants[level[i]!]!;
    if (text === '') return;
    out += out === '' ? text : (u.inline ? (opts.inline ?? '') : opts.separator) + text;
  });
  return out;
}

/** The length render() would return, from numbers only: the planner asks it for every candidate variant. */
function renderedLength(units: DraftUnit[], level: number[], lengths: number[][], opts: FitOptions): number {
  // A heading is visible when a unit under it (up to the next heading) is present, as in render().
  const visible: boolean[] = [];
  let below = false;
  for (let i = units.length - 1; i >= 0; i--) {
    if (units[i]!.heading) {
      visible[i] = below;
      below = false;
    } else if (level[i]! >= 0) below = true;
  }
  let total = 0;
  let first = true;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (level[i]! < 0 || (u.heading && !visible[i])) continue;
    const n = lengths[i]![level[i]!]!;
    if (n === 0) continue;
    if (!first) total += (u.inline ? (opts.inline ?? '') : opts.separator).length;
    total += n;
    first = false;
  }
  return total;
}

export function fitUnits(units: DraftUnit[], opts: FitOptions): FitResult {
  // Everything at its richest; a unit leaning on one that is not in this draft stands alone.
  const full = render(
    units,
    units.map((u) => (u.needs?.some((n) => !units.includes(n)) ? (u.standaloneFrom ?? 0) : 0)),
    opts,
  );
  const max = opts.max;
  if (max === undefined || full.length <= max) return { text: full, fits: true, full, droppedCount: 0 };
  // -1: left out; otherwise the index of the variant in use.
  // Headings are always on: render() shows one only when something under it is present.
  const level = units.map((u) => (u.heading ? 0 : u.required ? u.variants.length - 1 : -1));
  const lengths = units.map((u) => u.variants.map((x) => x.length));
  const length = () => renderedLength(units, level, lengths, opts);
  // A unit leaned on that is not in this draft at all counts as absent.
  const needs = units.map((u) => (u.needs ?? []).map((n) => units.indexOf(n)));
  const allowed = (i: number, v: number) => v >= (units[i]!.standaloneFrom ?? 0) || needs[i]!.every((j) => j >= 0 && level[j]! >= 0);
  const fits = length() <= max;
  if (fits) {
    const order = units.map((_, i) => i).filter((i) => !units[i]!.heading);
    order.sort((a, b) => (units[a]!.priority ?? 50) - (units[b]!.priority ?? 50) || a - b);
    // First the core of the units that have one, then what matters in every unit, then the detail.
    for (const phase of ['core', 'essential', 'detail'] as const) {
      for (const i of order) {
        const current = level[i]!;
        const u = units[i]!;
        if (phase === 'core' && u.core === undefined) continue;
        const best = Math.min(phase === 'core' ? u.core! : phase === 'essential' ? (u.essential ?? 0) : 0, u.variants.length - 1);
        // The core round gives a unit its core or nothing: a poorer variant (a grave contact without its words)
        // would take the room another unit's words need; the later rounds may still choose one.
        const end = Math.min(current < 0 ? units[i]!.variants.length : current, phase === 'core' ? best + 1 : Infinity);
        if (best >= end) continue;
        // Joiners only add: a variant longer than the room left cannot fit (saves rendering 10,000 contacts' days).
        const now = length() - (current < 0 ? 0 : lengths[i]![current]!);
        for (let v = best; v < end; v++) {
          if (now + lengths[i]![v]! > max || !allowed(i, v)) continue;
          level[i] = v;
          if (length() <= max) break;
          level[i] = current;
        }
      }
    }
  }
  const text = render(units, level, opts);
  return { text, fits: fits && text.length <= max, full, droppedCount: level.filter((l, i) => l !== 0 && !units[i]!.heading).length };
}

/** Splits off the first sentence (Chinese or Latin punctuation); the whole text when there is one. */
export function firstSentence(text: string): string {
  const m = /^[\s\S]*?[。！？!?]|^[\s\S]*?\.(?=\s|$)/.exec(text.trim());
  return (m ? m[0] : text).trim();
}
