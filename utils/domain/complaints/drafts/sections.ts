import { localLenderName } from '../../../i18n/lender-name';
import type { IdentityPart } from '../../../sites/types';
import { isLenderChannel } from '../escalation';
import type { DraftUnit } from '../fit';
import type { ComplaintRecords } from '../records';
import { wallDate } from '../../time/wall-clock';
import type { Ctx } from './context';
import { dateText, phrase, plainAmount } from './text';

const single = (text: string): DraftUnit[] => (text.trim() ? [{ variants: [text.trim()], required: true }] : []);

/** Who is complaining: one part for split fields, all known parts for a combined one. */
export function identityUnits(ctx: Ctx, r: ComplaintRecords, part?: IdentityPart): DraftUnit[] {
  if (part) return single(r.profile[part]);
  const parts = (['name', 'phone', 'address'] as const).filter((p) => r.profile[p].trim());
  return parts.map((p, i) => ({
    variants: [phrase(ctx.locale, `draft.identity.${p}`, { [p]: r.profile[p].trim() })],
    required: i === 0,
    priority: i,
  }));
}

/**
 * The institution. A one-line field ("被投诉机构名称", "Name of bank") gets the
 * name and nothing else; a text area also gets the product, account and the collectors.
 */
export function respondentUnits(ctx: Ctx, r: ComplaintRecords, multiline: boolean): DraftUnit[] {
  const l = ctx.locale;
  const units: DraftUnit[] = single(localLenderName(r.lender, l));
  if (!multiline) return units;
  const a = r.agreement;
  if (a?.product.trim()) units.push({ variants: [phrase(l, 'draft.respondent.product', { product: a.product.trim() })], priority: 1 });
  if (a?.accountRef.trim()) units.push({ variants: [phrase(l, 'draft.respondent.account', { ref: a.accountRef.trim() })], priority: 2 });
  const agencies = [...new Set(r.contacts.map((c) => c.person.agency.trim()).filter(Boolean))];
  if (agencies.length)
    units.push({ variants: [phrase(l, 'draft.respondent.agencies', { agencies: agencies.join(l === 'en' ? ', ' : '、') })], priority: 3 });
  return units;
}

/** The demands chosen, as a numbered list after one lead-in: "我要求：1. 该公司立即停止……". */
export function demandUnits(ctx: Ctx, r: ComplaintRecords, withHeading: boolean): DraftUnit[] {
  // "Honour the agreement" asks nothing of a lender with no agreement recorded: it would read as a fact the draft never states.
  const demands = r.demands.filter((d) => d !== 'honour-agreement' || r.agreement);
  if (!demands.length) return [];
  const l = ctx.locale;
  const items = demands.map((d, i) => `${i + 1}. ${phrase(l, `draft.demand.${d}`, { the: l === 'en' ? ctx.The : ctx.the })}`);
  // One unit: the first demands in the order chosen, never a list that starts at "3.".
  const variants = items.map((_, n) => items.slice(0, items.length - n).join('\n'));
  const unit: DraftUnit = { variants, required: !withHeading, priority: 14.5 };
  return withHeading ? [{ variants: [phrase(l, 'draft.demands.intro')], heading: true }, unit] : [unit];
}

/** The disputed amount: what the agreement says is owed, as a plain number. */
export function amountUnits(r: ComplaintRecords): DraftUnit[] {
  return r.agreement ? single(plainAmount(r.agreement.terms.owedBeforeFen)) : [];
}

/** Evidence with its capture date and SHA-256, so the recipient can check nothing was altered. */
export function evidenceUnits(ctx: Ctx, r: ComplaintRecords, inFacts: boolean): DraftUnit[] {
  const items = [...r.evidence].sort((x, y) => x.capturedAt - y.capturedAt);
  const units = items.map((e, i): DraftUnit => {
    const params = {
      n: i + 1,
      name: e.name,
      date: dateText(ctx.locale, wallDate({ at: e.capturedAt, tzOffsetMin: ctx.tz })),
      hash: e.sha256,
    };
    return {
      // With the hash whenever it fits (without the date when both do not); name and date only when even that does not fit.
      variants: [
        phrase(ctx.locale, 'draft.evidence.item', params),
        phrase(ctx.locale, 'draft.evidence.itemHash', params),
        phrase(ctx.locale, 'draft.evidence.itemShort', params),
      ],
      required: !inFacts && i === 0,
      // Every item gets its hash before any item gets its date as well: the hash is what lets the reader check the file.
      essential: 1,
      // In the facts the first item comes before the demands in Chinese (a short field still lists the evidence; the
      // other items after the rules). English (rules from 14.6, about twice the characters): the first item right after the first two rules, or a
      // 1,500-character draft has no evidence list at all (there it fits by its name and date).
      priority: inFacts ? (i === 0 ? (ctx.locale === 'en' ? 14.615 : 14.45) : 17 + i / 10) : i,
    };
  });
  return inFacts && units.length ? [{ variants: [phrase(ctx.locale, 'draft.evidence.intro')], heading: true }, ...units] : units;
}

/** The opening sentence: who the complaint is about, with the name the rest of the text refers back to. */
export function openingUnits(ctx: Ctx, r: ComplaintRecords): DraftUnit[] {
  // With an agreement, its sentence comes first and names the lender.
  if (r.agreement) return [];
  return [{ variants: [phrase(ctx.locale, 'draft.opening', { the: ctx.named })], required: true }];
}

/**
 * The complaint to the institution itself, for a regulator or FOI (which takes
 * a case only after the institution was approached): date and reference.
 */
export function priorComplaintUnits(ctx: Ctx, r: ComplaintRecords): DraftUnit[] {
  if (ctx.toLender) return [];
  const own = r.priorComplaints.filter((c) => isLenderChannel(c.channelId) && c.status !== 'draft');
  const c = own.find((x) => x.referenceNo.trim()) ?? own[0];
  if (!c) return [];
  const date = dateText(ctx.locale, wallDate({ at: c.submittedAt ?? c.createdAt, tzOffsetMin: ctx.tz }));
  const ref = c.referenceNo.trim();
  const full = phrase(ctx.locale, ref ? 'draft.prior.ref' : 'draft.prior', { the: ctx.the, date, ref });
  return [{ variants: [full], required: ctx.channelId === 'twfoi' || ctx.channelId === 'hkma', priority: 14 }];
}
