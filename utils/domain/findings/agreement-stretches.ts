/** Contact positions (into the detector's input) sorted by local date, then time, then input order. */
export interface DatedList {
  idx: number[];
  dates: string[];
}

export function datedList(indices: number[], dateOf: (i: number) => string, atOf: (i: number) => number): DatedList {
  const idx = indices.sort((a, b) => {
    const da = dateOf(a);
    const db = dateOf(b);
    return da < db ? -1 : da > db ? 1 : atOf(a) - atOf(b) || a - b;
  });
  return { idx, dates: idx.map(dateOf) };
}

/** First position whose value is > d (strict) or >= d. */
function bound(sorted: readonly string[], d: string, strict: boolean, from = 0): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < d || (strict && sorted[mid] === d)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Positions in `list` dated after `after` (the day after, as isAfterAgreement
 * says: a binary search for the first later date) on whose date the plan is on track.
 * Between two of the plan's own dates, and on each of them, the answer cannot
 * change (see onTrackByDate), so each such stretch of contacts is asked once
 * and taken whole, instead of asking once per (agreement, contact) pair.
 */
export function onTrackStretches(
  list: DatedList,
  after: string,
  marks: readonly string[],
  onTrack: (date: string) => boolean,
  out: number[],
): void {
  const { idx, dates } = list;
  let pos = bound(dates, after, true);
  while (pos < dates.length) {
    const d = dates[pos]!;
    const k = bound(marks, d, false);
    // On a plan date: the contacts of that date; between plan dates: up to the next one.
    const end =
      k < marks.length && marks[k] === d
        ? bound(dates, d, true, pos)
        : k < marks.length
          ? bound(dates, marks[k]!, false, pos)
          : dates.length;
    if (onTrack(d)) for (let p = pos; p < end; p++) out.push(idx[p]!);
    pos = end;
  }
}
