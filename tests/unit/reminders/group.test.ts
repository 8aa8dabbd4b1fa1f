import { describe, expect, it } from 'vitest';
import { groupReminders } from '@/utils/domain/reminders/group';

const month = (ms: number) => new Date(ms).toISOString().slice(0, 7);
const item = (agreementId: string | undefined, date: string, done = false) => ({
  agreementId,
  reminder: { fireAt: Date.parse(`${date}T01:00:00Z`), done },
});

describe('grouped reminders (by agreement, then month)', () => {
  it('groups 36 reminders of two plans into agreements and months, soonest first, with open counts', () => {
    const items = [
      ...Array.from({ length: 18 }, (_, i) => item('A', `2027-${String(1 + Math.floor(i / 3)).padStart(2, '0')}-0${1 + (i % 3)}`, i < 3)),
      ...Array.from({ length: 18 }, (_, i) => item('B', `2027-${String(1 + Math.floor(i / 3)).padStart(2, '0')}-1${i % 3}`)),
      item(undefined, '2026-12-01'),
    ];
    const groups = groupReminders(items, month);
    expect(groups.map((g) => g.agreementId)).toEqual(['A', 'B', '']);
    expect(groups[0]!.months.map((m) => m.month)).toEqual(['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06']);
    expect(groups[0]!.months.every((m) => m.items.length === 3)).toBe(true);
    expect(groups[0]!.open).toBe(15);
    expect(groups[2]!.months).toEqual([{ month: '2026-12', items: [items[36]] }]);
  });
});
