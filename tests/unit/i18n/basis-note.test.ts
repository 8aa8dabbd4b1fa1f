import { describe, expect, it } from 'vitest';
import { basisNote } from '@/utils/i18n/basis-note';
import { CBA_NIGHT, CBA_VISIT_TWO, PIPL_ART_10 } from '@/utils/domain/findings/sources';
import { findAll } from '@/utils/domain/findings/find-all';
import { LOCALES } from '@/utils/i18n/locales';
import { agreement, bj, contact, installment, lender } from '../domain/findings/build';

/** The user's own agreement record, as the findings engine builds it. */
function ownRecord() {
  const a = agreement();
  const [f] = findAll({
    contacts: [contact({ lenderId: 'L1', at: bj('2026-03-05', '10:00:00') })],
    agreements: [a],
    installments: [installment(1, '2026-03-15', false)],
    lenders: [lender({ kind: 'consumer-finance' })],
    jurisdiction: 'CN',
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
    for (const l of LOCALES)
      for (const where of ['finding', 'report'] as const)
        expect(basisNote(own, l, where)).not.toMatch(/已核对原文|已核對原文|checked against|核对日期|核對日期|checked/);
  });

  // Correction (issue 14): the check date is our notes' date, never the statute's or a report's.
  it('shows a reported fact without a report date as "report date unknown", and the check date as our notes\u2019', () => {
    expect(CBA_VISIT_TWO.reportedOn).toBeUndefined();
    expect(basisNote(CBA_VISIT_TWO, 'en', 'finding')).toBe(
      `as reported (${CBA_VISIT_TWO.reportedIn!.en}, report date unknown) · our notes checked 2026-12-01`,
    );
    expect(basisNote(CBA_VISIT_TWO, 'en', 'report')).toBe('as reported (report date unknown); the original text was not read');
    expect(basisNote(CBA_VISIT_TWO, 'zh-CN', 'report')).toBe('据报道（报道日期不详），未读原文');
    for (const l of LOCALES) expect(basisNote(CBA_VISIT_TWO, l, 'report')).not.toContain('2026-12-01');
  });

  it('keeps the report date where there is one, and the text\u2019s own date beside our check date', () => {
    expect(basisNote(CBA_NIGHT, 'en', 'finding')).toBe(
      `as reported (${CBA_NIGHT.reportedIn!.en}, report of 2026-01-31) · our notes checked 2026-12-01`,
    );
    expect(basisNote(CBA_NIGHT, 'en', 'report')).toBe('as reported (report of 2026-01-31); the original text was not read');
    expect(basisNote(PIPL_ART_10, 'zh-CN', 'finding')).toBe('读过条文原文（发布或施行：2021-11-01） · 本项目核对笔记于 2026-12-01');
    expect(basisNote(PIPL_ART_10, 'en', 'report')).toBe(
      'text of the rule (published or in force: 2021-11-01; our notes checked 2026-12-01)',
    );
    for (const l of LOCALES) expect(basisNote(CBA_NIGHT, l, 'finding')).not.toMatch(/核实于|核實於|verified/);
  });
});
