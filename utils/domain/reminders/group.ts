/** Reminders grouped by what they belong to (an agreement, or nothing) and then by month, soonest first. */
export interface ReminderGroup<T> {
  /** The agreement id, or '' for reminders of no agreement (backup, complaints). */
  agreementId: string;
  months: { month: string; items: T[] }[];
  /** Not done yet, over all months: shown in the group's heading. */
  open: number;
}

export function groupReminders<T extends { reminder: { fireAt: number; done: boolean }; agreementId: string | undefined }>(
  items: readonly T[],
  monthOf: (fireAt: number) => string,
): ReminderGroup<T>[] {
  const groups = new Map<string, ReminderGroup<T>>();
  for (const it of [...items].sort((a, b) => a.reminder.fireAt - b.reminder.fireAt)) {
    const key = it.agreementId ?? '';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { agreementId: key, months: [], open: 0 }));
    const month = monthOf(it.reminder.fireAt);
    let m = g.months[g.months.length - 1];
    if (!m || m.month !== month) g.months.push((m = { month, items: [] }));
    m.items.push(it);
    if (!it.reminder.done) g.open += 1;
  }
  // Agreements first (in order of their next reminder), then everything else.
  return [...groups.values()].sort((a, b) => Number(a.agreementId === '') - Number(b.agreementId === ''));
}
