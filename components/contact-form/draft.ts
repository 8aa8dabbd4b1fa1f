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
}
