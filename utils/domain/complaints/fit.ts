/**
 * Fitting a draft into a field's maxlength without cutting a sentence: a draft
 * is a list of units (whole sentences), each with shorter variants; optional
 * units can be dropped, and dropped units of a group are replaced by one note
 * ("3 more contacts omitted"). Nothing is ever truncated mid-text.
 */
export interface DraftUnit {
  /** Longest first; every variant is one or more complete sentences. */
  variants: string[];
  /** Required units are never dropped (the shortest useful draft). */
  required?: boolean;
  /** Higher is shortened and dropped first. */
  dropRank?: number;
  /** Dropped units of the same group become one omission note. */
  group?: string;
}

export interface FitOptions {
  max?: number;
  separator: string;
  omitted?: (group: string, count: number) => string;
}

export interface FitResult {
  text: string;
  /** False when even the shortest useful draft is longer than the field allows. */
  fits: boolean;
  /** The unshortened draft, for Copy. */
  full: string;
  droppedCount: number;
}

function render(units: DraftUnit[], level: number[], dropped: boolean[], opts: FitOptions): string {
  const parts: string[] = [];
  const groupCounts = new Map<string, number>();
  units.forEach((u, i) => {
    if (dropped[i] && u.group) groupCounts.set(u.group, (groupCounts.get(u.group) ?? 0) + 1);
  });
  const noted = new Set<string>();
  units.forEach((u, i) => {
    if (!dropped[i]) {
      parts.push(u.variants[level[i]!]!);
      return;
    }
    if (u.group && opts.omitted && !noted.has(u.group)) {
      noted.add(u.group);
      parts.push(opts.omitted(u.group, groupCounts.get(u.group)!));
    }
  });
  return parts.filter((p) => p !== '').join(opts.separator);
}

/** Index of the next unit to shorten or drop: highest dropRank, later units first on ties. */
function pick(units: DraftUnit[], ok: (i: number) => boolean): number {
  let best = -1;
  units.forEach((u, i) => {
    if (!ok(i)) return;
    if (best < 0 || (u.dropRank ?? 0) >= (units[best]!.dropRank ?? 0)) best = i;
  });
  return best;
}

export function fitUnits(units: DraftUnit[], opts: FitOptions): FitResult {
  const level = units.map(() => 0);
  const dropped = units.map(() => false);
  const full = render(units, level, dropped, opts);
  const max = opts.max;
  const done = (fits: boolean): FitResult => ({
    text: render(units, level, dropped, opts),
    fits,
    full,
    droppedCount: dropped.filter(Boolean).length,
  });
  if (max === undefined || full.length <= max) return done(true);
  const fitsNow = () => render(units, level, dropped, opts).length <= max;
  const optional = (k: number) => !units[k]!.required && !dropped[k];
  // Shorten optional units; drop those ranked above 0; shorten the required
  // ones; only then drop the rank-0 units (the ones worth most after them).
  const steps: Array<[(k: number) => boolean, (k: number) => void]> = [
    [(k) => optional(k) && level[k]! < units[k]!.variants.length - 1, (k) => (level[k]! += 1)],
    [(k) => optional(k) && (units[k]!.dropRank ?? 0) > 0, (k) => (dropped[k] = true)],
    [(k) => Boolean(units[k]!.required) && level[k]! < units[k]!.variants.length - 1, (k) => (level[k]! += 1)],
    [optional, (k) => (dropped[k] = true)],
  ];
  for (const [eligible, apply] of steps) {
    for (let i = pick(units, eligible); i >= 0; i = pick(units, eligible)) {
      apply(i);
      if (fitsNow()) return done(true);
    }
  }
  return done(false);
}

/** Splits off the first sentence (Chinese or Latin punctuation); the whole text when there is one. */
export function firstSentence(text: string): string {
  const m = /^[\s\S]*?[。！？!?]|^[\s\S]*?\.(?=\s|$)/.exec(text.trim());
  return (m ? m[0] : text).trim();
}
