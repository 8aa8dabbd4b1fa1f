import { browser, type Browser } from 'wxt/browser';
import { getDb } from '../db/connection';
import { contract } from '../rpc/contract';
import { handlers } from '../rpc/handlers';
import { createRouter, type Handler } from '../rpc/router';
import { classifySender } from '../rpc/sender';
import { isRequest } from '../rpc/envelope';
import { isWake } from '../db/wake';
import { catchUp } from './change-watch';

const route = createRouter(contract, handlers as unknown as Record<string, Handler>);

/**
 * The runtime.onMessage listener. Returns undefined for messages that are not
 * ours so that other listeners may answer them; a Promise otherwise.
 */
export function handleRuntimeMessage(message: unknown, sender: Browser.runtime.MessageSender) {
  const caller = () => classifySender(sender, browser.runtime.id, browser.runtime.getURL('/'));
  // An extension page committed a write while the worker may have been asleep: compare the tokens (nothing to answer).
  if (isWake(message)) {
    if (caller() === 'page') void catchUp();
    return undefined;
  }
  if (!isRequest(message)) return undefined;
  return route(message, caller(), (c) => ({
    db: getDb(),
    caller: c,
    ...(sender.url ? { senderUrl: sender.url } : {}),
    ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}),
    now: () => Date.now(),
  }));
}
