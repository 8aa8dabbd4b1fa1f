import type { Agreement, Contact, Installment } from '@/utils/model/records';
import { planStatus } from '@/utils/domain/plan/plan-status';
import { LOCALES } from '@/utils/i18n/locales';
import { makeFinding } from '@/utils/domain/findings/make-finding';
import {
  RULEBOOKS,
  RULES,
  agreementWorthAsking,
  collectionDespiteAgreement,
  tooManyCallAttempts,
  tooManyConnectedCalls,
} from '@/utils/domain/findings/rules';
import { channelJurisdiction } from '@/utils/sites';
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
  const user = input.jurisdiction ?? 'CN';
  const binding = input.agreements.filter((a) => a.status === 'active' || a.status === 'broken-by-lender');
  const plan = (a: Agreement): Installment[] => input.installments.filter((i) => i.agreementId === a.id);
  const hits = new Map<Agreement, Contact[]>();
  for (const c of input.contacts) {
    if (c.direction !== 'incoming') continue;
    const candidates = c.agreementId
      ? binding.filter((a) => a.id === c.agreementId)
      : c.lenderId
        ? binding.filter((a) => a.lenderId === c.lenderId)
        : [];
    const { date } = referenceClock(c);
    for (const a of candidates) {
      if (date > a.negotiatedOn && planStatus(plan(a), date).onTrack) hits.set(a, [...(hits.get(a) ?? []), c]);
    }
  }
  return [...hits].map(([a, list]) => {
    list.sort((x, y) => x.at - y.at);
    const j = a.jurisdiction ?? user;
    const card = input.lenders.find((l) => l.id === a.lenderId)?.kind === 'bank-card' && j === 'CN';
    // Signed mainland card plan: 第七十条; a recorded promise: the lender's word; otherwise only worth asking.
    const r = (card && a.signed === true) || a.promises.stopCollection ? rule : agreementWorthAsking;
    const note =
      card && a.signed === true
        ? rule.words!.cardNote!
        : a.promises.stopCollection
          ? fill(rule.words!.promiseNote!, { date: a.negotiatedOn })
          : card
            ? agreementWorthAsking.words!.oralCard!
            : { 'zh-CN': '', 'zh-TW': '', en: '' };
    const ref = a.lenderRef.trim() || rule.words!.noRef!;
    const first = referenceClock(list[0]!).date;
    const last = referenceClock(list[list.length - 1]!).date;
    const text = fill(r.explain, { date: a.negotiatedOn, ref, count: list.length, first, last, basisNote: note, cardHint: note });
    const f = makeFinding(r, a.id, list, text, { agreementId: a.id });
    return { ...f, lenderId: a.lenderId, channels: f.channels.filter((id) => channelJurisdiction(id) === j) };
  });
}

function perContactFindings(input: FindingsInput): Finding[] {
  const out: Finding[] = [];
  const user = input.jurisdiction ?? 'CN';
  for (const c of input.contacts) {
    const j = input.agreements.find((a) => a.id === c.agreementId)?.jurisdiction ?? user;
    const book = RULEBOOKS[j];
    const clock = referenceClock(c);
    const keep = (f: Finding) => ({ ...f, channels: f.channels.filter((id) => channelJurisdiction(id) === j) });
    const night = book.night;
    if (
      night &&
      c.direction === 'incoming' &&
      c.channel !== 'letter' &&
      (clock.hour >= night.nightHours[0] || clock.hour < night.nightHours[1])
    ) {
      out.push(keep(makeFinding(night, c.id, [c], fill(night.explain, { ...clock }))));
    }
    const flags = new Set(c.flags);
    if (c.channel === 'visit') flags.add('visit');
    const rules = new Set([...flags].map((f) => book.flags[f]).filter((r) => r !== undefined));
    for (const rule of rules) {
      const who = rule.words?.unknownWho ? c.thirdParties.trim() || rule.words.unknownWho : '';
      out.push(keep(makeFinding(rule, c.id, [c], fill(rule.explain, { ...clock, who }))));
    }
  }
  return out;
}

function callCountFindings(input: FindingsInput): Finding[] {
  const user = input.jurisdiction ?? 'CN';
  const connected = new Map<string, Contact[]>();
  const unanswered = new Map<string, Contact[]>();
  for (const c of input.contacts) {
    const j = input.agreements.find((a) => a.id === c.agreementId)?.jurisdiction ?? user;
    if (j !== 'CN' || c.direction !== 'incoming' || (c.channel !== 'call' && c.channel !== 'missed-call')) continue;
    const day = `${c.lenderId ?? '-'}|${referenceClock(c).date}`;
    if (c.channel === 'call' && c.connected) connected.set(day, [...(connected.get(day) ?? []), c]);
    else {
      const num = c.person.phone
        .replace(/\D/g, '')
        .replace(/^0086/, '')
        .replace(c.person.phone.trim().startsWith('+86') ? /^86/ : /^$/, '');
      const key = `${day}|${num || '?'}`;
      unanswered.set(key, [...(unanswered.get(key) ?? []), c]);
    }
  }
  const out: Finding[] = [];
  for (const [key, calls] of connected) {
    const date = key.slice(key.indexOf('|') + 1);
    calls.sort((a, b) => a.at - b.at);
    if (calls.length > 3)
      out.push(makeFinding(tooManyConnectedCalls, key, calls, fill(tooManyConnectedCalls.explain, { date, count: calls.length })));
  }
  const w = tooManyCallAttempts.words!;
  const empty = { 'zh-CN': '', 'zh-TW': '', en: '' };
  for (const [key, calls] of unanswered) {
    const [, date, num] = key.split('|') as [string, string, string];
    calls.sort((a, b) => a.at - b.at);
    if (calls.length <= 6) continue;
    const known = num !== '?';
    const from = known ? fill(w.fromNumber!, { number: calls.find((c) => c.person.phone.trim())!.person.phone.trim() }) : empty;
    out.push(
      makeFinding(
        tooManyCallAttempts,
        key,
        calls,
        fill(tooManyCallAttempts.explain, { date, count: calls.length, from, assumed: known ? empty : w.assumed! }),
      ),
    );
  }
  return out;
}

/** Every finding, ordered as findAll orders them; `basis` is left out (it is rule data, not computed). */
export function referenceFindAll(input: FindingsInput): Omit<Finding, 'basis'>[] {
  const order = (f: Finding) => RULES.findIndex((r) => r.id === f.ruleId);
  const all = [...agreementFindings(input), ...perContactFindings(input), ...callCountFindings(input)];
  return all.sort((a, b) => order(a) - order(b) || a.firstAt - b.firstAt).map(({ basis: _b, ...rest }) => rest);
}
