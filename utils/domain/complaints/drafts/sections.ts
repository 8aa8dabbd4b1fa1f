import type { Locale } from '../../../i18n/locales';
import type { IdentityPart } from '../../../sites/types';
import type { DraftUnit } from '../fit';
import type { ComplaintRecords } from '../records';
import { wallDate } from '../../time/wall-clock';
import { phrase, plainAmount } from './text';

const single = (text: string): DraftUnit[] => (text.trim() ? [{ variants: [text.trim()], required: true }] : []);

/** Who is complaining: one part for split fields, all known parts for a combined one. */
export function identityUnits(locale: Locale, r: ComplaintRecords, part?: IdentityPart): DraftUnit[] {
  if (part) return single(r.profile[part]);
  const parts = (['name', 'phone', 'address'] as const).filter((p) => r.profile[p].trim());
  return parts.map((p, i) => ({
    variants: [phrase(locale, `draft.identity.${p}`, { [p]: r.profile[p].trim() })],
    required: i === 0,
    dropRank: i,
  }));
}

/** The lender, the product and account, and the collectors seen in the contacts. */
export function respondentUnits(locale: Locale, r: ComplaintRecords): DraftUnit[] {
  const units: DraftUnit[] = single(r.lender?.name ?? '');
  const a = r.agreement;
  if (a?.product.trim()) units.push({ variants: [phrase(locale, 'draft.respondent.product', { product: a.product.trim() })], dropRank: 1 });
  if (a?.accountRef.trim()) units.push({ variants: [phrase(locale, 'draft.respondent.account', { ref: a.accountRef.trim() })], dropRank: 2 });
  const agencies = [...new Set(r.contacts.map((c) => c.person.agency.trim()).filter(Boolean))];
  if (agencies.length) {
    units.push({ variants: [phrase(locale, 'draft.respondent.agencies', { agencies: agencies.join(locale === 'en' ? ', ' : '、') })], dropRank: 3 });
  }
  return units;
}

export function demandUnits(locale: Locale, r: ComplaintRecords): DraftUnit[] {
  return r.demands.map((d, i) => ({ variants: [phrase(locale, `draft.demand.${d}`)], required: i === 0, dropRank: i }));
}

/** The disputed amount: what the agreement says is owed, as a plain number. */
export function amountUnits(r: ComplaintRecords): DraftUnit[] {
  return r.agreement ? single(plainAmount(r.agreement.terms.owedBeforeFen)) : [];
}

/** Evidence with its capture date and SHA-256, so the recipient can check nothing was altered. */
export function evidenceUnits(locale: Locale, r: ComplaintRecords, tzOffsetMin: number): DraftUnit[] {
  const items = [...r.evidence].sort((x, y) => x.capturedAt - y.capturedAt);
  return items.map((e, i) => {
    const params = { n: i + 1, name: e.name, date: wallDate({ at: e.capturedAt, tzOffsetMin }), hash: e.sha256 };
    return {
      variants: [phrase(locale, 'draft.evidence.item', params), phrase(locale, 'draft.evidence.itemShort', params)],
      required: i === 0,
      dropRank: i,
      group: 'evidence',
    };
  });
}
