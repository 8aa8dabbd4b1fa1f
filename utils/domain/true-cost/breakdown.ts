export const CHARGE_KINDS = ['principal', 'interest', 'penaltyInterest', 'lateFees', 'otherFees'] as const;
export type ChargeKind = (typeof CHARGE_KINDS)[number];
export type Charges = Record<ChargeKind, number>;

export interface ChargeShare {
  kind: ChargeKind;
  amountFen: number;
  /** Share of the total claimed, as a fraction. */
  share: number;
}

export interface ChargeBreakdown {
  totalFen: number;
  /** Everything above the principal: what the borrowing cost. */
  costFen: number;
  /** Cost as a fraction of the principal (undefined without a principal). */
  costOverPrincipal?: number;
  shares: ChargeShare[];
}

/** Splits what the lender claims into its parts, each with its share of the total. */
export function breakdownCharges(charges: Charges): ChargeBreakdown {
  const totalFen = CHARGE_KINDS.reduce((s, k) => s + charges[k], 0);
  const costFen = totalFen - charges.principal;
  return {
    totalFen,
    costFen,
    ...(charges.principal > 0 ? { costOverPrincipal: costFen / charges.principal } : {}),
    shares: CHARGE_KINDS.map((kind) => ({ kind, amountFen: charges[kind], share: totalFen > 0 ? charges[kind] / totalFen : 0 })),
  };
}
