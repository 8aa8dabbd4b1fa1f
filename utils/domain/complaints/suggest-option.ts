/**
 * Which option of a select, radio group or checkbox group fits the user's
 * records, e.g. "暴力催收" when the log holds threats, "征信" when it holds a
 * credit-report dispute. Only a suggestion: the user selects it with a click.
 */
export interface OptionSignals {
  /** The user has logged contacts from the lender or its collectors. */
  collection: boolean;
  /** Threats, abuse, contacting third parties, impersonation, night calls. */
  aggressive: boolean;
  /** A credit-report (征信) problem is recorded. */
  creditReport: boolean;
  /** An agreement is recorded (negotiated repayment). */
  agreement: boolean;
}

const WORDS: { words: string[]; when: (s: OptionSignals) => boolean; weight: number }[] = [
  {
    words: ['暴力催收', '骚扰', '騷擾', '威胁', '威脅', '恐吓', '恐嚇', 'harass', 'threat', 'abusive'],
    when: (s) => s.aggressive,
    weight: 4,
  },
  { words: ['征信', '徵信', '信用报告', '信用報告', 'credit report'], when: (s) => s.creditReport, weight: 4 },
  { words: ['协商', '協商', '还款', '還款', '分期', 'repayment', 'negotiat'], when: (s) => s.agreement, weight: 2 },
  { words: ['催收', '催款', '讨债', '討債', 'collection', 'debt collect'], when: (s) => s.collection, weight: 3 },
  {
    words: ['贷款', '貸款', '借款', '信贷', '信貸', '网贷', '網貸', 'loan', 'credit'],
    when: (s) => s.collection || s.agreement,
    weight: 1,
  },
];

/** Indexes of the best-fitting options, best first (at most three); empty when nothing fits. */
export function suggestOptions(options: readonly string[], signals: OptionSignals): number[] {
  const scored = options.map((label, index) => {
    const l = label.toLowerCase();
    const score = WORDS.filter((w) => w.when(signals) && w.words.some((x) => l.includes(x))).reduce((s, w) => s + w.weight, 0);
    return { index, score };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, 3)
    .map((s) => s.index);
}
