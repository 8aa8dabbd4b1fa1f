import type { Contact } from '../../model/records';
import { fill } from './fill';
import { isNightHour, wallClocks, type WallClock } from '../time/wall-clock';
import { makeFinding } from './make-finding';
import { FLAG_RULES, nightContact, thirdPartyContacted } from './rules';
import type { Finding } from './types';

/** Letters carry no meaningful time of day, so they cannot break the night rule. */
const TIMELESS_CHANNELS = new Set<Contact['channel']>(['letter']);

/** Night contact (incoming only) and one finding per flag ticked on a contact. */
export function detectPerContact(contacts: readonly Contact[], clocks: readonly WallClock[] = wallClocks(contacts)): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < contacts.length; i++) {
    const c = contacts[i]!;
    const clock = clocks[i]!;
    if (c.direction === 'incoming' && !TIMELESS_CHANNELS.has(c.channel) && isNightHour(clock.hour)) {
      out.push(makeFinding(nightContact, c.id, [c], fill(nightContact.explain, { ...clock })));
    }
    if (c.flags.length === 0 && c.channel !== 'visit') continue;
    // A visit channel is a visit even if the flag was not ticked.
    const flags = new Set(c.flags);
    if (c.channel === 'visit') flags.add('visit');
    for (const flag of flags) {
      const rule = FLAG_RULES[flag];
      const who = rule === thirdPartyContacted ? c.thirdParties.trim() || thirdPartyContacted.words!.unknownWho! : '';
      out.push(makeFinding(rule, c.id, [c], fill(rule.explain, { ...clock, who })));
    }
  }
  return out;
}
