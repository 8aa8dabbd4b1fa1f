import type { Agreement, Contact, ContactFlag, Installment, Lender } from '../../utils/model/records';
import { CONTACT_CHANNELS } from '../../utils/model/records';
import { createRng, type Rng } from './rng';
import * as zh from './zh-text';

// The benchmark's dataset: years of records of a heavy user, generated from a
// fixed seed so every run measures the same thing. Pure: no browser, no DB.
// Evidence Blobs are described here and filled in the browser (see loader),
// because 40 MB should not cross the DevTools protocol.

export const DEFAULT_SEED = 20240601;
/** The dataset ends here (a fixed instant, so nothing depends on today's date). */
export const DATASET_END = Date.UTC(2025, 5, 30, 4, 0, 0);
const DAY = 86_400_000;
const TZ_OFFSET_MIN = 480; // China Standard Time, UTC+8

export interface DatasetSize {
  contacts: number;
  agreements: number;
  installmentsPerAgreement: number;
  evidence: number;
  evidenceBytes: number;
  years: number;
}

export const FULL_SIZE: DatasetSize = {
  contacts: 10_000,
  agreements: 500,
  installmentsPerAgreement: 12,
  evidence: 200,
  evidenceBytes: 200 * 1024,
  years: 3,
};

export interface EvidenceSpec {
  id: string;
  ownerType: 'contact';
  ownerId: string;
  name: string;
  mime: string;
  size: number;
  /** Seed of the Blob's bytes, filled in by the loader in the page. */
  byteSeed: number;
  capturedAt: number;
  createdAt: number;
}

export interface Dataset {
  seed: number;
  lenders: Lender[];
  agreements: Agreement[];
  installments: Installment[];
  contacts: Contact[];
  evidence: EvidenceSpec[];
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Epoch ms of a wall-clock time in UTC+8 on the day containing `dayMs`. */
function localTime(dayMs: number, hour: number, minute: number, second: number): number {
  const d = new Date(dayMs);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hour, minute, second) - TZ_OFFSET_MIN * 60_000;
}

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  // Day clamped to 28 so the schedule never needs month-end rules.
  return isoDay(Date.UTC(y, m - 1 + months, Math.min(d, 28)));
}

function makeLenders(rng: Rng, start: number): Lender[] {
  return zh.LENDER_NAMES.map((name, i) => ({
    id: rng.uuid(),
    name,
    kind: name.includes('银行') ? 'bank-card' : i % 3 === 0 ? 'platform' : 'consumer-finance',
    createdAt: start + i * 1000,
    updatedAt: start + i * 1000,
  }));
}

function personName(rng: Rng): string {
  return rng.pick(zh.SURNAMES) + rng.pick(zh.GIVEN);
}

function makeAgreement(rng: Rng, lender: Lender, negotiatedMs: number): Agreement {
  const owed = rng.int(5_000, 200_000) * 100;
  const total = Math.round(owed * (0.7 + rng.next() * 0.3));
  const waived = owed - total;
  return {
    id: rng.uuid(),
    lenderId: lender.id,
    product: rng.pick(zh.PRODUCTS),
    accountRef: String(rng.int(1000, 9999)),
    negotiatedOn: isoDay(negotiatedMs),
    negotiatedVia: rng.pick(['phone', 'app', 'online-chat'] as const),
    counterpart: { name: personName(rng), staffId: `KF${rng.int(10000, 99999)}`, phone: `400${rng.int(1000000, 9999999)}` },
    lenderRef: `XY${rng.int(10_000_000, 99_999_999)}`,
    terms: { owedBeforeFen: owed, totalToRepayFen: total, waivedInterestFen: waived, waivedPenaltyFen: 0, waivedFeesFen: 0 },
    promises: {
      stopCollection: rng.chance(0.8),
      noThirdPartyContact: rng.chance(0.6),
      creditReport: rng.pick(['none', 'no-new-negative', 'report-as-settled'] as const),
      noNewPenalties: rng.chance(0.7),
      other: rng.chance(0.3) ? '客服承诺三个工作日内通知所有催收机构停止催收。' : '',
    },
    status: rng.chance(0.75) ? 'active' : rng.pick(['completed', 'broken-by-lender', 'broken-by-borrower'] as const),
    cardPlanItems: lender.kind === 'bank-card' ? ['balance', 'schedule'] : [],
    kit: { documents: [{ doc: 'id', ready: true, note: '' }], talkingNotes: '说明失业情况，提供银行流水。' },
    notes: '',
    createdAt: negotiatedMs,
    updatedAt: negotiatedMs,
  };
}

function makeInstallments(rng: Rng, a: Agreement, count: number): Installment[] {
  const base = Math.floor(a.terms.totalToRepayFen / count);
  return Array.from({ length: count }, (_, i) => {
    const dueDate = addMonths(a.negotiatedOn, i + 1);
    // The last instalment absorbs the rounding, as the plan builder does.
    const amountFen = i === count - 1 ? a.terms.totalToRepayFen - base * (count - 1) : base;
    const inst: Installment = { id: rng.uuid(), agreementId: a.id, seq: i + 1, dueDate, amountFen };
    if (Date.parse(dueDate) < DATASET_END && rng.chance(0.85)) {
      inst.paidOn = dueDate;
      inst.paidFen = amountFen;
    }
    return inst;
  });
}

function contactHour(rng: Rng): number {
  // Mostly office hours, with the night calls that the findings rules look for.
  return rng.chance(0.07) ? rng.pick([22, 23, 0, 6, 7]) : rng.int(8, 21);
}

function makeContact(rng: Rng, at: number, lender: Lender, agreement: Agreement | undefined): Contact {
  const flags: ContactFlag[] = [];
  if (rng.chance(0.08)) flags.push('third-party');
  if (rng.chance(0.05)) flags.push('threat');
  if (rng.chance(0.04)) flags.push('insult');
  if (rng.chance(0.01)) flags.push('impersonation');
  if (rng.chance(0.02)) flags.push('extra-fees');
  const channel = rng.chance(0.6) ? 'call' : rng.pick(CONTACT_CHANNELS);
  const summary = `${rng.pick(zh.OPENINGS)}${rng.pick(zh.LENDER_NAMES)}的${rng.pick(zh.CLAIMS)}。${rng.pick(zh.FOLLOWUPS)}`;
  const c: Contact = {
    id: rng.uuid(),
    at,
    lenderId: lender.id,
    channel,
    direction: rng.chance(0.9) ? 'incoming' : 'outgoing',
    connected: channel !== 'missed-call' && rng.chance(0.8),
    person: {
      name: personName(rng),
      staffId: rng.chance(0.5) ? `${rng.int(1000, 99999)}` : '',
      phone: `1${rng.int(3, 9)}${rng.int(100000000, 999999999)}`,
      agency: rng.chance(0.6) ? rng.pick(zh.AGENCIES) : '',
      party: rng.pick(['lender', 'agency', 'agency', 'law-firm', 'unknown'] as const),
    },
    summary,
    flags,
    thirdParties: flags.includes('third-party') ? rng.pick(zh.THIRD_PARTIES) : '',
    tzOffsetMin: TZ_OFFSET_MIN,
    createdAt: at + 60_000,
    updatedAt: at + 60_000,
  };
  if (agreement) c.agreementId = agreement.id;
  return c;
}

export function generateDataset(seed = DEFAULT_SEED, size: DatasetSize = FULL_SIZE): Dataset {
  const rng = createRng(seed);
  const start = DATASET_END - size.years * 365 * DAY;
  const lenders = makeLenders(rng, start);

  const agreements: Agreement[] = [];
  const installments: Installment[] = [];
  for (let i = 0; i < size.agreements; i++) {
    // Spread over the span, ending a month before its end so every plan has begun.
    const negotiatedMs = start + Math.floor((i / size.agreements) * (DATASET_END - start - 30 * DAY));
    const a = makeAgreement(rng, rng.pick(lenders), negotiatedMs);
    agreements.push(a);
    installments.push(...makeInstallments(rng, a, size.installmentsPerAgreement));
  }

  const contacts: Contact[] = [];
  const span = DATASET_END - start - DAY;
  for (let i = 0; i < size.contacts; i++) {
    const day = start + Math.floor((i / size.contacts) * span);
    const at = localTime(day, contactHour(rng), rng.int(0, 59), rng.int(0, 59));
    const agreement = rng.chance(0.3) ? rng.pick(agreements) : undefined;
    const lender = agreement ? lenders.find((l) => l.id === agreement.lenderId)! : rng.pick(lenders);
    contacts.push(makeContact(rng, Math.min(at, DATASET_END), lender, agreement));
  }

  const evidence: EvidenceSpec[] = Array.from({ length: size.evidence }, (_, i) => {
    const owner = contacts[Math.floor((i / size.evidence) * contacts.length)]!;
    return {
      id: rng.uuid(),
      ownerType: 'contact',
      ownerId: owner.id,
      name: `截图-${String(i + 1).padStart(3, '0')}.png`,
      mime: 'image/png',
      size: size.evidenceBytes,
      byteSeed: rng.int(1, 2 ** 31 - 1),
      capturedAt: owner.at + 120_000,
      createdAt: owner.at + 120_000,
    };
  });

  return { seed, lenders, agreements, installments, contacts, evidence };
}
