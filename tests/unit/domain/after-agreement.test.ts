import { describe, expect, it } from 'vitest';
import { findAll } from '@/utils/domain/findings/find-all';
import { selectRecords } from '@/utils/domain/complaints/select';
import { isAfterAgreement } from '@/utils/domain/plan/after-agreement';
import { wallDate } from '@/utils/domain/time/wall-clock';
import { agreement, bj, contact, installment, lender } from './findings/build';

// "After the agreement" has two users: the collection-despite-agreement
// finding (through isAfterAgreement for linked contacts and its optimised
// binary search for the lender's unlinked ones) and the complaint's record
// selection. They must draw the line on the same day: a complaint about
// "collection after the agreement" must list exactly the contacts the
// finding names. Changing either definition makes this test fail.

const a = agreement();
const plan = [installment(1, '2026-03-15', true), installment(2, '2026-04-15', false)];
const days = ['2026-02-28', '2026-03-01', '2026-03-02', '2026-03-03'];
const times = ['00:00:00', '12:00:00', '23:59:59'];

function contactsOn(linked: boolean) {
  return days.flatMap((d) => times.map((t) => contact({ lenderId: 'L1', at: bj(d, t), ...(linked ? { agreementId: a.id } : {}) })));
}

function flagged(contacts: ReturnType<typeof contactsOn>): Set<string> {
  const f = findAll({ contacts, agreements: [a], installments: plan, lenders: [lender()], jurisdiction: 'CN' }).find(
    (x) => x.ruleId === 'collection-despite-agreement',
  );
  return new Set(f?.contactIds ?? []);
}

describe('one "after the agreement" for findings and complaint selection', () => {
  it('counts only the days after the agreement day, on the contact’s wall clock', () => {
    expect(isAfterAgreement('2026-03-01', a)).toBe(false);
    expect(isAfterAgreement('2026-03-02', a)).toBe(true);
    expect(isAfterAgreement('2026-02-28', a)).toBe(false);
  });

  it('the lender’s unlinked contacts: the complaint selects exactly those the finding names', () => {
    const contacts = contactsOn(false);
    const inFinding = flagged(contacts);
    const selected = new Set(
      selectRecords(
        {
          lenders: [lender()],
          agreements: [a],
          contacts,
          evidence: [],
          complaints: [],
          findings: [],
          profile: { name: '', phone: '', address: '' },
        },
        {
          lenderId: 'L1',
          agreementId: a.id,
          demands: [],
        },
      ).contacts.map((c) => c.id),
    );
    expect([...selected].sort()).toEqual([...inFinding].sort());
    for (const c of contacts) expect(inFinding.has(c.id)).toBe(isAfterAgreement(wallDate(c), a));
    expect(inFinding.size).toBe(2 * times.length);
  });

  it('linked contacts: the finding uses the same line as for unlinked ones', () => {
    const linked = contactsOn(true);
    const unlinked = contactsOn(false);
    const dayOf = (ids: Set<string>, list: typeof linked) => list.filter((c) => ids.has(c.id)).map((c) => wallDate(c));
    expect(dayOf(flagged(linked), linked)).toEqual(dayOf(flagged(unlinked), unlinked));
  });
});
