import type { Contact } from '@/utils/model/records';
import { toDateTimeLocal } from '@/utils/domain/datetime-local';
import type { Draft } from '@/entrypoints/popup/quick-log/draft';

/** A stored contact as the editable form state shared with the popup. */
export function contactToDraft(c: Contact): Draft {
  return {
    at: toDateTimeLocal(c.at),
    lenderId: c.lenderId ?? '',
    channel: c.channel,
    direction: c.direction,
    party: c.person.party,
    name: c.person.name,
    staffId: c.person.staffId,
    phone: c.person.phone,
    agency: c.person.agency,
    summary: c.summary,
    flags: [...c.flags],
    thirdParties: c.thirdParties,
    connected: c.connected,
  };
}
