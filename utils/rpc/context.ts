import type { NgDatabase } from '../db/schema';
import type { Caller } from './define';

/** Side effects a handler asks the background to run after its write commits. */
export type RpcEvent = 'reminders-changed' | 'sites-changed' | 'data-changed';

export interface RpcContext {
  db: NgDatabase;
  caller: Caller;
  /** URL of the page (content script) or extension page that called. */
  senderUrl?: string;
  tabId?: number;
  now: () => number;
  emit: (event: RpcEvent) => void;
}
