import { describe, expect, it } from 'vitest';
import { basisNote } from '@/utils/i18n/basis-note';
import { CARD_ART_70, CBA_GUIDELINE, PIPL_ART_10, VERIFIED_ON } from '@/utils/domain/findings/sources';
import { findAll } from '@/utils/domain/findings/find-all';
import { LOCALES } from '@/utils/i18n/locales';
import { agreement, bj, contact, installment, lender } from '../domain/findings/build';

/** The user's own agreement record, as the findings engine builds it. */
function ownRecord() {
  const a = agreement({ promises: { stopCollection: false, noThirdPartyContact: true, creditReport: 'none', noNewPenalties: true, other: '' } });
  const [f] = findAll({
    contacts: [contact({ lenderId: 'L1', at: bj('2026-03-05', '10:00:00') })],
    agreements: [a],
    installments: [installment(1, '2026-03-15', false)],
    lenders: [lender({ kind: 'consumer-finance' })],
  }).filter((x) => x.ruleId === 'collection-despite-agreement');
  return f!.basis[0]!;
}

describe('how a basis is labelled in the findings view and the report', () => {
  it('shows the user’s own agreement as "your record", never as checked against the text', () => {
    const own = ownRecord();
    expect(basisNote(own, 'zh-CN', 'finding')).toBe('你的记录');
    expect(basisNote(own, 'zh-TW', 'finding')).toBe('你的紀錄');
    expect(basisNote(own, 'en', 'finding')).toBe('your record');
    expect(basisNote(own, 'en', 'report')).toBe('your own record');
    for (const l of LOCALES) for (const where of ['finding', 'report'] as const) expect(basisNote(own, l, where)).not.toMatch(/已核对原文|已核對原文|checked against|核对日期|核對日期|checked/);
  });

  it('shows a reported fact without a report date as "as reported (checked <verifiedOn>)"', () => {
    expect(basisNote(CARD_ART_70, 'en', 'finding')).toBe(`as reported (checked ${VERIFIED_ON}, ${CARD_ART_70.reportedIn!.en})`);
    expect(basisNote(CARD_ART_70, 'en', 'report')).toBe(`as reported (checked ${VERIFIED_ON}); the original text is not confirmed`);
    expect(basisNote(CARD_ART_70, 'zh-CN', 'report')).toBe(`据报道（核对日期 ${VERIFIED_ON}），尚未核实原文`);
  });

  it('keeps the report date where there is one, and "checked against the text" for law read in full', () => {
    expect(basisNote(CBA_GUIDELINE, 'en', 'finding')).toBe(`as reported (2026-01-31, ${CBA_GUIDELINE.reportedIn!.en}) · verified on ${VERIFIED_ON}`);
    expect(basisNote(CBA_GUIDELINE, 'en', 'report')).toBe('as reported (2026-01-31); the original text is not confirmed');
    expect(basisNote(PIPL_ART_10, 'zh-CN', 'finding')).toBe(`已核对原文 · 核对日期 ${VERIFIED_ON}`);
    expect(basisNote(PIPL_ART_10, 'en', 'report')).toBe(`checked ${VERIFIED_ON}`);
  });
});
