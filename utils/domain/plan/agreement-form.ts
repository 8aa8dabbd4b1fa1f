import type { AgreementInput } from '../../model/agreement-inputs';
import type { Agreement, Jurisdiction, Lender } from '../../model/records';
import { fenToYuanText, parseYuan } from './money-input';
import type { PlanIssue } from './validate';

/** The agreement form as the user typed it: money as yuan text, lender as one select value. */
export interface AgreementFormState {
  /** "cat:<catalogId>", "id:<lenderId>" or "new". */
  lender: string;
  newLenderName: string;
  newLenderKind: Lender['kind'];
  product: string;
  accountRef: string;
  negotiatedOn: string;
  negotiatedVia: Agreement['negotiatedVia'];
  counterpart: Agreement['counterpart'];
  lenderRef: string;
  owedBefore: string;
  totalToRepay: string;
  waivedInterest: string;
  waivedPenalty: string;
  waivedFees: string;
  promises: Agreement['promises'];
  status: Agreement['status'];
  cardPlanItems: Agreement['cardPlanItems'];
  notes: string;
  /** Whether both sides signed a written plan (第七十条 needs it for bank credit cards). */
  signed: boolean;
  /** '' = the user's own jurisdiction. */
  jurisdiction: '' | Jurisdiction;
}

export const MONEY_FIELDS = [
  ['owedBefore', 'terms.owedBeforeFen', false],
  ['totalToRepay', 'terms.totalToRepayFen', true],
  ['waivedInterest', 'terms.waivedInterestFen', false],
  ['waivedPenalty', 'terms.waivedPenaltyFen', false],
  ['waivedFees', 'terms.waivedFeesFen', false],
] as const;

export function emptyForm(today: string): AgreementFormState {
  return {
    lender: '',
    newLenderName: '',
    newLenderKind: 'platform',
    product: '',
    accountRef: '',
    negotiatedOn: today,
    negotiatedVia: 'phone',
    counterpart: { name: '', staffId: '', phone: '' },
    lenderRef: '',
    owedBefore: '',
    totalToRepay: '',
    waivedInterest: '',
    waivedPenalty: '',
    waivedFees: '',
    promises: { stopCollection: false, noThirdPartyContact: false, creditReport: 'none', noNewPenalties: false, other: '' },
    status: 'active',
    cardPlanItems: [],
    notes: '',
    signed: false,
    jurisdiction: '',
  };
}

export function formFromAgreement(a: Agreement, lender: Lender | undefined): AgreementFormState {
  const yuan = (fen: number) => (fen ? fenToYuanText(fen) : '');
  return {
    ...emptyForm(a.negotiatedOn),
    lender: lender?.catalogId ? `cat:${lender.catalogId}` : `id:${a.lenderId}`,
    product: a.product,
    accountRef: a.accountRef,
    negotiatedVia: a.negotiatedVia,
    counterpart: { ...a.counterpart },
    lenderRef: a.lenderRef,
    owedBefore: yuan(a.terms.owedBeforeFen),
    totalToRepay: yuan(a.terms.totalToRepayFen),
    waivedInterest: yuan(a.terms.waivedInterestFen),
    waivedPenalty: yuan(a.terms.waivedPenaltyFen),
    waivedFees: yuan(a.terms.waivedFeesFen),
    promises: { ...a.promises },
    status: a.status,
    cardPlanItems: [...a.cardPlanItems],
    notes: a.notes,
    signed: a.signed === true,
    jurisdiction: a.jurisdiction ?? '',
  };
}

/**
 * Turns the form into a repository input, or the list of field problems.
 * Field names are the input's paths, so server errors land on the same fields.
 */
export function formToInput(f: AgreementFormState, kit?: Agreement['kit']): { input?: AgreementInput; issues: PlanIssue[] } {
  const issues: PlanIssue[] = [];
  let lender: AgreementInput['lender'] | undefined;
  if (f.lender.startsWith('cat:')) lender = { catalogId: f.lender.slice(4) };
  else if (f.lender.startsWith('id:')) lender = { id: f.lender.slice(3) };
  else if (f.lender === 'new' && f.newLenderName.trim()) lender = { name: f.newLenderName.trim(), kind: f.newLenderKind };
  if (!lender) issues.push({ field: f.lender === 'new' ? 'lender.name' : 'lender', key: 'agreement.error.lenderRequired' });
  if (!/^\d{4}-\d\d-\d\d$/.test(f.negotiatedOn)) issues.push({ field: 'negotiatedOn', key: 'plan.error.date' });

  const terms: Record<string, number> = {};
  for (const [name, path, required] of MONEY_FIELDS) {
    const text = f[name].trim();
    if (!text && !required) {
      terms[path.slice(6)] = 0;
      continue;
    }
    const fen = parseYuan(text);
    if (fen === undefined) issues.push({ field: path, key: 'plan.error.yuan' });
    else if (fen < 0 || (required && fen === 0)) issues.push({ field: path, key: 'plan.error.amountPositive' });
    else terms[path.slice(6)] = fen;
  }
  if (issues.length || !lender) return { issues };
  return {
    issues,
    input: {
      lender,
      product: f.product,
      accountRef: f.accountRef,
      negotiatedOn: f.negotiatedOn,
      negotiatedVia: f.negotiatedVia,
      counterpart: f.counterpart,
      lenderRef: f.lenderRef,
      terms: terms as AgreementInput['terms'],
      promises: f.promises,
      status: f.status,
      cardPlanItems: f.cardPlanItems,
      notes: f.notes,
      signed: f.signed,
      ...(f.jurisdiction ? { jurisdiction: f.jurisdiction } : {}),
      ...(kit ? { kit } : {}),
    },
  };
}
