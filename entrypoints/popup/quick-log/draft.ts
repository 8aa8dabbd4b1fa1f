import { browser } from 'wxt/browser';
import type { ContactFlag, Contact } from '@/utils/model/records';
import { newId } from '@/utils/model/ids';

/** What the quick-log form holds; kept in session storage so closing the popup loses nothing. */
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

export const DRAFT_KEY = 'ng.quickLogDraft';

export function emptyDraft(at: string, lenderId = ''): Draft {
  return {
    at,
    lenderId,
    channel: 'call',
    direction: 'incoming',
    party: 'unknown',
    name: '',
    staffId: '',
    phone: '',
    agency: '',
    summary: '',
    flags: [],
    thirdParties: '',
    connected: true,
    requestKey: newId(),
  };
}

// storage.session is memory-only (cleared when the browser quits): the draft
// may hold what a collector said, so it is not written to disk.
const area = () => browser.storage.session ?? browser.storage.local;

export async function loadDraft(): Promise<Partial<Draft> | undefined> {
  const v = (await area().get(DRAFT_KEY))[DRAFT_KEY];
  return v && typeof v === 'object' ? (v as Partial<Draft>) : undefined;
}

export async function saveDraft(d: Draft | null): Promise<void> {
  if (d === null) await area().remove(DRAFT_KEY);
  else await area().set({ [DRAFT_KEY]: d });
}

/** The draft as the RPC input of contacts.add. */
export function draftToInput(d: Draft, at: number) {
  return {
    at,
    ...(d.lenderId ? { lenderId: d.lenderId } : {}),
    channel: d.channel,
    direction: d.direction,
    connected: d.channel === 'call' ? d.connected : d.channel !== 'missed-call',
    person: { name: d.name, staffId: d.staffId, phone: d.phone, agency: d.agency, party: d.party },
    summary: d.summary,
    flags: d.flags,
    thirdParties: d.flags.includes('third-party') ? d.thirdParties : '',
  };
}

/** The input of contacts.add: the draft plus its idempotency key (an update sends none). */
export function draftToAddInput(d: Draft, at: number) {
  return { ...draftToInput(d, at), ...(d.requestKey ? { requestKey: d.requestKey } : {}) };
}
