import type { NumberBookEntry, NumberParty } from '../../model/import-records';
import type { Lender } from '../../model/records';
import { normalizeNumber, type NumberRegion } from '../phone/normalize';
import { suggestSource, type SourceSuggestion } from './suggest-source';
import type { ImportedRecord } from './types';

// The numbers of an import, most frequent first, with what their messages
// suggest and what the number book already says. The user decides per number
// whether it is imported and who it belongs to; the user's own contacts (a
// name from the phone's address book) stay out unless picked.

export interface NumberGroup {
  /** normalizeNumber(); '' for withheld callers. */
  number: string;
  /** The first spelling seen in the file. */
  raw: string;
  name: string;
  calls: number;
  connected: number;
  sms: number;
  samples: string[];
  suggestion: SourceSuggestion;
  book?: NumberBookEntry;
  /** In the phone's address book and not known as a lender or agency. */
  personal: boolean;
}

export interface GroupDecision {
  include: boolean;
  lenderId?: string;
  agency: string;
  party: NumberParty;
  /** Save to the number book with the import. */
  remember: boolean;
}

const MAX_SAMPLES = 3;

export function groupNumbers(
  records: readonly ImportedRecord[],
  region: NumberRegion,
  book: ReadonlyMap<string, NumberBookEntry>,
  lenders: readonly Pick<Lender, 'id' | 'name'>[],
): NumberGroup[] {
  const groups = new Map<string, NumberGroup>();
  for (const r of records) {
    const number = normalizeNumber(r.number, region);
    let g = groups.get(number);
    if (!g)
      groups.set(
        number,
        (g = { number, raw: r.number, name: r.name, calls: 0, connected: 0, sms: 0, samples: [], suggestion: {}, personal: false }),
      );
    if (!g.name && r.name) g.name = r.name;
    if (r.kind === 'call') {
      g.calls++;
      if (r.callType === 1 || (r.callType === 2 && (r.duration ?? 0) > 0)) g.connected++;
    } else {
      g.sms++;
      if (g.samples.length < MAX_SAMPLES && r.body && r.direction === 'incoming') g.samples.push(r.body.slice(0, 280));
    }
  }
  for (const g of groups.values()) {
    g.suggestion = suggestSource(g.samples, lenders);
    const entry = book.get(g.number);
    if (entry) g.book = entry;
    g.personal = entry ? entry.party === 'personal' : g.name !== '' && !g.suggestion.lenderName && !g.suggestion.agency;
  }
  return [...groups.values()].sort((a, b) => b.calls + b.sms - (a.calls + a.sms) || a.number.localeCompare(b.number));
}

/** What the import does with a number unless the user changes it. */
export function defaultDecision(g: NumberGroup): GroupDecision {
  if (g.book)
    return {
      include: g.book.party !== 'personal',
      ...(g.book.lenderId ? { lenderId: g.book.lenderId } : {}),
      agency: g.book.agency,
      party: g.book.party,
      remember: false,
    };
  const { lenderId, agency } = g.suggestion;
  return {
    include: !g.personal,
    ...(lenderId ? { lenderId } : {}),
    agency: agency ?? '',
    party: agency ? (/律师|律師/.test(agency) ? 'law-firm' : 'agency') : lenderId ? 'lender' : g.personal ? 'personal' : 'unknown',
    remember: false,
  };
}
