import type { Locale } from '../../../i18n/locales';
import { formatMoney, type Currency } from '../../../i18n/format';
import { localLenderName } from '../../../i18n/lender-name';
import type { Contact } from '../../../model/records';
import type { Finding } from '../../findings/types';
import type { DraftUnit } from '../fit';
import { firstSentence } from '../fit';
import type { ComplaintRecords } from '../records';
import { wallClockText } from '../../time/wall-clock';
import { endSentence, joinList, phrase } from './text';

function who(locale: Locale, c: Contact): string {
  const p = c.person;
  const details = [p.agency, p.name, p.staffId && phrase(locale, 'draft.staffId', { id: p.staffId }), p.phone].filter(Boolean);
  const party = phrase(locale, `draft.party.${p.party}`);
  if (details.length === 0) return party;
  return locale === 'en' ? `${party} (${details.join(', ')})` : `${party}（${details.join('，')}）`;
}

/** One contact, as whole sentences: with what was said, with its first sentence, and bare. */
function contactUnit(locale: Locale, c: Contact, dropRank: number): DraftUnit {
  const params = { when: wallClockText(c), who: who(locale, c), channel: phrase(locale, `draft.channel.${c.channel}`) };
  const bare = phrase(locale, 'draft.facts.contact', params);
  const third = c.thirdParties.trim() ? phrase(locale, 'draft.facts.thirdParties', { who: c.thirdParties.trim() }) : '';
  const withThird = [bare, third].filter(Boolean).join(locale === 'en' ? ' ' : '');
  const summary = c.summary.trim();
  const variants = [withThird];
  if (summary) {
    const said = (s: string) => `${bare}${locale === 'en' ? ' ' : ''}${phrase(locale, 'draft.facts.said', { summary: endSentence(locale, s) })}${third ? (locale === 'en' ? ' ' : '') + third : ''}`;
    const first = firstSentence(summary);
    variants.unshift(said(summary));
    if (first !== summary) variants.splice(1, 0, said(first));
  }
  if (third) variants.push(bare);
  // Shortest: when and how, with the kind of caller but without names and numbers.
  const minimal = phrase(locale, 'draft.facts.contact', { ...params, who: phrase(locale, `draft.party.${c.person.party}`) });
  if (!variants.includes(minimal)) variants.push(minimal);
  return { variants, dropRank, group: 'contacts' };
}

function agreementUnits(locale: Locale, r: ComplaintRecords, currency: Currency): DraftUnit[] {
  const a = r.agreement;
  if (!a) return [];
  const lender = localLenderName(r.lender, locale);
  // In the user's currency (¥ / NT$ / HK$), never a hard-coded 元 or "yuan".
  const base = phrase(locale, 'draft.facts.agreement', { date: a.negotiatedOn, lender, total: formatMoney(a.terms.totalToRepayFen, locale, currency) });
  const promises = [
    a.promises.stopCollection && phrase(locale, 'draft.promise.stopCollection'),
    a.promises.noThirdPartyContact && phrase(locale, 'draft.promise.noThirdParty'),
    a.promises.noNewPenalties && phrase(locale, 'draft.promise.noNewPenalties'),
    a.promises.creditReport !== 'none' && phrase(locale, 'draft.promise.creditReport'),
  ].filter((p): p is string => Boolean(p));
  const ref = a.lenderRef.trim() ? phrase(locale, 'draft.facts.agreementRef', { ref: a.lenderRef.trim() }) : '';
  const prom = promises.length ? phrase(locale, 'draft.facts.promises', { list: joinList(locale, promises) }) : '';
  const sep = locale === 'en' ? ' ' : '';
  const long = [base, ref, prom].filter(Boolean).join(sep);
  const short = [base, prom].filter(Boolean).join(sep);
  return [{ variants: [...new Set([long, short, base])], required: true }];
}

function findingUnit(locale: Locale, f: Finding): DraftUnit {
  const basis = f.basis
    .map((b) => {
      const cite = b.citation[locale];
      if (b.confidence !== 'reported') return cite;
      // The date of the report, never the day our notes were checked (issue 14).
      const note = b.reportedOn ? phrase(locale, 'draft.reported', { date: b.reportedOn }) : phrase(locale, 'draft.reportedUndated');
      return locale === 'en' ? `${cite}, ${note}` : `${cite}，${note}`;
    })
    .join(locale === 'en' ? '; ' : '；');
  const explanation = endSentence(locale, f.explanation[locale]);
  const withBasis = phrase(locale, 'draft.facts.rule', { explanation, basis });
  const title = f.title?.[locale];
  const variants = [withBasis];
  if (title) variants.push(phrase(locale, 'draft.facts.ruleShort', { title, basis }));
  return { variants, dropRank: 1, group: 'findings' };
}

/**
 * The facts: the agreement and its promises, the contacts after it in time
 * order, and the rules they may break with their sources. When space is short
 * the middle of the chronology goes first; the first and latest contacts and
 * the agreement stay.
 */
export function factsUnits(locale: Locale, r: ComplaintRecords, currency: Currency = 'CNY'): DraftUnit[] {
  const units = agreementUnits(locale, r, currency);
  const contacts = [...r.contacts].sort((x, y) => x.at - y.at);
  if (contacts.length) {
    units.push({ variants: [phrase(locale, r.agreement ? 'draft.facts.after' : 'draft.facts.contactsIntro'), ''], dropRank: 0 });
    const n = contacts.length;
    contacts.forEach((c, i) => {
      // Ends are worth most: rank grows towards the middle of the chronology,
      // and the latest contact (collection still going on) outlasts the rules list.
      const fromEnd = Math.min(i, n - 1 - i);
      const unit = contactUnit(locale, c, i === n - 1 ? 0 : 2 + fromEnd);
      // Without an agreement, the latest contact is the shortest useful draft.
      if (!r.agreement && i === n - 1) unit.required = true;
      units.push(unit);
    });
  }
  if (r.findings.length) {
    units.push({ variants: [phrase(locale, 'draft.facts.rulesIntro'), ''], dropRank: 0 });
    for (const f of r.findings) units.push(findingUnit(locale, f));
    if (!r.agreement && !contacts.length) units[units.length - 1]!.required = true;
  }
  return units;
}
