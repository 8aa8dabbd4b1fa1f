import { parseIso, toIso } from '../plan/iso-date';
import { LPR_TABLE, type LprPublication } from '../../data/lpr';
import type { Jurisdiction } from '../../model/records';

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

export type LineId = 'lpr4' | 'cn24' | 'cn36' | 'tw16' | 'hk48' | 'hk36';

export interface ComparisonLine {
  id: LineId;
  /** Annual rate as a fraction. */
  rate: number;
  confidence: 'text' | 'reported';
  /** The registry facts (utils/data/facts) the line rests on, shown with their sources. */
  factIds: string[];
  /** Where the LPR came from: the dated table or the user's own entry. */
  lprSource?: 'table' | 'user';
  lprPct?: number;
  lprPublishedOn?: string;
  /** Whether the simple annual figure is above this line. */
  crossed: boolean;
  /** Whether the compound figure is above it: the sources do not say which computation a line uses, so both are shown. */
  crossedCompound: boolean;
}

/** [TW] 民法 第205條 16 % from 2021-07-20; [HK] Money Lenders Ordinance limits for agreements from 2022-12-30. */
export const TW_CAP_FROM = '2021-07-20';
export const HK_LIMITS_FROM = '2022-12-30';

/**
 * The lines of the user's jurisdiction to compare a loan with, and only
 * those: [CN] 4 × LPR at the contract date (the user's entry where the table
 * has none), 24 % and 36 %; [TW] 16 %; [HK] 48 % and 36 % for agreements made
 * on or after 2022-12-30. `userLprPct` is used only when the table has no value.
 */
export function comparisonLines(
  simpleRate: number,
  contractDate: string,
  userLprPct?: number,
  jurisdiction: Jurisdiction = 'CN',
  compoundRate = simpleRate,
): ComparisonLine[] {
  const line = (
    id: LineId,
    rate: number,
    confidence: 'text' | 'reported',
    factIds: string[],
    extra: Partial<ComparisonLine> = {},
  ): ComparisonLine => ({
    id,
    rate,
    confidence,
    factIds,
    ...extra,
    crossed: simpleRate > rate + 1e-12,
    crossedCompound: compoundRate > rate + 1e-12,
  });
  if (jurisdiction === 'TW') return [line('tw16', 0.16, 'text', ['tw.line.civil205'])];
  if (jurisdiction === 'HK') {
    if (contractDate < HK_LIMITS_FROM) return [];
    return [line('hk48', 0.48, 'reported', ['hk.line.mlo48']), line('hk36', 0.36, 'reported', ['hk.line.mlo36'])];
  }
  const lines: ComparisonLine[] = [];
  const pub = lprOn(contractDate);
  if (pub) {
    lines.push(
      line('lpr4', (4 * pub.oneYearPct) / 100, 'text', ['cn.line.lpr4', `cn.lpr.${pub.publishedOn}`], {
        lprSource: 'table',
        lprPct: pub.oneYearPct,
        lprPublishedOn: pub.publishedOn,
      }),
    );
  } else if (userLprPct !== undefined && userLprPct > 0 && userLprPct < 100) {
    lines.push(line('lpr4', (4 * userLprPct) / 100, 'text', ['cn.line.lpr4'], { lprSource: 'user', lprPct: userLprPct }));
  }
  lines.push(line('cn24', 0.24, 'reported', ['cn.line.24-zhudai', 'cn.line.24-microlender']));
  lines.push(line('cn36', 0.36, 'reported', ['cn.line.36-criminal']));
  return lines;
}
