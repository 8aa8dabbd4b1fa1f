/**
 * Click-jacking guard: is the panel really visible, on top, and not made
 * see-through by the page? The page can do that in a few ways, each checked:
 * - styles on the host or its ancestors (<html>, or <body> if the page moved
 *   the host there): opacity, filter, clip-path, mask, blend mode, visibility;
 * - an element on top of the panel that takes clicks (elementFromPoint at a
 *   grid of points over the host must give the host itself);
 * - an element on top that lets clicks through (pointer-events: none, which
 *   hit testing cannot see): with the host last in <html> at the highest
 *   z-index, only elements after it in <html>, <html>'s ::after, or the top
 *   layer (modal dialogs, popovers, fullscreen) can paint over it.
 * Intersection Observer v2 would answer this in the frame, but headless
 * Chromium does not report overlays through it, and Firefox has none: what
 * can paint over the panel is judged by structure (guard/paint-over.ts), the
 * filters together (guard/filters.ts), and each action is hit-tested afresh
 * at its click point (guard/hit-test.ts, guard/index.ts).
 */
import { judgeFilters, type FilterVerdict } from './guard/filters';
import { MIN_PANEL, paintsOver } from './guard/paint-over';
import { mayChangeCover } from './guard/cover-changes';

const GRID = [0.04, 0.5, 0.96];

function seeThrough(el: Element): boolean {
  const cs = getComputedStyle(el);
  return (
    Number(cs.opacity) < 1 || cs.clipPath !== 'none' || (cs.maskImage !== '' && cs.maskImage !== 'none') || cs.mixBlendMode !== 'normal'
  );
}

/** The filters on the host and <html>, judged together (guard/filters.ts). */
export function panelFilters(host: HTMLElement): FilterVerdict {
  return judgeFilters([getComputedStyle(host).filter, getComputedStyle(document.documentElement).filter]);
}

/** The reason the panel cannot be trusted to be seen right now, or null when it is fully visible and on top. */
export function coverReason(host: HTMLElement): string | null {
  if (host.parentNode !== document.documentElement) return 'moved';
  const r = host.getBoundingClientRect();
  if (
    r.width < MIN_PANEL.width ||
    r.height < MIN_PANEL.height ||
    r.bottom <= 0 ||
    r.right <= 0 ||
    r.top >= innerHeight ||
    r.left >= innerWidth
  )
    return 'offscreen';
  if (getComputedStyle(host).visibility !== 'visible') return 'style';
  for (let el: Element | null = host; el; el = el.parentElement) if (seeThrough(el)) return 'style';
  if (panelFilters(host) === 'hiding') return 'style';
  for (const fx of GRID) {
    for (const fy of GRID) {
      const x = Math.min(innerWidth - 1, Math.max(0, r.left + r.width * fx));
      const y = Math.min(innerHeight - 1, Math.max(0, r.top + r.height * fy));
      if (document.elementFromPoint(x, y) !== host) return 'overlay';
    }
  }
  return paintsOver(host);
}

const INTERVAL_MS = 400;

/**
 * Checks while the panel is open: on every DOM or style change that can alter
 * what is drawn over it (at most once a frame) and on a timer (style sheets
 * can change without a mutation).
 * Calls onChange with the new state only when it changes.
 */
export function watchCover(
  host: HTMLElement,
  onChange: (covered: boolean) => void,
  onCheck?: (rect: DOMRect, clear: boolean) => void,
): { covered(): boolean; stop(): void } {
  let covered: boolean | undefined;
  let queued = false;
  const check = () => {
    queued = false;
    const now = coverReason(host) !== null;
    onCheck?.(host.getBoundingClientRect(), !now);
    if (now !== covered) {
      covered = now;
      onChange(now);
    }
    return now;
  };
  const soon = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(check);
  };
  // Only for changes that can alter what is drawn over the panel (guard/cover-changes.ts); the timer checks anyway.
  const obs = new MutationObserver((records) => mayChangeCover(records) && soon());
  obs.observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['style', 'class', 'hidden', 'open', 'popover'],
  });
  const timer = setInterval(check, INTERVAL_MS);
  addEventListener('scroll', soon, { passive: true, capture: true });
  addEventListener('resize', soon, { passive: true });
  // The first check waits for the next frame: the host has only just been attached, and measuring it now
  // would force a layout of the page that the browser's own rendering of that frame then does again.
  // covered() measures afresh, so nothing can act on the panel before a check has run.
  soon();
  return {
    // Checked again at the moment of an action, not taken from the last tick.
    covered: check,
    stop: () => {
      obs.disconnect();
      clearInterval(timer);
      removeEventListener('scroll', soon, { capture: true });
      removeEventListener('resize', soon);
    },
  };
}
