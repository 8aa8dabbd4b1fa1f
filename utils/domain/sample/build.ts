import type { Agreement, Complaint, Contact, ContactFlag, Installment, Lender } from '../../model/records';
import { CONTACT_FLAGS, KIT_DOCUMENTS } from '../../model/records';
import type { Locale } from '../../i18n/locales';
import { sampleTexts, type SampleTextKey } from './texts';

import { SAMPLE_ID_PREFIX } from './id';

export interface SampleData {
  lenders: Lender[];
  agreements: Agreement[];
  installments: Installment[];
  contacts: Contact[];
  complaints: Complaint[];
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Local wall-clock helpers for "N days ago at hh:mm", given the user's UTC offset in minutes. */
function clock(now: number, tzOffsetMin: number) {
  const local = new Date(now + tzOffsetMin * 60_000);
  const [y, m, d] = [local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()];
  return {
    at: (dayOffset: number, h: number, min: number) => Date.UTC(y, m, d + dayOffset, h, min) - tzOffsetMin * 60_000,
    isoDate: (dayOffset: number) => iso(Date.UTC(y, m, d + dayOffset)),
    /** The same day of the month, `months` later (days past the 28th are clamped so every month has one). */
    monthly: (dayOffset: number, months: number) => {
      const first = new Date(Date.UTC(y, m, d + dayOffset));
      return iso(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + months, Math.min(first.getUTCDate(), 28)));
    },
  };
}

interface ContactPlan {
  n: number;
  day: number;
  time: [number, number];
  channel: Contact['channel'];
  party: Contact['person']['party'];
  text: SampleTextKey;
  flags?: ContactFlag[];
  outgoing?: boolean;
  missed?: boolean;
  afterAgreement?: boolean;
}

// A story the findings rules recognise: collection before the agreement (one
// night call, one call to a relative), the negotiation itself, then collection
// that goes on although the agreement is on track.
const CONTACT_PLANS: ContactPlan[] = [
  { n: 1, day: -40, time: [14, 5], channel: 'call', party: 'lender', text: 'c1' },
  { n: 2, day: -38, time: [22, 40], channel: 'call', party: 'agency', text: 'c2', flags: ['threat', 'visit'] },
  { n: 3, day: -36, time: [10, 15], channel: 'call', party: 'agency', text: 'c3', flags: ['third-party'] },
  { n: 4, day: -31, time: [15, 30], channel: 'call', party: 'lender', text: 'c4', outgoing: true },
  { n: 5, day: -30, time: [16, 0], channel: 'call', party: 'lender', text: 'c5', outgoing: true, afterAgreement: true },
  { n: 6, day: -12, time: [9, 20], channel: 'call', party: 'agency', text: 'c6', afterAgreement: true },
  {
    n: 7,
    day: -11,
    time: [23, 10],
    channel: 'sms',
    party: 'agency',
    text: 'c7',
    flags: ['threat', 'false-statement'],
    afterAgreement: true,
  },
  { n: 8, day: -5, time: [11, 0], channel: 'missed-call', party: 'agency', text: 'c8', missed: true, afterAgreement: true },
  { n: 9, day: -2, time: [19, 30], channel: 'call', party: 'agency', text: 'c9', flags: ['impersonation'], afterAgreement: true },
];

/**
 * The optional first-run dataset: made-up records in the user's language,
 * dated relative to `now` so that it looks current. Pure: the same inputs
 * always give the same records.
 */
export function buildSample(locale: Locale, now: number, tzOffsetMin: number): SampleData {
  const tx = sampleTexts[locale];
  const mark = (s: string) => tx.marker + s;
  const { at, isoDate, monthly } = clock(now, tzOffsetMin);
  const lenderId = `${SAMPLE_ID_PREFIX}lender-1`;
  const agreementId = `${SAMPLE_ID_PREFIX}agreement-1`;
  const created = at(-30, 16, 30);

  const lender: Lender = {
    id: lenderId,
    name: mark(tx.lender),
    kind: 'consumer-finance',
    notes: tx.lenderNotes,
    createdAt: created,
    updatedAt: created,
  };

  const agreement: Agreement = {
    id: agreementId,
    lenderId,
    product: mark(tx.product),
    accountRef: '0000',
    negotiatedOn: isoDate(-30),
    negotiatedVia: 'phone',
    counterpart: { name: tx.counterpart, staffId: 'KF-0000', phone: '' },
    lenderRef: 'SAMPLE-2024-001',
    terms: {
      owedBeforeFen: 2_450_000,
      totalToRepayFen: 1_800_000,
      waivedInterestFen: 450_000,
      waivedPenaltyFen: 150_000,
      waivedFeesFen: 50_000,
    },
    promises: { stopCollection: true, noThirdPartyContact: true, creditReport: 'no-new-negative', noNewPenalties: true, other: '' },
    status: 'active',
    cardPlanItems: [],
    kit: { documents: KIT_DOCUMENTS.map((doc, i) => ({ doc, ready: i < 3, note: '' })), talkingNotes: tx.talkingNotes },
    notes: tx.agreementNotes,
    createdAt: created,
    updatedAt: created,
  };

  // Six monthly instalments of ¥3,000: the first is already paid, on time.
  const installments: Installment[] = Array.from({ length: 6 }, (_, i) => ({
    id: `${SAMPLE_ID_PREFIX}installment-${i + 1}`,
    agreementId,
    seq: i + 1,
    dueDate: monthly(-20, i),
    amountFen: 300_000,
    ...(i === 0 ? { paidOn: isoDate(-21), paidFen: 300_000 } : {}),
  }));

  const contacts: Contact[] = CONTACT_PLANS.map((p) => {
    const when = at(p.day, p.time[0], p.time[1]);
    const flags = (p.flags ?? []).filter((f) => (CONTACT_FLAGS as readonly string[]).includes(f));
    const agency = p.party === 'agency';
    return {
      id: `${SAMPLE_ID_PREFIX}contact-${p.n}`,
      at: when,
      lenderId,
      ...(p.afterAgreement ? { agreementId } : {}),
      channel: p.channel,
      direction: p.outgoing ? 'outgoing' : 'incoming',
      connected: !p.missed,
      person: {
        name: agency ? tx.caller : p.party === 'lender' ? tx.counterpart : '',
        staffId: agency ? 'A-0000' : '',
        phone: '',
        agency: agency ? tx.agency : '',
        party: p.party,
      },
      summary: mark(tx[p.text]),
      flags,
      thirdParties: flags.includes('third-party') ? tx.thirdParty : '',
      tzOffsetMin,
      createdAt: when,
      updatedAt: when,
    };
  });

  const complaint: Complaint = {
    id: `${SAMPLE_ID_PREFIX}complaint-1`,
    channelId: 'nfra',
    lenderId,
    agreementId,
    url: 'https://www.nfra.gov.cn/',
    createdAt: at(-1, 20, 0),
    submittedAt: at(-1, 20, 5),
    referenceNo: 'SAMPLE-0001',
    status: 'submitted',
    answerDue: isoDate(20),
    sections: { facts: mark(tx.complaintFacts) },
    contactIds: [6, 7, 9].map((n) => `${SAMPLE_ID_PREFIX}contact-${n}`),
    notes: tx.complaintNotes,
    updatedAt: at(-1, 20, 5),
  };

  return { lenders: [lender], agreements: [agreement], installments, contacts, complaints: [complaint] };
}
