import { useEffect, useRef } from 'preact/hooks';

/**
 * A second opinion on whether the panel is really visible: Intersection
 * Observer v2 reports false when the page makes the iframe transparent,
 * filters it or covers it. Browsers without v2 report undefined and clicks are
 * allowed (the content script's check in cover-state.ts still applies).
 * In headless Chromium v2 keeps reporting false after an overlay is removed,
 * so the observer is restarted whenever `clearedAt` changes (the content
 * script has just confirmed the panel is visible): a restarted observer
 * reports the current state afresh.
 */
export function useVisibility(clearedAt: number): () => boolean {
  const visible = useRef(true);
  useEffect(() => {
    if (window.top === window) return; // its own window: nothing can cover it
    visible.current = true;
    const io = new IntersectionObserver(
      (entries) => {
        const e = entries[entries.length - 1] as IntersectionObserverEntry & { isVisible?: boolean };
        if (e && typeof e.isVisible === 'boolean') visible.current = e.isVisible;
      },
      { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    io.observe(document.body);
    return () => io.disconnect();
  }, [clearedAt]);
  return () => visible.current;
}
