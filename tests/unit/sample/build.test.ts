import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import fc from 'fast-check';
import { buildSample } from '@/utils/domain/sample/build';
import { isSampleId, SAMPLE_ID_PREFIX } from '@/utils/domain/sample/id';
import { sampleTexts } from '@/utils/domain/sample/texts';
import { AgreementSchema, ComplaintSchema, ContactSchema, InstallmentSchema, LenderSchema } from '@/utils/model/records';
import { LOCALES } from '@/utils/i18n/locales';

const NOW = Date.UTC(2026, 2, 31, 4, 0); // 31 March: month ends must not break the monthly plan

describe('sample dataset', () => {
  it('builds records that pass every table schema, in every language', () => {
    for (const locale of LOCALES) {
      const d = buildSample(locale, NOW, 480);
      for (const r of d.lenders) v.parse(LenderSchema, r);
      for (const r of d.agreements) v.parse(AgreementSchema, r);
      for (const r of d.installments) v.parse(InstallmentSchema, r);
      for (const r of d.contacts) v.parse(ContactSchema, r);
      for (const r of d.complaints) v.parse(ComplaintSchema, r);
      // Non-empty, or the loops above would pass on nothing.
      for (const table of [d.lenders, d.agreements, d.installments, d.contacts, d.complaints]) expect(table.length).toBeGreaterThan(0);
    }
  });

  it('marks every record: sample id prefix and the sample marker in its visible name', () => {
    for (const locale of LOCALES) {
      const d = buildSample(locale, NOW, 480);
      const marker = sampleTexts[locale].marker;
      const all = [...d.lenders, ...d.agreements, ...d.installments, ...d.contacts, ...d.complaints];
      for (const r of all) expect(r.id.startsWith(SAMPLE_ID_PREFIX), r.id).toBe(true);
      for (const l of d.lenders) expect(l.name.startsWith(marker)).toBe(true);
      for (const c of d.contacts) expect(c.summary.startsWith(marker)).toBe(true);
      expect(d.agreements[0]!.product.startsWith(marker)).toBe(true);
    }
    expect(isSampleId('sample-x')).toBe(true);
    expect(isSampleId('3f2a-sample-x')).toBe(false);
    expect(isSampleId(undefined)).toBe(false);
  });

  it('links records only to records of the dataset', () => {
    const d = buildSample('en', NOW, 0);
    const ids = new Set([...d.lenders, ...d.agreements, ...d.contacts].map((r) => r.id));
    for (const c of d.contacts) {
      if (c.lenderId) expect(ids.has(c.lenderId)).toBe(true);
      if (c.agreementId) expect(ids.has(c.agreementId)).toBe(true);
    }
    for (const i of d.installments) expect(i.agreementId).toBe(d.agreements[0]!.id);
    for (const cid of d.complaints[0]!.contactIds) expect(ids.has(cid)).toBe(true);
  });

  it('has a plan whose instalments add up to the agreed total, monthly and after the agreement', () => {
    const d = buildSample('zh-CN', NOW, 480);
    const a = d.agreements[0]!;
    expect(d.installments.reduce((s, i) => s + i.amountFen, 0)).toBe(a.terms.totalToRepayFen);
    const due = d.installments.map((i) => i.dueDate);
    expect([...due].sort()).toEqual(due);
    expect(due[0]! > a.negotiatedOn).toBe(true);
    // Same day of month each time (clamped to 28), even from 31 March.
    expect(new Set(due.map((s) => s.slice(8))).size).toBe(1);
  });

  it("puts every contact in the past and the night contacts at night on the user's own clock, whatever the time zone", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }), fc.integer({ min: -720, max: 840 }), (now, tz) => {
        const d = buildSample('zh-TW', now, tz);
        for (const c of d.contacts) {
          expect(c.at).toBeLessThan(now);
          expect(c.tzOffsetMin).toBe(tz);
        }
        const localHour = (ms: number) => new Date(ms + tz * 60_000).getUTCHours();
        expect(localHour(d.contacts[1]!.at)).toBe(22);
        expect(localHour(d.contacts[6]!.at)).toBe(23);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic: the same inputs give the same records', () => {
    expect(buildSample('en', NOW, 60)).toEqual(buildSample('en', NOW, 60));
  });
});
