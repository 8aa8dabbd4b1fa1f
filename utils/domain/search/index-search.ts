import type { Lender } from '../../model/records';
import type { ContactIndexEntry } from './index-entry';
import type { ContactFilter } from './filter-contacts';
import { lenderSearchText } from './filter-contacts';
import { normalizeForSearch } from './normalize';
import { queryTerms } from './search-contacts';

// Normalising is the costly part (NFKC, separators, the traditional →
// simplified fold: ~5 µs per contact). It is done once per index, in pieces
// of PIECE entries joined by U+0001 (no query term contains it, nor U+0000,
// the field separator), so a search is a few native indexOf scans over a few
// long strings instead of one substring test per contact.
const PIECE = 2_000;
const ENTRY_SEP = '\u0001';

interface Piece {
  text: string;
  /** Where each entry of the piece starts in `text`, and one past the last. */
  starts: Int32Array;
}

const prepared = new WeakMap<readonly ContactIndexEntry[], Piece[]>();

function pieceOf(entries: readonly ContactIndexEntry[], k: number): Piece {
  let pieces = prepared.get(entries);
  if (!pieces) prepared.set(entries, (pieces = []));
  let piece = pieces[k];
  if (!piece) {
    const slice = entries.slice(k * PIECE, (k + 1) * PIECE);
    const text = normalizeForSearch(slice.map((e) => e.text).join(ENTRY_SEP));
    const starts = new Int32Array(slice.length + 1);
    for (let i = 1, at = 0; i < slice.length; i++) starts[i] = at = text.indexOf(ENTRY_SEP, at) + 1;
    starts[slice.length] = text.length + 1;
    piece = pieces[k] = { text, starts };
  }
  return piece;
}

/** Marks in `hit` the entries whose normalised text contains `term`. */
function scan(entries: readonly ContactIndexEntry[], term: string, hit: Uint8Array): void {
  for (let k = 0; k * PIECE < entries.length; k++) {
    const { text, starts } = pieceOf(entries, k);
    let from = 0;
    for (;;) {
      const at = text.indexOf(term, from);
      if (at === -1) break;
      // The entry holding `at`: the last start at or before it.
      let lo = 0;
      let hi = starts.length - 2;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      hit[k * PIECE + lo] = 1;
      from = starts[lo + 1]!;
    }
  }
}

/**
 * The ids of the entries matching the filter, in the entries' order: the
 * same semantics as filterContacts (cheap filters, and every query term as a
 * substring of the contact's text or of its lender's names).
 */
export function searchIndex(
  entries: readonly ContactIndexEntry[],
  f: ContactFilter,
  lenders: readonly Pick<Lender, 'id' | 'name' | 'catalogId'>[] = [],
): string[] {
  const terms = f.query ? queryTerms(f.query) : [];
  let all: Uint8Array | undefined;
  if (terms.length) {
    const names = lenderSearchText(lenders);
    for (const term of terms) {
      const hit = new Uint8Array(entries.length);
      scan(entries, term, hit);
      // A term may match the contact's lender instead of its text.
      const byName = new Set([...names].filter(([, text]) => text.includes(term)).map(([id]) => id));
      if (byName.size) for (let i = 0; i < entries.length; i++) if (byName.has(entries[i]!.lenderId)) hit[i] = 1;
      if (all) for (let i = 0; i < hit.length; i++) all[i]! &= hit[i]!;
      else all = hit;
    }
  }
  const out: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (all && !all[i]) continue;
    if (f.lenderId && e.lenderId !== f.lenderId) continue;
    if (f.agreementId && e.agreementId !== f.agreementId) continue;
    if (f.channel && e.channel !== f.channel) continue;
    if (f.flag && !e.flags.includes(f.flag)) continue;
    if (f.from && e.date < f.from) continue;
    if (f.to && e.date > f.to) continue;
    out.push(e.id);
  }
  return out;
}

/**
 * Prepares pieces from `start` (an entry position) while `more()` says there
 * is time; returns where to continue. Run in idle time after the index
 * loads, so the first keystroke only scans.
 */
export function warmIndex(entries: readonly ContactIndexEntry[], start: number, more: () => boolean): number {
  let k = Math.ceil(start / PIECE);
  while (k * PIECE < entries.length) {
    pieceOf(entries, k++);
    if (!more()) break;
  }
  return Math.min(entries.length, k * PIECE);
}
