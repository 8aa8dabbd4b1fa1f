import { rpc } from './client';
import type { Contract, MethodName } from './contract';
import type { OutputOf, RawInputOf } from './define';

// A page's first requests, sent by the first module its bundle evaluates
// (entrypoints/<page>/first-reads.ts) instead of by main.tsx, which runs only
// after every module of the page has been evaluated (~5–8 ms for the
// dashboard's). The background answers while the rest of the page is still
// being set up, and the page takes the answer when it asks. This module and
// what it imports must stay small: whatever they import is evaluated before
// the request is sent.

const sent = new Map<MethodName, { input: string; answer: Promise<unknown> }>();

/** Sends a request now, for the page to take later with `takeEarly` (a repeated send replaces the first). */
export function sendEarly<K extends MethodName>(name: K, input: RawInputOf<Contract[K]>): void {
  const answer = rpc(name, input);
  // Whoever takes it sees a failure; one never taken (the user went elsewhere) is no unhandled rejection.
  answer.catch(() => undefined);
  sent.set(name, { input: JSON.stringify(input), answer });
}

/**
 * The answer to a request sent early with the same input, once; otherwise (not
 * sent, already taken, or sent with other input) the request is sent now. A
 * later call never gets an old answer: an early one is taken only once.
 */
export function takeEarly<K extends MethodName>(name: K, input: RawInputOf<Contract[K]>): Promise<OutputOf<Contract[K]>> {
  const early = sent.get(name);
  sent.delete(name);
  if (early && early.input === JSON.stringify(input)) return early.answer as Promise<OutputOf<Contract[K]>>;
  return rpc(name, input);
}
