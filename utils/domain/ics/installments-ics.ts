import { createEvents, type EventAttributes } from 'ics';
import { parseIso, addDays } from '../plan/iso-date';
import { refoldIcs } from './fold';

export interface IcsInstallment {
  id: string;
  seq: number;
  dueDate: string;
  amountFen: number;
  paid: boolean;
}

export interface IcsTexts {
  /** Event title for one instalment, already in the user's language. */
  title: (i: IcsInstallment) => string;
  description: (i: IcsInstallment) => string;
  /** Alarm text shown by the phone the day before. */
  alarm: string;
  calendarName: string;
}

/**
 * An .ics calendar of a plan's instalments: one all-day event per instalment
 * with a reminder at 09:00 the day before. UIDs are stable (the instalment id),
 * so re-importing updates events instead of doubling them.
 */
export function buildInstallmentsIcs(installments: readonly IcsInstallment[], texts: IcsTexts): string {
  const events: EventAttributes[] = installments.map((i) => {
    const d = parseIso(i.dueDate);
    const e = parseIso(addDays(i.dueDate, 1));
    return {
      uid: `${i.id}@negotiation-guard`,
      title: texts.title(i),
      description: texts.description(i),
      start: [d.y, d.m, d.d],
      end: [e.y, e.m, e.d],
      productId: 'negotiation-guard',
      calName: texts.calendarName,
      status: 'CONFIRMED',
      alarms: i.paid ? [] : [{ action: 'display', description: texts.alarm, trigger: { hours: 15, before: true } }],
    };
  });
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('calendar export failed');
  return refoldIcs(value);
}
