import type { Contact, Jurisdiction, Lender } from '../../model/records';
import { fill } from './fill';
import { wallClocks, type WallClock } from '../time/wall-clock';
import { makeFinding } from './make-finding';
import { RULEBOOKS } from './rules';
import { CARD_ART_68, CRIMINAL_293_1 } from './sources';
import type { RuleData } from './rule-data';
import type { Finding, LegalBasis } from './types';

/** Letters carry no meaningful time of day, so they cannot break the night rule. */
const TIMELESS_CHANNELS = new Set<Contact['channel']>(['letter']);

/** [CN] bank credit cards: 第六十八条 (debtor and guarantor only; no threats or insults). */
const CARD_68_FLAGS = new Set(['third-party', 'threat', 'insult']);
/** [CN] illegal debts only: 刑法 第二百九十三条之一 (violence, intimidation, entering a home, harassment). */
const ILLEGAL_DEBT_FLAGS = new Set(['threat', 'visit']);

export interface PerContactContext {
  /** The jurisdiction whose rulebook checks contact i (the agreement's override, else the user's). */
  jurisdictionOf: (i: number) => Jurisdiction;
  lenderKind: (lenderId: string | undefined) => Lender['kind'] | undefined;
}

const CN_ONLY: PerContactContext = { jurisdictionOf: () => 'CN', lenderKind: () => undefined };

function extraBasis(flag: string, kind: Lender['kind'] | undefined): LegalBasis[] {
  const out: LegalBasis[] = [];
  if (kind === 'bank-card' && CARD_68_FLAGS.has(flag)) out.push(CARD_ART_68);
  if (kind === 'unlicensed' && ILLEGAL_DEBT_FLAGS.has(flag)) out.push(CRIMINAL_293_1);
  return out;
}

/** Night contact (incoming only) and one finding per flag ticked on a contact, by each contact's rulebook. */
export function detectPerContact(
  contacts: readonly Contact[],
  clocks: readonly WallClock[] = wallClocks(contacts),
  ctx: PerContactContext = CN_ONLY,
): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < contacts.length; i++) {
    const c = contacts[i]!;
    const clock = clocks[i]!;
    const book = RULEBOOKS[ctx.jurisdictionOf(i)];
    const night = book.night;
    if (
      night &&
      c.direction === 'incoming' &&
      !TIMELESS_CHANNELS.has(c.channel) &&
      (clock.hour >= night.nightHours[0] || clock.hour < night.nightHours[1])
    ) {
      out.push(makeFinding(night, c.id, [c], fill(night.explain, { ...clock })));
    }
    if (c.flags.length === 0 && c.channel !== 'visit') continue;
    // A visit channel is a visit even if the flag was not ticked.
    const flags = new Set(c.flags);
    if (c.channel === 'visit') flags.add('visit');
    const kind = book.mainlandCardRules ? ctx.lenderKind(c.lenderId) : undefined;
    // Two flags may map to one rule (Taiwan: threat and insult): one finding per rule and contact.
    const done = new Map<RuleData, LegalBasis[]>();
    for (const flag of flags) {
      const rule = book.flags[flag];
      if (!rule) continue;
      const extra = extraBasis(flag, kind);
      const had = done.get(rule);
      done.set(rule, had ? [...had, ...extra.filter((b) => !had.includes(b))] : extra);
    }
    for (const [rule, extra] of done) {
      const who = rule.words?.unknownWho ? c.thirdParties.trim() || rule.words.unknownWho : '';
      const basis = extra.length ? [...rule.basis, ...extra] : undefined;
      out.push(makeFinding(rule, c.id, [c], fill(rule.explain, { ...clock, who }), basis ? { basis } : {}));
    }
  }
  return out;
}
