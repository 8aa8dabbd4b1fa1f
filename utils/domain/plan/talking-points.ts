/** The points to raise on a negotiation call, in the order they are usually raised. */
export const TALKING_POINTS = ['hardship', 'proof', 'proposal', 'writing', 'agencies', 'who'] as const;
export type TalkingPoint = (typeof TALKING_POINTS)[number];

/**
 * Writes the answers noted during a call as one text ("point: answer" per
 * line), skipping points left empty, for a contact note or the agreement.
 */
export function compileAnswers(answers: Partial<Record<TalkingPoint, string>>, label: (p: TalkingPoint) => string): string {
  return TALKING_POINTS.filter((p) => answers[p]?.trim())
    .map((p) => `${label(p)}: ${answers[p]!.trim()}`)
    .join('\n');
}

/** Appends new call notes under earlier ones instead of overwriting them. */
export function appendNotes(previous: string, stamp: string, text: string): string {
  const block = `[${stamp}]\n${text}`;
  return previous.trim() ? `${previous.trimEnd()}\n\n${block}` : block;
}
