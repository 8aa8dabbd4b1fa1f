import { describe, expect, it } from 'vitest';
import { busiestDays, daySentence, dayView } from '@/utils/domain/contacts/day-view';
import { planImport, type ExistingContact } from '@/utils/domain/import/plan';
import type { GroupDecision } from '@/utils/domain/import/number-groups';
import type { ImportedRecord } from '@/utils/domain/import/types';
import { translate } from '@/utils/i18n/translate';
import type { Contact } from '@/utils/model/records';

const T0 = Date.UTC(2026, 10, 3, 2, 0); // 10:00 in UTC+8
let n = 0;
const call = (over: Partial<ImportedRecord>): ImportedRecord => ({
  kind: 'call',
  at: T0,
  number: '17512345678',
  name: '',
  direction: 'incoming',
  callType: 1,
  duration: 30,
  position: ++n,
  ...over,
});
const base = { region: 'CN' as const, flags: new Map(), tzOffsetMin: () => 480, newId: () => `id${++n}`, now: T0 + 86_400_000 };
const include: GroupDecision = { include: true, lenderId: 'jdd', agency: '', party: 'lender', remember: false };

describe('planImport', () => {
  it('finds logged duplicates by number, minute and direction, and skips repeated rows of the file', () => {
    const existing: ExistingContact[] = [
      { id: 'm1', at: T0 + 30_000, direction: 'incoming', channel: 'call', phone: '+8617512345678', linked: false },
      { id: 'i1', at: T0 + 120_000, direction: 'incoming', channel: 'missed-call', phone: '+8617512345678', linked: true },
    ];
    const records = [
      call({}), // same minute as the manual entry m1 → merged
      call({ at: T0 + 120_000, callType: 3, duration: 0 }), // already imported → duplicate, nothing
      call({ at: T0 + 120_000, callType: 3, duration: 0 }), // the same row twice in the file
      call({ at: T0 + 120_000, direction: 'outgoing', callType: 2 }), // other direction → new
      call({ at: T0 + 60_000, number: '13800138000' }), // other number → new
    ];
    const plan = planImport({ ...base, records, existing, decisions: new Map([['+8617512345678', include]]) });
    expect(plan.merged).toBe(1);
    expect(plan.duplicates).toBe(2);
    expect(plan.duplicateRows.map((i) => i.params)).toEqual([{ record: records[2]!.position, first: records[1]!.position }]);
    expect(plan.contacts.map((c) => [c.person.phone, c.direction, c.channel, c.connected, c.lenderId])).toEqual([
      ['+8617512345678', 'outgoing', 'call', true, 'jdd'],
      ['+8613800138000', 'incoming', 'call', true, undefined],
    ]);
    expect(plan.patches).toEqual([{ id: 'm1', lenderId: 'jdd' }]);
    expect(plan.links.find((l) => l.contactId === 'm1')).toMatchObject({ position: records[0]!.position, callType: 1, duration: 30 });
  });

  it("maps the six Android call types to the log's channels and counts per lender per month", () => {
    const records = [1, 2, 3, 4, 5, 6].map((type) =>
      call({
        callType: type as 1,
        at: T0 + type * 3_600_000,
        direction: type === 2 ? 'outgoing' : 'incoming',
        duration: type <= 2 ? 10 : 0,
      }),
    );
    const plan = planImport({ ...base, records, existing: [], decisions: new Map([['+8617512345678', include]]) });
    expect(plan.contacts.map((c) => `${c.channel}/${c.connected}`)).toEqual([
      'call/true',
      'call/true',
      'missed-call/false',
      'missed-call/false',
      'missed-call/false',
      'missed-call/false',
    ]);
    expect(plan.months).toEqual([{ lender: 'jdd', month: '2026-11', calls: 6, sms: 0, duplicates: 0 }]);
    expect(plan.contacts.every((c) => c.tzOffsetMin === 480)).toBe(true);
  });

  it('leaves out numbers the user did not pick and sets only the flags the user confirmed', () => {
    const sms: ImportedRecord = {
      kind: 'sms',
      at: T0,
      number: '17098765432',
      name: '',
      direction: 'incoming',
      body: '明天上门',
      position: 99,
    };
    const mom = call({ number: '13912345678', name: '妈妈' });
    const decisions = new Map<string, GroupDecision>([['+8613912345678', { ...include, include: false }]]);
    const unconfirmed = planImport({ ...base, records: [sms, mom], existing: [], decisions });
    expect(unconfirmed.excluded).toBe(1);
    expect(unconfirmed.contacts).toHaveLength(1);
    expect(unconfirmed.contacts[0]!.flags).toEqual([]);
    const confirmed = planImport({ ...base, records: [sms], existing: [], decisions, flags: new Map([[99, ['visit']]]) });
    expect(confirmed.contacts[0]).toMatchObject({ channel: 'sms', summary: '明天上门', flags: ['visit'] });
  });
});

const contact = (at: number, over: Partial<Contact> = {}): Contact => ({
  id: `c${++n}`,
  at,
  channel: 'call',
  direction: 'incoming',
  connected: true,
  person: { name: '', staffId: '', phone: '+8617512345678', agency: '', party: 'unknown' },
  summary: '',
  flags: [],
  thirdParties: '',
  tzOffsetMin: 480,
  createdAt: at,
  updatedAt: at,
  ...over,
});
const cst = (h: number, m = 0) => Date.UTC(2026, 10, 3, h - 8, m);

describe('dayView', () => {
  const phones = ['+8617512345678', '+8617098765432', '95188'];
  const log = [
    ...Array.from({ length: 6 }, (_, i) =>
      contact(cst(9 + i), {
        person: { ...contact(0).person, phone: phones[i % 3]! },
        connected: i % 2 === 0,
        channel: i % 2 ? 'missed-call' : 'call',
      }),
    ),
    contact(cst(22, 10)),
    contact(cst(23, 59), { channel: 'missed-call', connected: false }),
    contact(cst(7, 30), { channel: 'missed-call', connected: false }),
    contact(cst(12), { channel: 'sms' }),
    contact(cst(13), { direction: 'outgoing' }),
    contact(Date.UTC(2026, 10, 3, 16, 30)), // 00:30 on 4 November in UTC+8
    contact(Date.UTC(2026, 10, 4, 2)),
  ];
  it("counts one local day's incoming calls, numbers, night calls and SMS on the contacts' own clock", () => {
    const v = dayView(log, '2026-11-03', [{ lenderId: 'jdd', negotiatedOn: '2026-11-01' }]);
    expect(v).toMatchObject({ calls: 9, connected: 4, unanswered: 5, numbers: 3, after22: 2, night: 3, sms: 1, afterAgreement: false });
    expect(v.perNumber[0]).toMatchObject({ phone: '+8617512345678', calls: 5 });
  });
  it('says whether the day is after an agreement with one of its lenders', () => {
    const withLender = log.map((c) => ({ ...c, lenderId: 'jdd' }));
    expect(dayView(withLender, '2026-11-03', [{ lenderId: 'jdd', negotiatedOn: '2026-11-01' }]).afterAgreement).toBe(true);
    expect(dayView(withLender, '2026-11-03', [{ lenderId: 'jdd', negotiatedOn: '2026-11-05' }]).afterAgreement).toBe(false);
  });
  it('puts the day in one sentence in each language, and finds the busiest days', () => {
    const v = dayView(log, '2026-11-03');
    expect(daySentence(v, (k, p) => translate('zh-CN', k, p))).toBe('11月3日：3 个号码来电 9 次，其中 2 次在 22:00 以后');
    expect(daySentence(v, (k, p) => translate('en', k, p))).toBe('3/11: 9 calls from 3 numbers, 2 after 22:00');
    expect(daySentence(dayView(log, '2026-11-04'), (k, p) => translate('zh-TW', k, p))).toBe('11月4日：1 個號碼來電 2 次');
    expect(busiestDays(log)[0]).toEqual({ date: '2026-11-03', calls: 9 });
  });
});
