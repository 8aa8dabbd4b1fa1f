import type { Actor, FramePoint } from '@/utils/sites/panel-messages';
import type { GuardVerdict } from './guard';

/**
 * The one question every action (insert, attach, and the frame's copy and
 * record) answers first: may this frame act on the page right now? Each
 * check returns a refusal reason or null. The form UI registers the cover
 * check and the click-jacking guard's verdict at the click point
 * (guard/index.ts); further guards plug in with addActGuard.
 */
export type Refusal = Extract<GuardVerdict, { ok: false }>['reason'];
type Check = (actor: Actor, point: FramePoint | undefined) => Refusal | null;
const checks: Check[] = [];

export function addActGuard(check: Check): () => void {
  checks.push(check);
  return () => void checks.splice(checks.indexOf(check), 1);
}

export function mayAct(actor: Actor, point?: FramePoint): Refusal | null {
  for (const c of checks) {
    const reason = c(actor, point);
    if (reason) return reason;
  }
  return null;
}
