import { browser, type Browser } from 'wxt/browser';
import { getDb } from '../db/connection';
import { contract } from '../rpc/contract';
import { handlers } from '../rpc/handlers';
import { createRouter, type Handler } from '../rpc/router';
import { classifySender } from '../rpc/sender';
import { isRequest } from '../rpc/envelope';
import type { RpcEvent } from '../rpc/context';

const route = createRouter(contract, handlers as unknown as Record<string, Handler>);

/** Background subsystems (alarms, context menus) subscribe here to react after writes. */
const eventSinks: Array<(e: RpcEvent) => void> = [];
export function onRpcEvent(sink: (e: RpcEvent) => void): () => void {
  eventSinks.push(sink);
  return () => {
    const i = eventSinks.indexOf(sink);
    if (i >= 0) eventSinks.splice(i, 1);
  };
}

/**
 * The runtime.onMessage listener. Returns undefined for messages that are not
 * ours so that other listeners may answer them; a Promise otherwise.
 */
export function handleRuntimeMessage(message: unknown, sender: Browser.runtime.MessageSender) {
  if (!isRequest(message)) return undefined;
  const caller = classifySender(sender, browser.runtime.id, browser.runtime.getURL('/'));
  return route(message, caller, (c) => ({
    db: getDb(),
    caller: c,
    ...(sender.url ? { senderUrl: sender.url } : {}),
    ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}),
    now: () => Date.now(),
    emit: (e) => {
      for (const sink of eventSinks) sink(e);
    },
  }));
}
