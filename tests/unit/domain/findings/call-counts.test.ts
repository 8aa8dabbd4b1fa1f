import { describe, expect, it } from 'vitest';
import { findAll } from '@/utils/domain/findings/find-all';
import type { Contact } from '@/utils/model/records';
import { bj, contact } from './build';

const none = { agreements: [], installments: [], lenders: [] };
const ofRule = (contacts: Contact[], ruleId: string) => findAll({ contacts, ...none }).filter((f) => f.ruleId === ruleId);

function calls(n: number, over: Partial<Contact> = {}): Contact[] {
  return Array.from({ length: n }, (_, i) => contact({ at: bj('2026-03-10', `1${i % 10}:0${Math.floor(i / 10)}:00`), lenderId: 'L1', ...over }));
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

describe('too-many-call-attempts (more than 6 a day on one number)', () => {
  it('is silent at the 6th attempt and fires at the 7th, answered or not', () => {
    const six = [...calls(2), ...calls(4, { channel: 'missed-call', connected: false })];
    expect(ofRule(six, 'too-many-call-attempts')).toEqual([]);
    const seven = [...six, contact({ at: bj('2026-03-10', '20:00:00'), lenderId: 'L1', channel: 'call', connected: false })];
    const [f] = ofRule(seven, 'too-many-call-attempts');
    expect(f!.contactIds).toHaveLength(7);
    expect(f!.explanation['zh-CN']).toContain('7 次');
    expect(f!.basis[0]!.reportedOn).toBe('2026-01-31');
  });

  it('does not count SMS', () => {
    expect(ofRule(calls(7, { channel: 'sms' }), 'too-many-call-attempts')).toEqual([]);
  });
});
