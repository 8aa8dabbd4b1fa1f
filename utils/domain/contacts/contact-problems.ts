/** A minute of clock skew between the phone and the computer is not "the future". */
export const FUTURE_TOLERANCE_MS = 60_000;

export interface FieldProblem {
  field: 'at' | 'summary';
  messageKey: 'contact.error.noTime' | 'contact.error.future' | 'contact.error.empty';
  message: string;
}

/**
 * The business checks of a contact, shared by the popup (to point at the field
 * before sending) and the repository (which refuses to write).
 */
export function contactProblems(
  c: { at: unknown; summary?: string; flags?: readonly string[]; channel?: string },
  now: number,
): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (typeof c.at !== 'number' || !Number.isFinite(c.at)) {
    out.push({ field: 'at', messageKey: 'contact.error.noTime', message: 'the contact has no time' });
  } else if (c.at > now + FUTURE_TOLERANCE_MS) {
    out.push({ field: 'at', messageKey: 'contact.error.future', message: 'the contact time is in the future' });
  }
  // A missed call is a fact in itself (time, number): nothing was said, so it needs no text.
  if (c.channel !== 'missed-call' && (c.summary ?? '').trim() === '' && (c.flags ?? []).length === 0) {
    out.push({ field: 'summary', messageKey: 'contact.error.empty', message: 'write what was said or tick what happened' });
  }
  return out;
}
