import { useEffect, useRef } from 'preact/hooks';

/**
 * Whether the panel is really visible to the user: Intersection Observer v2
 * reports false when the page makes the iframe transparent, filters it or
 * covers it. Clicks made while hidden are ignored, so a page cannot trick the
 * user into pressing Insert or Record on a panel they cannot see.
 * Browsers without v2 report undefined and clicks are allowed.
 */
export function useVisibility(): () => boolean {
  const visible = useRef(true);
  useEffect(() => {
    if (window.top === window) return; // its own window: nothing can cover it
    const io = new IntersectionObserver(
      (entries) => {
        const e = entries[entries.length - 1] as IntersectionObserverEntry & { isVisible?: boolean };
        if (e && typeof e.isVisible === 'boolean') visible.current = e.isVisible;
      },
      { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    io.observe(document.body);
    return () => io.disconnect();
  }, []);
  return () => visible.current;
}
