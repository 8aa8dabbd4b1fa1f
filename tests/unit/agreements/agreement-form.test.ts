import { describe, expect, it } from 'vitest';
import { emptyForm, formFromAgreement, formToInput } from '@/utils/domain/plan/agreement-form';
import { freshDb } from '../helpers/db';
import { addAgreement } from '@/utils/db/repos/agreements';

describe('agreement form', () => {
  const base = { ...emptyForm('2026-11-20'), lender: 'cat:card-cmb', totalToRepay: '6,000', waivedInterest: '120.5' };

  it('converts yuan text to fen and picks the lender', () => {
    const { input, issues } = formToInput(base);
    expect(issues).toEqual([]);
    expect(input?.lender).toEqual({ catalogId: 'card-cmb' });
    expect(input?.terms).toEqual({
      owedBeforeFen: 0,
      totalToRepayFen: 600_000,
      waivedInterestFen: 12_050,
      waivedPenaltyFen: 0,
      waivedFeesFen: 0,
    });
  });

  it('puts each problem on its field: no lender, zero total, negative or malformed amounts', () => {
    const { input, issues } = formToInput({ ...base, lender: '', totalToRepay: '0', waivedFees: '-1', owedBefore: 'abc' });
    expect(input).toBeUndefined();
    expect(issues.map((i) => [i.field, i.key])).toEqual([
      ['lender', 'agreement.error.lenderRequired'],
      ['terms.owedBeforeFen', 'plan.error.yuan'],
      ['terms.totalToRepayFen', 'plan.error.amountPositive'],
      ['terms.waivedFeesFen', 'plan.error.amountPositive'],
    ]);
    expect(formToInput({ ...base, lender: 'new', newLenderName: '  ' }).issues[0]?.field).toBe('lender.name');
  });

  it('round-trips a stored agreement through the form', async () => {
    const db = await freshDb();
    const { input } = formToInput(base);
    const a = await addAgreement(db, input!, Date.UTC(2026, 10, 22));
    const lender = await db.lenders.get(a.lenderId);
    const again = formToInput(formFromAgreement(a, lender)).input!;
    expect(again.terms).toEqual(input!.terms);
    expect(again.lender).toEqual({ catalogId: 'card-cmb' });
  });

  it('records how the agreement was made: signed or not, and its own jurisdiction when it differs', async () => {
    const db = await freshDb();
    const { input } = formToInput({ ...base, signed: true, jurisdiction: 'HK' });
    const a = await addAgreement(db, input!, Date.UTC(2026, 10, 22));
    expect(a).toMatchObject({ signed: true, jurisdiction: 'HK' });
    const back = formFromAgreement(a, await db.lenders.get(a.lenderId));
    expect([back.signed, back.jurisdiction]).toEqual([true, 'HK']);
    // The user's own jurisdiction is stored as no override at all.
    const plain = await addAgreement(db, formToInput({ ...base, signed: false, jurisdiction: '' }).input!, Date.UTC(2026, 10, 22));
    expect(plain.signed).toBe(false);
    expect(plain).not.toHaveProperty('jurisdiction');
  });
});
