import type { Contact } from '../../../model/records';
import { isNightHour, wallClock, wallDate } from '../../time/wall-clock';
import type { DraftUnit } from '../fit';
import type { ComplaintRecords } from '../records';
import type { Ctx } from './context';
import { contactVariants, GRAVE_FLAGS } from './contact-sentence';
import { importedDaySentence } from './day-sentence';
import { dateText, joinList, phrase, quote, sentences, withoutOwnPossessive } from './text';

/**
 * The chronology. The gravest contacts (threats, impersonation, relatives
 * contacted, public posting, the first collection after the agreement) are
 * units of their own, filled first and with the collector's words; the other
 * contacts of a day are one unit that is either written out or summarised as
 * counts and a time range ("11月3日共12次来电，时间为08:10—23:40，其中3次在夜间（22:10—23:40）。").
 * An overview sentence with the totals is always there, so nothing shortened is lost from the count.
 */

/** 0 is gravest; undefined for a routine contact. */
export function gravity(c: Contact, firstAfterAgreement: boolean): number | undefined {
  const ranks = c.flags.map((f) => GRAVE_FLAGS.indexOf(f)).filter((i) => i >= 0);
  if (c.thirdParties.trim()) ranks.push(GRAVE_FLAGS.indexOf('third-party'));
  if (ranks.length) return Math.min(...ranks);
  return firstAfterAgreement ? 4 : undefined;
}

type Kind = 'call' | 'missed' | 'sms' | 'other';
const kindOf = (c: Contact): Kind =>
  c.channel === 'missed-call' || (c.channel === 'call' && !c.connected)
    ? 'missed'
    : c.channel === 'call'
      ? 'call'
      : c.channel === 'sms'
        ? 'sms'
        : 'other';

function counts(ctx: Ctx, cs: Contact[]): string {
  const n: Record<Kind, number> = { call: 0, missed: 0, sms: 0, other: 0 };
  for (const c of cs) n[kindOf(c)] += 1;
  const parts = (['call', 'missed', 'sms', 'other'] as const)
    .filter((k) => n[k] > 0)
    .map((k) => phrase(ctx.locale, `draft.count.${k}`, { count: n[k] }));
  return parts.join(ctx.locale === 'en' ? ', ' : '、');
}

function range(cs: Contact[]): [string, string] {
  const times = cs.map((c) => wallClock(c).time).sort();
  return [times[0]!, times[times.length - 1]!];
}

function nightPart(ctx: Ctx, cs: Contact[]): string {
  const night = cs.filter((c) => isNightHour(wallClock(c).hour));
  if (!night.length) return '';
  const [from, to] = range(night);
  return phrase(ctx.locale, from === to ? 'draft.day.nightAt' : 'draft.day.night', { count: night.length, from, to });
}

/** "11月3日共12次联系（来电9次、短信3次），时间为08:10—23:40，其中3次在夜间（22:10—23:40）。" */
export function daySummary(ctx: Ctx, day: string, cs: Contact[]): string {
  const [from, to] = range(cs);
  const date = dateText(ctx.locale, day, day.slice(0, 4) !== ctx.year);
  const key = from === to ? 'draft.day.at' : 'draft.day';
  return phrase(ctx.locale, key, { date, count: cs.length, kinds: counts(ctx, cs), from, to, night: nightPart(ctx, cs) });
}

/**
 * The kinds of grave conduct in the contacts, gravest first ("其中有冒用国家机关名义、威胁、联系我的姐姐。"):
 * its shortest variant still names the gravest kind.
 */
function digest(ctx: Ctx, cs: Contact[]): DraftUnit[] {
  const l = ctx.locale;
  const kinds: string[] = [];
  for (const f of GRAVE_FLAGS) {
    const hit = cs.filter((c) => c.flags.includes(f) || (f === 'third-party' && c.thirdParties.trim()));
    if (!hit.length) continue;
    if (f !== 'third-party') kinds.push(phrase(l, `draft.digest.${f}`));
    else {
      const who = [...new Set(hit.map((c) => withoutOwnPossessive(c.thirdParties)).filter(Boolean))];
      kinds.push(phrase(l, 'draft.digest.third-party', { who: who.length ? joinList(l, who) : phrase(l, 'draft.relatives') }));
    }
  }
  if (!kinds.length) return [];
  const variants = [kinds, kinds.slice(0, 2), kinds.slice(0, 1)].map((k) => phrase(l, 'draft.digest', { list: joinList(l, k) }));
  // Right after the gravest contact: where that contact's words fit they name the conduct themselves
  // (a 300-character English field holds the agreement, the count and one quote, not a digest as well).
  const unique = [...new Set(variants)];
  // English needs about twice the characters: there the grave contacts' words (which show the conduct themselves)
  // and the overview's night count take the room first, and the digest follows them; in Chinese all fit, the
  // digest right after the gravest.
  return [{ variants: unique, priority: ctx.locale === 'en' ? 16.5 : 10.5, core: unique.length - 1, inline: true }];
}

/**
 * Who the agencies collect for, when the user recorded the caller as an agency
 * acting for the lender ("某某信息咨询有限公司是该公司委托的催收方。"): the regulator
 * holds the lender to account for its agents.
 */
function agencies(ctx: Ctx, cs: Contact[]): DraftUnit[] {
  const names = [
    ...new Set(
      cs
        .filter((c) => c.person.party === 'agency')
        .map((c) => c.person.agency.trim())
        .filter(Boolean),
    ),
  ];
  if (!names.length) return [];
  return [
    {
      variants: [phrase(ctx.locale, 'draft.agencyFor', { agencies: joinList(ctx.locale, names), the: ctx.the })],
      priority: 14.9,
      inline: true,
    },
  ];
}

function overview(ctx: Ctx, r: ComplaintRecords, cs: Contact[]): DraftUnit {
  const l = ctx.locale;
  const by = phrase(l, cs.some((c) => c.person.party === 'agency') ? 'draft.by.withAgencies' : 'draft.by.lender', { the: ctx.the });
  const first = dateText(l, wallDate(cs[0]!), true);
  const last = dateText(l, wallDate(cs[cs.length - 1]!), wallDate(cs[cs.length - 1]!).slice(0, 4) !== wallDate(cs[0]!).slice(0, 4));
  const key = r.agreement ? 'draft.overview.after' : 'draft.overview';
  const params = { by, count: cs.length, first, last, kinds: counts(ctx, cs), night: nightPart(ctx, cs) };
  const min = phrase(l, r.agreement ? 'draft.overview.after.min' : 'draft.overview.min', { count: cs.length, the: ctx.the });
  const plain = phrase(l, key, { ...params, by: ctx.the });
  // The count with the night contacts: calls at night break a rule of their own, so when there are some the
  // overview says how many (and when) as soon as the grave contacts' words are in.
  const night = params.night
    ? [
        phrase(l, r.agreement ? 'draft.overview.after.night' : 'draft.overview.night', {
          count: cs.length,
          the: ctx.the,
          night: params.night,
        }),
      ]
    : [];
  // Richest first, and the night count ranks above the dates: a shorter overview keeps it.
  const variants = [...new Set([phrase(l, `${key}.full`, params), ...night, phrase(l, key, params), plain, min])];
  // English: the night count comes before the first night call's words (whose time already shows it was at night).
  const priority = ctx.locale === 'en' ? 14.75 : 16;
  return { variants, required: true, priority, ...(night.length ? { core: 1, essential: 1 } : {}) };
}

type Day = { routine: Contact[]; grave: { c: Contact; rank: number }[] };

/** Same counts, time range, night contacts and words as the day before: part of one run. */
function sameShape(ctx: Ctx, next: Day, routine: Contact[]): boolean {
  if (next.grave.length || next.routine.length !== routine.length) return false;
  const shape = (cs: Contact[]) =>
    [counts(ctx, cs), ...range(cs), nightPart(ctx, cs), [...new Set(cs.map((c) => c.summary.trim()))].join('|')].join('/');
  return shape(next.routine) === shape(routine);
}

/** "11月7日至11月20日每天联系我12次（…），时间为08:10—23:40，其中3次在夜间（22:10—23:40）。" */
function runSummary(ctx: Ctx, first: string, last: string, routine: Contact[]): string {
  const l = ctx.locale;
  const [from, to] = range(routine);
  const params = {
    first: dateText(l, first, first.slice(0, 4) !== ctx.year),
    last: dateText(l, last, last.slice(0, 4) !== first.slice(0, 4)),
    count: routine.length,
    kinds: counts(ctx, routine),
    from,
    to,
    night: nightPart(ctx, routine),
  };
  const said = [...new Set(routine.map((c) => c.summary.trim()).filter(Boolean))];
  return sentences(l, [
    phrase(l, 'draft.days', params),
    said.length > 0 && phrase(l, 'draft.days.said', { quotes: said.map((x) => quote(l, x)).join(l === 'en' ? '; ' : '；') }),
  ]);
}

/**
 * A day of routine contacts: written out when there are a few, otherwise the
 * counts and time range with what was said (each different wording once).
 */
function dayVariants(ctx: Ctx, day: string, routine: Contact[], sep: string): string[] {
  const l = ctx.locale;
  // A day of wordless calls (an imported call log) reads as the import's day sentence.
  const summary = importedDaySentence(ctx, day, routine) ?? daySummary(ctx, day, routine);
  const said = [...new Set(routine.map((c) => c.summary.trim()).filter(Boolean))];
  const withSaid = said.length
    ? sentences(l, [summary, phrase(l, 'draft.day.said', { quotes: said.map((x) => quote(l, x)).join(l === 'en' ? '; ' : '；') })])
    : summary;
  const out =
    routine.length <= 3
      ? [
          routine
            .map((c) => {
              const v = contactVariants(ctx, c, false);
              return v[Math.min(1, v.length - 1)]!;
            })
            .join(sep),
        ]
      : [];
  return [...new Set([...out, withSaid, summary])];
}

/** Units in time order: per day the routine contacts, and each grave contact on its own. */
export function chronologyUnits(ctx: Ctx, r: ComplaintRecords): DraftUnit[] {
  const cs = [...r.contacts].sort((a, b) => a.at - b.at);
  if (!cs.length) return [];
  const units: DraftUnit[] = [overview(ctx, r, cs), ...digest(ctx, cs), ...agencies(ctx, cs)];
  const byDay = new Map<string, Day>();
  cs.forEach((c, i) => {
    const day = wallClock(c).date;
    const entry = byDay.get(day) ?? { routine: [], grave: [] };
    byDay.set(day, entry);
    const rank = gravity(c, Boolean(r.agreement) && i === 0);
    if (rank === undefined) entry.routine.push(c);
    else entry.grave.push({ c, rank });
  });
  const firstOfKind = new Set<number>();
  const sep = ctx.locale === 'en' ? ' ' : '';
  const days = [...byDay];
  let nightSeen = false;
  for (let d = 0; d < days.length; d++) {
    const [day, { routine, grave }] = days[d]!;
    // Days with night contacts come before the other routine days; the first of them right after
    // the gravest contacts (a night call is a complaint of its own: the night rule).
    const night = routine.some((c) => isNightHour(wallClock(c).hour));
    const priority = night ? (nightSeen ? 32 : 14.8) : 40;
    nightSeen ||= night;
    // Robo-dialling repeats the same pattern day after day: one sentence for the run.
    let last = d;
    while (routine.length > 3 && !grave.length && last + 1 < days.length && sameShape(ctx, days[last + 1]![1], routine)) last++;
    if (last > d) {
      const run = days.slice(d, last + 1);
      units.push({ variants: [runSummary(ctx, day, run[run.length - 1]![0], routine)], priority });
      d = last;
      continue;
    }
    if (routine.length === 1) {
      const variants = contactVariants(ctx, routine[0]!, false);
      // The first night call's words are part of the core, as a grave contact's are.
      const core = priority < 15 && routine[0]!.summary.trim() && variants.length > 2 ? { core: variants.length - 2 } : {};
      // English, as for the grave contacts: the words with their date are what is essential; the sentence around them
      // waits for the last round, after the grave contacts have theirs (never a routine call in full beside them quoted short).
      const essential = ctx.locale === 'en' && routine[0]!.summary.trim() && variants.length > 2 ? variants.length - 2 : 1;
      units.push({ variants, priority, essential, ...core });
    } else if (routine.length > 1)
      units.push({ variants: dayVariants(ctx, day, routine, sep), priority, essential: routine.length <= 3 ? 1 : 0 });
    // The overview names every kind of grave conduct; the first contact of each kind is written out first.
    for (const { c, rank } of grave) {
      const first = !firstOfKind.has(rank);
      firstOfKind.add(rank);
      const variants = contactVariants(ctx, c, true);
      // The core is the collector's words with their date (the compact variant, second to last): every grave
      // contact gets them before any unit gets more; then the conduct spelled out, before rules and lists.
      // In English the words with their date are all that is essential: the sentences around them take twice the
      // characters, and the rules, the complaint to the lender and the demands come before them.
      const core = c.summary.trim() ? variants.length - 2 : undefined;
      units.push({
        variants,
        priority: 10 + rank + (first ? 0 : 10),
        essential: ctx.locale === 'en' && core !== undefined ? core : 1,
        ...(core !== undefined ? { core } : {}),
      });
    }
  }
  return units;
}
