import type { NgDatabase } from '../db/schema';
import type { Caller } from './define';

// Handlers announce nothing: every write moves the database's change tokens
// in its own transaction (utils/db/change-tokens.ts), and the background
// follows those (utils/background/change-watch.ts).
export interface RpcContext {
  db: NgDatabase;
  caller: Caller;
  /** URL of the page (content script) or extension page that called. */
  senderUrl?: string;
  tabId?: number;
  now: () => number;
}
