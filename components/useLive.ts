import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

// How many live queries on this page have not answered yet. While any has
// not, the root element carries `data-ng-loading`: "the view shows what it
// read" becomes a real signal (tests and the benchmark wait for it instead
// of a fixed pause). Extension pages only: a web page cannot read their DOM.
let pending = 0;
let clearing: ReturnType<typeof setTimeout> | undefined;

function settle(delta: number): void {
  pending += delta;
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  if (pending > 0) {
    clearTimeout(clearing);
    clearing = undefined;
    root.setAttribute('data-ng-loading', '');
    return;
  }
  // An answer re-renders in a microtask, and the views it mounts subscribe in
  // their layout effects: clear the mark after that, not before.
  clearing ??= setTimeout(() => {
    clearing = undefined;
    if (pending === 0) root.removeAttribute('data-ng-loading');
  }, 0);
}

/**
 * Subscribes an extension page to a Dexie query: re-runs when any context
 * (background, popup, another tab) changes the tables it read. Reads only:
 * writes go through the RPC so the rules live in one place.
 */
export function useLive<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  // A layout effect subscribes right after the render, not after the next
  // paint (Preact defers useEffect to a frame): the read starts ~16 ms sooner
  // on every view that opens with data. Subscribing is cheap and synchronous;
  // the query itself runs asynchronously.
  useLayoutEffect(() => {
    let waiting = true;
    const answered = () => {
      if (waiting) settle(-1);
      waiting = false;
    };
    settle(1);
    const sub = liveQuery(query).subscribe({
      next: (v) => {
        setValue(v);
        answered();
      },
      error: (e) => {
        console.error(e);
        answered();
      },
    });
    return () => {
      answered();
      sub.unsubscribe();
    };
  // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberate: the caller names what its query reads (the hook's contract), like useMemo's deps
  }, deps);
  return value;
}
