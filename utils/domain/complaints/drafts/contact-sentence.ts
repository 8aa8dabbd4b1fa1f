import type { Contact, ContactFlag } from '../../../model/records';
import { wallClock } from '../../time/wall-clock';
import { firstSentence } from '../fit';
import type { Ctx } from './context';
import { dateText, joinList, phrase, quote, sentences, withoutOwnPossessive } from './text';

/**
 * One contact as whole sentences in the first person: when, who and how, what
 * the collector did (from the ticked flags) and said (in quotation marks, as
 * recorded), and who else was contacted.
 */

/** Flags that make a contact grave, gravest first (threats, impersonation, relatives, public posting). */
export const GRAVE_FLAGS: readonly ContactFlag[] = [
  'impersonation',
  'threat',
  'third-party',
  'public-posting',
  'insult',
  'visit',
  'false-statement',
  'extra-fees',
  'borrow-elsewhere',
  'private-phone',
];

export function when(ctx: Ctx, c: Contact, short = false): { date: string; time: string; day: string } {
  const w = wallClock(c);
  return { date: dateText(ctx.locale, w.date, w.date.slice(0, 4) !== ctx.year, short), time: w.time, day: w.date };
}

/** Who contacted: with name, staff ID and number (rich) or just the organisation or kind of caller. */
export function who(ctx: Ctx, c: Contact, rich: boolean): string {
  const p = c.person;
  const l = ctx.locale;
  const org = p.agency.trim() || phrase(l, `draft.party.${p.party}`, { the: ctx.the });
  if (!rich) return org;
  const ids = [
    p.staffId.trim() && phrase(l, 'draft.staffId', { id: p.staffId.trim() }),
    p.phone.trim() && phrase(l, 'draft.phone', { phone: p.phone.trim() }),
  ].filter(Boolean) as string[];
  const name = p.name.trim();
  if (!name && !ids.length) return org;
  const detail = ids.length ? (l === 'en' ? ` (${ids.join(', ')})` : `（${ids.join('，')}）`) : '';
  // A caller who gave only a name is that name, not "the X of an unidentified caller".
  if (p.party === 'unknown' && !p.agency.trim() && name) return phrase(l, 'draft.personNamed', { person: name + detail });
  return phrase(l, 'draft.personOf', { person: (name || phrase(l, 'draft.person')) + detail, org });
}

function verb(c: Contact): string {
  if (c.channel === 'missed-call' || (c.channel === 'call' && !c.connected)) return 'missed';
  return c.channel;
}

/** Channels whose form asks for a chronology line by line: date and time, place or means, people (HKMA). */
const CHRONOLOGY_CHANNELS = new Set(['hkma']);

/** The main sentence: "11月3日22:10，某某催收公司的张三（工号103）打电话给我。" */
export function contactMain(ctx: Ctx, c: Contact, rich: boolean): string {
  const w = when(ctx, c);
  const params = {
    date: w.date,
    time: w.time,
    who: who(ctx, c, rich),
    verb: phrase(ctx.locale, `draft.verb.${verb(c)}`),
    place: phrase(ctx.locale, `draft.place.${verb(c)}`),
  };
  return phrase(ctx.locale, CHRONOLOGY_CHANNELS.has(ctx.channelId) ? 'draft.contact.chronology' : 'draft.contact', params);
}

function conduct(ctx: Ctx, c: Contact): string[] {
  const l = ctx.locale;
  return GRAVE_FLAGS.filter((f) => f !== 'third-party' && c.flags.includes(f) && !(f === 'visit' && c.channel === 'visit')).map((f) =>
    phrase(l, `draft.flag.${f}`),
  );
}

/** What they did and said: "对方冒用司法机关的名义，称：“下周上门”。" */
export function conductSentence(ctx: Ctx, c: Contact, said: string): string {
  const l = ctx.locale;
  const acts = conduct(ctx, c);
  const q = said.trim() ? quote(l, said) : '';
  if (!acts.length && !q) return '';
  const did = acts.length ? (l === 'en' ? joinList(l, acts) : acts.join('，并')) : '';
  if (!did) return phrase(l, 'draft.said', { quote: q });
  return q ? phrase(l, 'draft.didSaid', { did, quote: q }) : phrase(l, 'draft.did', { did });
}

export function thirdPartySentence(ctx: Ctx, c: Contact): string {
  const tp = withoutOwnPossessive(c.thirdParties);
  if (!tp && !c.flags.includes('third-party')) return '';
  return phrase(ctx.locale, 'draft.alsoContacted', { who: tp || phrase(ctx.locale, 'draft.relatives') });
}

/** Variants of one contact, richest first; the last keeps what they did but not their words. */
export function contactVariants(ctx: Ctx, c: Contact, keepConduct: boolean): string[] {
  const l = ctx.locale;
  const tp = thirdPartySentence(ctx, c);
  const summary = c.summary.trim();
  const first = firstSentence(summary);
  const make = (rich: boolean, said: string, withConduct: boolean) =>
    sentences(l, [
      contactMain(ctx, c, rich),
      withConduct ? conductSentence(ctx, c, said) : said && phrase(l, 'draft.said', { quote: quote(l, said) }),
      withConduct && tp,
    ]);
  const out = [make(true, summary, true), make(false, summary, true)];
  if (first !== summary) out.push(make(false, first, true));
  // The collector's words alone, with when they were said: the shortest form that still quotes them
  // (the digest names the kind of conduct). A 300-character English field has room for this, not for more.
  // HKMA's chronology keeps its line (date and time | means | people) with the words after it.
  if (summary)
    out.push(
      CHRONOLOGY_CHANNELS.has(ctx.channelId)
        ? make(false, summary, false)
        : phrase(l, 'draft.contact.compact', { date: when(ctx, c, true).date, time: when(ctx, c).time, quote: quote(l, summary) }),
    );
  out.push(make(false, '', keepConduct));
  return [...new Set(out)];
}
