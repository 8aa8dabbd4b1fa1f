import type { Agreement, Contact, Installment } from '@/utils/model/records';
import { planStatus } from '@/utils/domain/plan/plan-status';
import { LOCALES } from '@/utils/i18n/locales';
import { makeFinding } from '@/utils/domain/findings/make-finding';
import { FLAG_RULES, RULES, collectionDespiteAgreement, nightContact, thirdPartyContacted, tooManyCallAttempts, tooManyConnectedCalls } from '@/utils/domain/findings/rules';
import type { FindingsInput } from '@/utils/domain/findings/find-all';
import type { Finding, Localized } from '@/utils/domain/findings/types';

// The findings rules written the plain way (one Date per question, planStatus
// per contact and agreement, no shared tables), to check the optimised engine
// against. Slow on purpose; only for tests on small generated datasets.

const pad = (n: number) => String(n).padStart(2, '0');

/** Template filling by regular expression, as the engine first did it. */
function fill(template: Localized, params: Record<string, string | number | Localized>): Localized {
  const out = {} as Localized;
  for (const l of LOCALES) {
    out[l] = template[l].replace(/\{(\w+)\}/g, (m, name: string) => {
      const p = params[name];
      return p === undefined ? m : typeof p === 'object' ? p[l] : String(p);
    });
  }
  return out;
}

export function referenceClock(c: Pick<Contact, 'at' | 'tzOffsetMin'>) {
  const d = new Date(c.at + c.tzOffsetMin * 60_000);
  return {
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
    hour: d.getUTCHours(),
  };
}

function agreementFindings(input: FindingsInput): Finding[] {
  const rule = collectionDespiteAgreement;
  const binding = input.agreements.filter((a) => a.status === 'active' || a.status === 'broken-by-lender');
  const plan = (a: Agreement): Installment[] => input.installments.filter((i) => i.agreementId === a.id);
  const hits = new Map<Agreement, Contact[]>();
  for (const c of input.contacts) {
    if (c.direction !== 'incoming') continue;
    const candidates = c.agreementId ? binding.filter((a) => a.id === c.agreementId) : c.lenderId ? binding.filter((a) => a.lenderId === c.lenderId) : [];
    const { date } = referenceClock(c);
    for (const a of candidates) {
      if (date > a.negotiatedOn && planStatus(plan(a), date).onTrack) hits.set(a, [...(hits.get(a) ?? []), c]);
    }
  }
  return [...hits].map(([a, list]) => {
    list.sort((x, y) => x.at - y.at);
    const kind = input.lenders.find((l) => l.id === a.lenderId)?.kind;
    const note = kind === 'bank-card' ? 'cardNote' : a.promises.stopCollection ? 'promiseNote' : 'noPromiseNote';
    const ref = a.lenderRef.trim() || rule.words!.noRef!;
    const first = referenceClock(list[0]!).date;
    const last = referenceClock(list[list.length - 1]!).date;
    const text = fill(rule.explain, { date: a.negotiatedOn, ref, count: list.length, first, last, basisNote: rule.words![note]! });
    // Without a recorded promise (and outside credit cards) the finding rests on less: medium.
    const severity = note === 'noPromiseNote' ? 'medium' : rule.severity;
    return { ...makeFinding(rule, a.id, list, text, { agreementId: a.id, severity }), lenderId: a.lenderId };
  });
}

function perContactFindings(contacts: readonly Contact[]): Finding[] {
  const out: Finding[] = [];
  for (const c of contacts) {
    const clock = referenceClock(c);
    if (c.direction === 'incoming' && c.channel !== 'letter' && (clock.hour >= 22 || clock.hour < 8)) {
      out.push(makeFinding(nightContact, c.id, [c], fill(nightContact.explain, { ...clock })));
    }
    const flags = new Set(c.flags);
    if (c.channel === 'visit') flags.add('visit');
    for (const flag of flags) {
      const rule = FLAG_RULES[flag];
      const who = rule === thirdPartyContacted ? c.thirdParties.trim() || thirdPartyContacted.words!.unknownWho! : '';
      out.push(makeFinding(rule, c.id, [c], fill(rule.explain, { ...clock, who })));
    }
  }
  return out;
}

function callCountFindings(contacts: readonly Contact[]): Finding[] {
  const days = new Map<string, Contact[]>();
  for (const c of contacts) {
    if (c.direction !== 'incoming' || (c.channel !== 'call' && c.channel !== 'missed-call')) continue;
    const key = `${c.lenderId ?? '-'}|${referenceClock(c).date}`;
    days.set(key, [...(days.get(key) ?? []), c]);
  }
  const out: Finding[] = [];
  for (const [key, calls] of days) {
    const date = key.slice(key.indexOf('|') + 1);
    calls.sort((a, b) => a.at - b.at);
    const connected = calls.filter((c) => c.channel === 'call' && c.connected);
    if (connected.length > 3) out.push(makeFinding(tooManyConnectedCalls, key, connected, fill(tooManyConnectedCalls.explain, { date, count: connected.length })));
    if (calls.length > 6) out.push(makeFinding(tooManyCallAttempts, key, calls, fill(tooManyCallAttempts.explain, { date, count: calls.length })));
  }
  return out;
}

/** Every finding, ordered as findAll orders them; `basis` is left out (it is rule data, not computed). */
export function referenceFindAll(input: FindingsInput): Omit<Finding, 'basis'>[] {
  const order = (f: Finding) => RULES.findIndex((r) => r.id === f.ruleId);
  const all = [...agreementFindings(input), ...perContactFindings(input.contacts), ...callCountFindings(input.contacts)];
  return all.sort((a, b) => order(a) - order(b) || a.firstAt - b.firstAt).map(({ basis: _b, ...rest }) => rest);
}
