import { formatMoney } from '../../../i18n/format';
import type { DraftUnit } from '../fit';
import type { ComplaintRecords } from '../records';
import type { Ctx } from './context';
import { dateText, joinList, phrase, sentences } from './text';

/**
 * The agreement: date, counterpart, reference, the amount and what the lender
 * promised. Required whenever there is one; the shortest variant still says
 * that collection was to stop when that was promised.
 */
export function agreementUnits(ctx: Ctx, r: ComplaintRecords): DraftUnit[] {
  const a = r.agreement;
  if (!a) return [];
  const l = ctx.locale;
  const date = dateText(l, a.negotiatedOn);
  const cp = a.counterpart;
  const ids = [
    cp.staffId.trim() && phrase(l, 'draft.staffId', { id: cp.staffId.trim() }),
    cp.phone.trim() && phrase(l, 'draft.phone', { phone: cp.phone.trim() }),
  ].filter(Boolean) as string[];
  const person = cp.name.trim() ? cp.name.trim() + (ids.length ? (l === 'en' ? ` (${ids.join(', ')})` : `（${ids.join('，')}）`) : '') : '';
  const via = phrase(l, `draft.via.${a.negotiatedVia}`);
  const total = formatMoney(a.terms.totalToRepayFen, l, ctx.currency);
  const ref = a.lenderRef.trim();
  const promises = [
    a.promises.stopCollection && phrase(l, 'draft.promise.stopCollection'),
    a.promises.noThirdPartyContact && phrase(l, 'draft.promise.noThirdParty'),
    a.promises.noNewPenalties && phrase(l, 'draft.promise.noNewPenalties'),
    a.promises.creditReport !== 'none' && phrase(l, 'draft.promise.creditReport'),
  ].filter((p): p is string => Boolean(p));
  const promised = promises.length ? phrase(l, 'draft.agreement.promised', { the: ctx.The, list: joinList(l, promises) }) : '';
  const stopOnly = a.promises.stopCollection ? phrase(l, 'draft.agreement.promised', { the: ctx.The, list: promises[0]! }) : '';
  const product = a.product.trim() ? phrase(l, 'draft.agreement.product', { product: a.product.trim() }) : '';
  const full = sentences(l, [
    phrase(l, person ? 'draft.agreement.with' : 'draft.agreement', {
      date,
      via,
      the: ctx.named,
      person,
      product,
      total,
      ref: ref ? phrase(l, 'draft.agreement.ref', { ref }) : '',
    }),
    promised,
  ]);
  const mid = sentences(l, [
    phrase(l, 'draft.agreement', {
      date,
      via,
      the: ctx.named,
      person: '',
      product: '',
      total,
      ref: ref ? phrase(l, 'draft.agreement.ref', { ref }) : '',
    }),
    promised,
  ]);
  const short = sentences(l, [phrase(l, 'draft.agreement.short', { date, the: ctx.named, total }), stopOnly]);
  // The shortest: the date and, when it was promised, that collection was to stop.
  const min = a.promises.stopCollection
    ? phrase(l, 'draft.agreement.min', { date, the: ctx.named })
    : phrase(l, 'draft.agreement.short', { date, the: ctx.named, total });
  return [{ variants: [...new Set([full, mid, short, min])], required: true, priority: 12, essential: 1 }];
}
