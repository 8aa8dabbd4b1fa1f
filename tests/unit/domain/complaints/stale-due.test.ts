import { describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { effectiveDue, sentOnOf, staleDue } from '@/utils/domain/complaints/stale-due';
import { answerDue } from '@/utils/domain/complaints/deadline';
import { addCalendarDays, addWorkingDays } from '@/utils/domain/time/working-days';
import { channelById } from '@/utils/sites';
import type { Complaint } from '@/utils/model/records';
import { freshDb } from '../../helpers/db';

// Issue 14 §1 "Deadlines": complaints recorded before the deadline data changed keep the date they were given.
const sent = new Date(2026, 9, 12, 10).getTime(); // 2026-10-12, local
const complaint = (over: Partial<Complaint>): Complaint => ({
  id: 'c1',
  channelId: 'nfra',
  url: 'https://www.nfra.gov.cn/',
  createdAt: sent,
  submittedAt: sent,
  referenceNo: 'R1',
  status: 'submitted',
  sections: {},
  contactIds: [],
  notes: '',
  updatedAt: sent,
  ...over,
});
// What round 1 stored: NFRA "answer due" after 15 working days; PBOC 30 days from the day it was sent.
const OLD_NFRA_DUE = addWorkingDays('2026-10-12', 15).date;
const OLD_PBOC_DUE = addCalendarDays('2026-10-12', 30);

describe('due dates older deadline data gave', () => {
  it('an NFRA due date is flagged: the current data has no NFRA answer deadline, so no due date and no "overdue"', () => {
    const c = complaint({ answerDue: OLD_NFRA_DUE });
    expect(answerDue(channelById('nfra'), '2026-10-12')).toBeUndefined();
    expect(staleDue(c, channelById('nfra'))).toEqual({ stored: OLD_NFRA_DUE, current: undefined });
    expect(effectiveDue(c, channelById('nfra'))).toBeUndefined();
  });

  it('a PBOC due date from "30 days from sending" is flagged with the current one (10 working days to accept, then 30 days)', () => {
    const c = complaint({ channelId: 'pboc', answerDue: OLD_PBOC_DUE });
    const current = answerDue(channelById('pboc'), '2026-10-12')!;
    expect(current > OLD_PBOC_DUE).toBe(true);
    expect(staleDue(c, channelById('pboc'))).toEqual({ stored: OLD_PBOC_DUE, current });
    expect(effectiveDue(c, channelById('pboc'))).toBe(current);
    // A due date the current data gives is not flagged.
    expect(staleDue(complaint({ channelId: 'pboc', answerDue: current }), channelById('pboc'))).toBeUndefined();
  });

  it('never flags a complaint to the lender (no deadline data to compare with) or one without a due date', () => {
    expect(staleDue(complaint({ channelId: 'lender', answerDue: OLD_NFRA_DUE }), channelById('lender'))).toBeUndefined();
    expect(staleDue(complaint({}), channelById('nfra'))).toBeUndefined();
  });

  it('counts from the day it was sent, else the day it was recorded', () => {
    expect(sentOnOf({ createdAt: sent, submittedAt: sent + 3 * 86_400_000 })).toBe('2026-10-15');
    expect(sentOnOf({ createdAt: sent })).toBe('2026-10-12');
  });

  it('after an upgrade: records an older version wrote are flagged as they are read, unchanged in the database', async () => {
    const db = await freshDb();
    // Written as the previous version stored them (its repository computed these dates).
    await db.complaints.bulkAdd([
      complaint({ id: 'n', answerDue: OLD_NFRA_DUE }),
      complaint({ id: 'p', channelId: 'pboc', answerDue: OLD_PBOC_DUE }),
    ]);
    const stored = await db.complaints.toArray();
    const flags = stored.map((c) => [c.id, staleDue(c, channelById(c.channelId))?.current ?? null]);
    expect(flags).toEqual([
      ['n', null],
      ['p', answerDue(channelById('pboc'), '2026-10-12')],
    ]);
    // The user's record keeps what it said (the user may have typed it); only the reading changes.
    expect((await db.complaints.get('n'))!.answerDue).toBe(OLD_NFRA_DUE);
    db.close();
  });
});
