import { parseIso, toIso } from '../plan/iso-date';
import { LPR_TABLE, type LprPublication } from '../../data/lpr';

/**
 * The earliest day a successor to a publication could appear: LPR is published
 * on the 20th of each month (moved to the next working day on holidays, so
 * never earlier), i.e. the first 20th after `publishedOn`.
 */
export function nextPossiblePublication(publishedOn: string): string {
  const { y, m, d } = parseIso(publishedOn);
  if (d < 20) return toIso(y, m, 20);
  return m === 12 ? toIso(y + 1, 1, 20) : toIso(y, m + 1, 20);
}

/**
 * The publication in force on `date`: the latest one on or before it, but only
 * while it is still the newest possible. The last entry in the table is used
 * up to the day before the next possible publication; after that it may have
 * been replaced, so we say "unknown" (the user enters it) instead of guessing.
 */
export function lprOn(date: string, table: readonly LprPublication[] = LPR_TABLE): LprPublication | undefined {
  const sorted = [...table].sort((a, b) => a.publishedOn.localeCompare(b.publishedOn));
  let found: LprPublication | undefined;
  let next: LprPublication | undefined;
  for (const p of sorted) {
    if (p.publishedOn <= date) found = p;
    else if (found && !next) next = p;
  }
  if (!found) return undefined;
  // The newest row holds only until a successor could have been published
  // after the last fixing at which it was confirmed unchanged.
  if (!next && date >= nextPossiblePublication(found.confirmedThrough ?? found.publishedOn)) return undefined;
  return found;
}

export type LineId = 'lpr4' | 'reported24' | 'reported36';

export interface ComparisonLine {
  id: LineId;
  /** Annual rate as a fraction. */
  rate: number;
  /** 'text' for the court's 4 × LPR rule; 'reported' for the 24 % / 36 % lines (convention not confirmed). */
  confidence: 'text' | 'reported';
  /** Where the LPR came from: the dated table or the user's own entry. */
  lprSource?: 'table' | 'user';
  lprPct?: number;
  lprPublishedOn?: string;
  /** Whether the simple annual figure is above this line. */
  crossed: boolean;
}

/**
 * The lines to compare a simple annual rate against. `userLprPct` is used
 * only when the table has no value for the contract date.
 */
export function comparisonLines(simpleRate: number, contractDate: string, userLprPct?: number): ComparisonLine[] {
  const lines: ComparisonLine[] = [];
  const pub = lprOn(contractDate);
  if (pub) {
    const rate = (4 * pub.oneYearPct) / 100;
    lines.push({ id: 'lpr4', rate, confidence: 'text', lprSource: 'table', lprPct: pub.oneYearPct, lprPublishedOn: pub.publishedOn, crossed: simpleRate > rate + 1e-12 });
  } else if (userLprPct !== undefined && userLprPct > 0 && userLprPct < 100) {
    const rate = (4 * userLprPct) / 100;
    lines.push({ id: 'lpr4', rate, confidence: 'text', lprSource: 'user', lprPct: userLprPct, crossed: simpleRate > rate + 1e-12 });
  }
  for (const [id, rate] of [['reported24', 0.24], ['reported36', 0.36]] as const) {
    lines.push({ id, rate, confidence: 'reported', crossed: simpleRate > rate + 1e-12 });
  }
  return lines;
}
