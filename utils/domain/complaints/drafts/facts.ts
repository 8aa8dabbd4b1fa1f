import type { DraftUnit } from '../fit';
import type { ComplaintRecords } from '../records';
import { agreementUnits } from './agreement';
import { chronologyUnits } from './chronology';
import { citationUnits } from './citations';
import type { Ctx } from './context';
import { demandUnits, evidenceUnits, openingUnits, priorComplaintUnits } from './sections';

/**
 * The facts field: what a regulator reads. In reading order: the agreement
 * (or an opening naming the lender), the chronology, the earlier complaint to
 * the institution, the rules, and — when the form has no field of their own —
 * the demands and the evidence list. Which parts survive a short limit is
 * decided by the units' priorities (fit.ts), not by their order here.
 */
export function factsUnits(ctx: Ctx, r: ComplaintRecords): DraftUnit[] {
  // 12315 asks for the demand in a field of its own, whether or not the page was recognised in full.
  const demandsHere = !ctx.hasField('demands') && ctx.channelId !== 'samr12315';
  return [
    ...openingUnits(ctx, r),
    ...agreementUnits(ctx, r),
    ...chronologyUnits(ctx, r),
    ...priorComplaintUnits(ctx, r),
    ...citationUnits(ctx, r),
    ...(demandsHere ? demandUnits(ctx, r, true) : []),
    ...(ctx.hasField('evidence') ? [] : evidenceUnits(ctx, r, true)),
  ];
}
