import { findAll } from '../../utils/domain/findings/find-all';
import type { Agreement, Contact, Lender } from '../../utils/model/records';
import { agreementRecord, contactRecord, lenderRecord, RECORDS_T0 } from '../../tests/fixtures/records/build';

// Does the findings function stay linear in the number of contacts? Timed
// here, in the benchmark's own Node process, not in a unit test (a timed
// unit test fails whenever the machine is busy). The log is the unit test's
// old one: contacts every ~52 minutes (10,000 over a year), five lenders,
// one contact in fifty with an insult. Twice as many contacts should cost
// about twice the time: the ratio is budgeted, the 10,000 time too.

const T0 = RECORDS_T0;
const STEP_MS = 3_137_000;

function contacts(count: number): Contact[] {
  return Array.from({ length: count }, (_, i) =>
    contactRecord({ id: `c${i}`, at: T0 + i * STEP_MS, summary: '催收电话', flags: i % 50 === 0 ? ['insult'] : [], lenderId: `L${i % 5}` }),
  );
}

const lenders: Lender[] = Array.from({ length: 5 }, (_, i) => lenderRecord({ id: `L${i}` }));
const agreement: Agreement = agreementRecord({ lenderId: 'L0' });

function timeOnce(list: Contact[]): { ms: number; found: number } {
  const t0 = performance.now();
  const found = findAll({ contacts: list, agreements: [agreement], installments: [], lenders, jurisdiction: 'CN' }).length;
  return { ms: performance.now() - t0, found };
}

export interface ScaleResult {
  ms10k: number[];
  ms20k: number[];
  /** Each round's 20,000 time over its 10,000 time (interleaved, so a busy moment hits both). */
  ratio: number[];
  found10k: number;
}

export function findingsScale(rounds: number): ScaleResult {
  const small = contacts(10_000);
  const big = contacts(20_000);
  // Warm the JIT and the per-day caches once (the first pass is not what a user waits for twice).
  timeOnce(small);
  const out: ScaleResult = { ms10k: [], ms20k: [], ratio: [], found10k: 0 };
  for (let r = 0; r < rounds; r++) {
    const a = timeOnce(small);
    const b = timeOnce(big);
    // The old unit test's sanity check: the log does produce findings.
    if (a.found <= 200) throw new Error(`only ${a.found} findings over 10,000 contacts`);
    out.found10k = a.found;
    out.ms10k.push(a.ms);
    out.ms20k.push(b.ms);
    out.ratio.push(b.ms / a.ms);
  }
  return out;
}
