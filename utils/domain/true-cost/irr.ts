/** One payment by the borrower, `t` periods (or years) after the money was received. */
export interface TimedFlow {
  t: number;
  amount: number;
}

/** Present value of the payments at rate r per unit of t, minus what was received. */
function npv(rate: number, received: number, flows: readonly TimedFlow[]): number {
  let pv = 0;
  for (const f of flows) pv += f.amount / Math.pow(1 + rate, f.t);
  return pv - received;
}

/**
 * The rate per unit of t that makes the payments worth what was received.
 * Bisection, not Newton: it cannot diverge on odd schedules. With positive
 * payments the present value falls as the rate rises, so the root is unique.
 * Returns undefined when there is no root in a sane range (nothing paid, or
 * everything paid at t = 0).
 */
export function solveRate(received: number, flows: readonly TimedFlow[]): number | undefined {
  if (!(received > 0) || flows.length === 0 || flows.some((f) => !(f.amount >= 0) || !(f.t >= 0))) return undefined;
  if (!flows.some((f) => f.t > 0 && f.amount > 0)) return undefined;
  let lo = -0.999999;
  let hi = 1;
  // Widen the upper bound for very expensive short loans (payday-style fees).
  while (npv(hi, received, flows) > 0 && hi < 1e12) hi *= 4;
  if (npv(lo, received, flows) < 0 || npv(hi, received, flows) > 0) return undefined;
  for (let i = 0; i < 300; i += 1) {
    const mid = (lo + hi) / 2;
    if (npv(mid, received, flows) > 0) lo = mid;
    else hi = mid;
    if (hi - lo < 1e-14) break;
  }
  return (lo + hi) / 2;
}
