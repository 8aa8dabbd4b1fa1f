import type { ChannelKind } from '../../sites/types';

/** Complaints made to the lender itself: by phone or in its app ('lender'), or on a user-added lender site. */
export const LENDER_CHANNEL = 'lender';
export function isLenderChannel(channelId: string): boolean {
  return channelId === LENDER_CHANNEL || channelId === 'user-site' || channelId.startsWith('user-site:');
}

export type LadderStep = 'lender' | 'regulator' | 'mediation' | 'court';
export const LADDER: readonly LadderStep[] = ['lender', 'regulator', 'mediation', 'court'];

/** Where a channel of this kind sits on the ladder; public platforms run beside it. */
export function ladderStep(kind: ChannelKind): LadderStep | 'alongside' {
  switch (kind) {
    case 'lender':
      return 'lender';
    case 'regulator':
      return 'regulator';
    case 'mediation':
      return 'mediation';
    // 12321, NIFA and the consumer association are not regulators: beside the ladder, not a step on it.
    case 'industry-body':
    case 'public-platform':
      return 'alongside';
  }
}

/**
 * The next step after a complaint on this kind of channel: lender → regulator
 * → mediation → court. A public platform is not a step, so the next one is
 * still the regulator (the user should not stop at public pressure).
 */
export function nextStep(kind: ChannelKind): LadderStep | undefined {
  const step = ladderStep(kind);
  if (step === 'alongside') return 'regulator';
  const i = LADDER.indexOf(step);
  return LADDER[i + 1];
}
