/**
 * What the user saw at the last visit of the overview: the per-rule finding
 * counts, so "new since your last visit" can be told. Kept in the dashboard
 * page's localStorage (it is a view marker, not a record; delete-all clears it).
 */
export const SEEN_KEY = 'ng.home.seenFindings';

export function readSeen(): Record<string, number> | undefined {
  try {
    const raw = localStorage.getItem(SEEN_KEY);
    const v: unknown = raw ? JSON.parse(raw) : undefined;
    if (!v || typeof v !== 'object') return undefined;
    return Object.fromEntries(Object.entries(v).filter((e): e is [string, number] => typeof e[1] === 'number'));
  } catch {
    return undefined;
  }
}

export function writeSeen(counts: Record<string, number>): void {
  try {
    localStorage.setItem(SEEN_KEY, JSON.stringify(counts));
  } catch {
    // Storage full or disabled: the overview then shows all findings as new, which is safe.
  }
}
