import { useCallback, useState } from 'preact/hooks';

/**
 * Counts the outcomes of the panel's actions on the frame's root element.
 * Two clicks refused for the same reason show the same words; the counter
 * tells a fresh outcome from the last one, so a caller (the e2e tests) can
 * click again only once it knows the previous click was answered.
 */
export function noteOutcome(): void {
  const root = document.documentElement;
  root.dataset.outcomes = String(Number(root.dataset.outcomes ?? '0') + 1);
}

/** A card's status line: the last outcome of its action, in words. */
export function useStatus(): [string, (text: string) => void] {
  const [status, setStatus] = useState('');
  const report = useCallback((text: string) => {
    setStatus(text);
    noteOutcome();
  }, []);
  return [status, report];
}
