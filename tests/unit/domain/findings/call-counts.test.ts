import { describe, expect, it } from 'vitest';
import { findAll } from '@/utils/domain/findings/find-all';
import type { Contact } from '@/utils/model/records';
import { bj, contact } from './build';
import { numberKey } from '@/utils/domain/findings/number-key';
import { normalizeNumber } from '@/utils/domain/phone/normalize';

const none = { agreements: [], installments: [], lenders: [], jurisdiction: 'CN' as const };
const ofRule = (contacts: Contact[], ruleId: string) => findAll({ contacts, ...none }).filter((f) => f.ruleId === ruleId);

function calls(n: number, over: Partial<Contact> = {}): Contact[] {
  return Array.from({ length: n }, (_, i) =>
    contact({ at: bj('2026-03-10', `1${i % 10}:0${Math.floor(i / 10)}:00`), lenderId: 'L1', ...over }),
  );
}

describe('too-many-connected-calls (more than 3 a day)', () => {
  it('is silent at the 3rd connected call and fires at the 4th', () => {
    expect(ofRule(calls(3), 'too-many-connected-calls')).toEqual([]);
    const four = calls(4);
    const [f] = ofRule(four, 'too-many-connected-calls');
    expect(f!.contactIds).toEqual(four.map((c) => c.id));
    expect(f!.explanation.en).toContain('4 times');
    expect(f!.basis[0]!.confidence).toBe('reported');
  });

  it('does not count missed calls, other days, other lenders or outgoing calls', () => {
    const mixed = [
      ...calls(3),
      contact({ at: bj('2026-03-10', '18:00:00'), lenderId: 'L1', channel: 'missed-call', connected: false }),
      contact({ at: bj('2026-03-11', '09:00:00'), lenderId: 'L1' }),
      contact({ at: bj('2026-03-10', '18:30:00'), lenderId: 'L2' }),
      contact({ at: bj('2026-03-10', '19:00:00'), lenderId: 'L1', direction: 'outgoing' }),
    ];
    expect(ofRule(mixed, 'too-many-connected-calls')).toEqual([]);
  });

  it('splits days at local midnight, not UTC midnight', () => {
    // 23:30 on the 10th and 00:30 on the 11th Beijing time are the same UTC day.
    const late = calls(2, { at: bj('2026-03-10', '23:30:00') });
    const early = calls(2, { at: bj('2026-03-11', '00:30:00') });
    expect(ofRule([...late, ...early], 'too-many-connected-calls')).toEqual([]);
  });
});

// Correction (issue 14): the guideline counts *unanswered* attempts on *one number* per day and says "should not" (不宜), with an exception.
describe('too-many-call-attempts (more than 6 unanswered a day on one number)', () => {
  const missed = (k: number, phone = '', day = '2026-03-10') =>
    Array.from({ length: k }, (_, i) =>
      contact({
        at: bj(day, `1${i % 10}:0${i % 6}:00`),
        lenderId: 'L1',
        channel: 'missed-call',
        connected: false,
        person: { name: '', staffId: '', phone, agency: '', party: 'agency' },
      }),
    );

  it('is silent at the 6th unanswered attempt and fires at the 7th; answered calls do not count', () => {
    const six = [...missed(6), ...calls(3)];
    expect(ofRule(six, 'too-many-call-attempts')).toEqual([]);
    const seven = [...six, contact({ at: bj('2026-03-10', '20:00:00'), lenderId: 'L1', channel: 'call', connected: false })];
    const [f] = ofRule(seven, 'too-many-call-attempts');
    expect(f!.contactIds).toHaveLength(7);
    expect(f!.explanation['zh-CN']).toContain('7 次');
    expect(f!.explanation['zh-CN']).toContain('不宜超过 6 次');
    expect(f!.explanation['zh-CN']).toContain('另有约定的除外');
    expect(f!.explanation.en).toContain('should not exceed 6');
    expect(f!.basis[0]!.reportedOn).toBe('2026-01-31');
  });

  it('counts per calling number (contact.person.phone), one number under its spellings', () => {
    const a = [...missed(4, '+86 138-0013-8000'), ...missed(3, '13800138000')];
    const [f] = ofRule(a, 'too-many-call-attempts');
    expect(f!.contactIds).toHaveLength(7);
    expect(f!.explanation.en).toContain('from +86 138-0013-8000');
    expect(f!.explanation.en).not.toContain('assumed');
    // Two numbers, four each: neither passes 6.
    expect(ofRule([...missed(4, '13800138000'), ...missed(4, '13900139000')], 'too-many-call-attempts')).toEqual([]);
  });

  it("keys numbers by the import's normaliser (utils/domain/phone/normalize.ts)", () => {
    // Spellings the old digits-only key split: "00 86" with a space, a trunk 0 before a landline.
    expect(numberKey('00 86 138 0013 8000')).toBe(numberKey('13800138000'));
    expect(numberKey('+86 10 1234 5678')).toBe(numberKey('010-1234-5678'));
    expect(numberKey('13800138000')).toBe(normalizeNumber('13800138000', 'CN'));
    // A bank's service number stays its digits; a withheld caller has no number.
    expect(numberKey('+86 95555')).toBe('95555');
    expect(numberKey('-2')).toBe('');
    const a = [...missed(4, '00 86 138 0013 8000'), ...missed(3, '138 0013 8000')];
    expect(ofRule(a, 'too-many-call-attempts')[0]!.contactIds).toHaveLength(7);
  });

  it('counts withheld callers as calls with no number (and says it assumed one number)', () => {
    const [f] = ofRule(missed(7, '-2'), 'too-many-call-attempts');
    expect(f!.explanation.en).toContain('assumed to come from one number');
  });

  it('without a number assumes one number and says so', () => {
    const [f] = ofRule(missed(7), 'too-many-call-attempts');
    expect(f!.explanation.en).toContain('assumed to come from one number');
    expect(f!.explanation['zh-CN']).toContain('假定它们都来自同一个号码');
  });

  it('does not count SMS', () => {
    expect(ofRule(calls(7, { channel: 'sms' }), 'too-many-call-attempts')).toEqual([]);
  });
});
