import { describe, expect, it } from 'vitest';
import { reminderText } from '@/utils/domain/reminders/message';
import type { Reminder } from '@/utils/model/records';

const reminder: Reminder = {
  id: 'r1',
  key: 'installment-due:i1:1',
  kind: 'installment-due',
  targetType: 'installment',
  targetId: 'i1',
  fireAt: Date.UTC(2026, 11, 1),
  text: '',
  done: false,
  createdAt: Date.UTC(2026, 10, 1),
};
const subject = { lenderName: 'Bank', installment: { seq: 2, dueDate: '2026-12-01', amountFen: 123456 } };

describe('reminder text', () => {
  it('shows the amount in the currency the user chose', () => {
    expect(reminderText(reminder, subject, 'en').message).toContain('¥1,234.56');
    expect(reminderText(reminder, subject, 'zh-TW', 'TWD').message).toContain('NT$');
    expect(reminderText(reminder, subject, 'en', 'HKD').message).toContain('HK$');
  });
});
