import type { ContactFlag, Contact } from '@/utils/model/records';

/** What the quick-log form holds; kept in session storage by the popup so closing it loses nothing. */
export interface Draft {
  at: string;
  lenderId: string;
  channel: Contact['channel'];
  direction: Contact['direction'];
  party: Contact['person']['party'];
  name: string;
  staffId: string;
  phone: string;
  agency: string;
  summary: string;
  flags: ContactFlag[];
  thirdParties: string;
  connected: boolean;
  /**
   * The save's idempotency key, kept with the draft: if the background dies
   * after storing the contact and before answering, saving again returns that
   * contact instead of a duplicate. A new draft gets a new key.
   */
  requestKey?: string;
}
