import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findAll } from '@/utils/domain/findings/find-all';
import { wallClock } from '@/utils/domain/time/wall-clock';
import { generateDataset, type DatasetSize } from '../../../../bench/lib/dataset';
import { referenceClock, referenceFindAll } from './reference';

const SMALL: DatasetSize = { contacts: 1_500, agreements: 60, installmentsPerAgreement: 8, evidence: 0, evidenceBytes: 0, years: 2 };
const TZ = [480, 540, 0, -300, 330, 345];

function withoutBasis(input: Parameters<typeof findAll>[0]) {
  return findAll(input).map(({ basis: _b, ...rest }) => rest);
}

describe('the optimised findings engine gives the same findings as the plain reference', () => {
  it('wall clock by integer arithmetic equals the Date-based one, for any instant and offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: -4e12, max: 8e12 }), fc.integer({ min: -720, max: 840 }), (at, tzOffsetMin) => {
        expect(wallClock({ at, tzOffsetMin })).toEqual(referenceClock({ at, tzOffsetMin }));
      }),
      { numRuns: 2000 },
    );
  });

  for (const seed of [1, 20240601, 77]) {
    it(`on a generated dataset (seed ${seed}), including mixed time zones`, () => {
      const d = generateDataset(seed, SMALL);
      // Some contacts logged while travelling: dates and the order of ties change with the offset.
      const contacts = d.contacts.map((c, i) => (i % 7 === 0 ? { ...c, tzOffsetMin: TZ[i % TZ.length]! } : c));
      const input = { contacts, agreements: d.agreements, installments: d.installments, lenders: d.lenders, jurisdiction: 'CN' as const };
      const expected = referenceFindAll(input);
      // A dataset that exercises every detector, so equality is not vacuous.
      for (const rule of ['collection-despite-agreement', 'night-contact', 'third-party-contacted']) {
        expect(expected.some((f) => f.ruleId === rule)).toBe(true);
      }
      expect(withoutBasis(input)).toEqual(expected);
    });
  }

  for (const jurisdiction of ['TW', 'HK'] as const) {
    it(`for a ${jurisdiction} user, with some agreements set to mainland China`, () => {
      const d = generateDataset(5, SMALL);
      const agreements = d.agreements.map((a, i) => (i % 3 === 0 ? { ...a, jurisdiction: 'CN' as const } : a));
      const input = { contacts: d.contacts, agreements, installments: d.installments, lenders: d.lenders, jurisdiction };
      const expected = referenceFindAll(input);
      expect(expected.some((f) => f.ruleId.startsWith(jurisdiction.toLowerCase()))).toBe(true);
      expect(expected.some((f) => f.ruleId === 'night-contact')).toBe(true);
      expect(withoutBasis(input)).toEqual(expected);
    });
  }
});
