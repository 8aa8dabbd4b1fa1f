import type { Actor } from '@/utils/sites/panel-messages';

/**
 * The one question every action (insert, attach, and the frame's copy and
 * record) answers first: may this frame act on the page right now? Each
 * check returns a refusal reason or null. The cover check is registered by
 * the entry; further guards (click-jacking, focus theft) plug in with addActGuard.
 */
type Check = (actor: Actor) => 'covered' | null;
const checks: Check[] = [];

export function addActGuard(check: Check): () => void {
  checks.push(check);
  return () => void checks.splice(checks.indexOf(check), 1);
}

export function mayAct(actor: Actor): 'covered' | null {
  for (const c of checks) {
    const reason = c(actor);
    if (reason) return reason;
  }
  return null;
}
