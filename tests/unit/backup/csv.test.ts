import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { BOM, contactsCsv, installmentsCsv, neutralizeCell, toCsv, wallClockText } from '@/utils/domain/backup/csv';
import { loadFixture } from '../db/migration-harness';
import type { Agreement, Contact, Installment, Lender } from '@/utils/model/records';

const fx = loadFixture('v1.json').data;
const lenders = fx.lenders as unknown as Lender[];
const agreements = fx.agreements as unknown as Agreement[];
const contacts = fx.contacts as unknown as Contact[];
const installments = fx.installments as unknown as Installment[];

function parse(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
}

describe('CSV export', () => {
  it('neutralises formula cells, including multi-line ones papaparse would miss', () => {
    for (const bad of ['=1+1', '+86 138', '-2', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("x")\n第二行']) {
      expect(neutralizeCell(bad)).toBe(`'${bad}`);
    }
    for (const fine of ['张三', '1+1', ' 1', '', '😡']) expect(neutralizeCell(fine)).toBe(fine);
  });

  it('round-trips any text through a spreadsheet parser, never leaving a formula', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { minLength: 2, maxLength: 2 }), { maxLength: 5 }),
        (rows) => {
          const parsed = parse(toCsv(['a', 'b'], rows));
          expect(parsed.slice(1)).toEqual(rows.map((r) => r.map(neutralizeCell)));
          for (const cell of parsed.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
    );
  });

  it('writes contacts with translated headers and values, in wall-clock time', () => {
    const rows = parse(contactsCsv(contacts, { lenders, agreements }, 'zh-CN'));
    expect(rows[0]![0]).toBe('时间');
    expect(rows[1]).toContain('某银行信用卡');
    expect(rows[1]).toContain('说不还就通知我单位 😡');
    expect(rows[1]![0]).toBe(wallClockText(contacts[0]!.at, 480));
    expect(rows[1]![0]).toMatch(/\(UTC\+08:00\)$/);
    const en = parse(contactsCsv(contacts, { lenders, agreements }, 'en'));
    expect(en[0]![0]).toBe('Time');
  });

  it('writes instalments with yuan amounts and a status from the plan rule', () => {
    const rows = parse(installmentsCsv(installments, { lenders, agreements }, 'zh-CN', '2026-06-01'));
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual(expect.arrayContaining(['4000.00', '2026-03-30', '已还清']));
    expect(rows[2]).toEqual(expect.arrayContaining(['2026-05-01', '已逾期']));
    const before = parse(installmentsCsv(installments, { lenders, agreements }, 'zh-CN', '2026-05-01'));
    expect(before[2]).toContain('未到期');
  });
});
