import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { AgreementSchema, ContactSchema, InstallmentSchema, LenderSchema } from '@/utils/model/records';
import { DATASET_END, DEFAULT_SEED, FULL_SIZE, generateDataset } from '../../../bench/lib/dataset';
import { evidenceBytes } from '../../../bench/lib/evidence-bytes';

const SMALL = { ...FULL_SIZE, contacts: 300, agreements: 20, evidence: 10 };
const full = generateDataset();

describe('bench dataset generator', () => {
  it('is deterministic for a seed and different for another seed', () => {
    expect(generateDataset(7, SMALL)).toEqual(generateDataset(7, SMALL));
    expect(generateDataset(8, SMALL).contacts[0]).not.toEqual(generateDataset(7, SMALL).contacts[0]);
  });

  it('has the sizes the benchmark promises', () => {
    expect(full.seed).toBe(DEFAULT_SEED);
    expect(full.contacts).toHaveLength(10_000);
    expect(full.agreements).toHaveLength(500);
    expect(full.installments).toHaveLength(6_000);
    expect(full.evidence).toHaveLength(200);
    expect(full.evidence.every((e) => e.size === 200 * 1024)).toBe(true);
  });

  it('produces records that the database schemas accept', () => {
    const checks = [
      ...full.lenders.map((r) => [LenderSchema, r] as const),
      ...full.agreements.map((r) => [AgreementSchema, r] as const),
      ...full.installments.map((r) => [InstallmentSchema, r] as const),
      ...full.contacts.map((r) => [ContactSchema, r] as const),
    ];
    expect(checks.length).toBe(full.lenders.length + 500 + 6_000 + 10_000);
    const refused = checks.flatMap(([schema, r]) => {
      const res = v.safeParse(schema as v.GenericSchema, r);
      return res.success ? [] : [`${(r as { id: string }).id}: ${res.issues[0].message}`];
    });
    expect(refused).toEqual([]);
  });

  it('has unique ids and no dangling links', () => {
    const all = [...full.lenders, ...full.agreements, ...full.installments, ...full.contacts, ...full.evidence].map((r) => r.id);
    expect(new Set(all).size).toBe(all.length);
    const lenders = new Set(full.lenders.map((l) => l.id));
    const agreements = new Set(full.agreements.map((a) => a.id));
    const contacts = new Set(full.contacts.map((c) => c.id));
    expect(full.agreements.every((a) => lenders.has(a.lenderId))).toBe(true);
    expect(full.installments.every((i) => agreements.has(i.agreementId))).toBe(true);
    expect(full.contacts.every((c) => (!c.lenderId || lenders.has(c.lenderId)) && (!c.agreementId || agreements.has(c.agreementId)))).toBe(
      true,
    );
    expect(full.evidence.every((e) => contacts.has(e.ownerId))).toBe(true);
  });

  it('spans three years, ends at the fixed end, and plans add up to their totals', () => {
    const times = full.contacts.map((c) => c.at);
    expect(Math.max(...times)).toBeLessThanOrEqual(DATASET_END);
    expect(DATASET_END - Math.min(...times)).toBeGreaterThan(2.9 * 365 * 86_400_000);
    for (const a of full.agreements) {
      const sum = full.installments.filter((i) => i.agreementId === a.id).reduce((s, i) => s + i.amountFen, 0);
      expect(sum).toBe(a.terms.totalToRepayFen);
    }
  });

  it('writes Chinese notes that a search for 催收 can find, and some night contacts', () => {
    const withWord = full.contacts.filter((c) => c.summary.includes('催收')).length;
    expect(withWord).toBeGreaterThan(1000);
    expect(withWord).toBeLessThan(full.contacts.length);
    expect(full.contacts.every((c) => /[\u4e00-\u9fff]/.test(c.summary))).toBe(true);
    const night = full.contacts.filter((c) => {
      const h = new Date(c.at + c.tzOffsetMin * 60_000).getUTCHours();
      return h >= 22 || h < 8;
    });
    expect(night.length).toBeGreaterThan(200);
  });

  it('fills evidence bytes reproducibly, PNG-signed and incompressible-looking', () => {
    const a = evidenceBytes(42, 1000);
    expect(a).toEqual(evidenceBytes(42, 1000));
    expect(a).not.toEqual(evidenceBytes(43, 1000));
    expect(Array.from(a.slice(0, 4))).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(new Set(a).size).toBeGreaterThan(200);
    expect(evidenceBytes(1, 3)).toHaveLength(3);
  });
});
