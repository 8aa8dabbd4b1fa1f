/**
 * What can paint over the panel, judged by structure rather than by each
 * overlapping element's own box (which a `display: contents` wrapper, a
 * zero-size or hidden parent of a visible child, a huge box-shadow or a
 * transform defeat). The host is the last child of <html>, fixed, at the
 * highest z-index: everything in <body>, and <html>'s ::before, is painted
 * below it. Only three things can be drawn above it:
 * - a later child of <html> that renders at all (display is not none),
 * - <html>'s ::after with content,
 * - the top layer: a modal dialog, an open popover (with its ::backdrop), a
 *   fullscreen element — of any size, since a 1×1 popover's children and its
 *   backdrop paint outside its box.
 * Any of them makes the panel "covered" until it is gone.
 */
/** Hosts we created (host.ts shell): the anchors, the inline menu and the panel. */
export const OWN_HOSTS = new WeakSet<Element>();

export function paintsOver(host: Element): 'overlay' | null {
  for (let el = host.nextElementSibling; el; el = el.nextElementSibling) {
    // Our own hosts (anchors, inline menu) cannot be made see-through (host.ts); one lying over
    // the panel is still caught by the hit tests.
    if (OWN_HOSTS.has(el)) continue;
    if (getComputedStyle(el).display !== 'none') return 'overlay';
  }
  const after = getComputedStyle(document.documentElement, '::after');
  if (after.content !== 'none' && after.content !== 'normal' && after.content !== '') return 'overlay';
  if (topLayer().some((el) => el !== host)) return 'overlay';
  return null;
}

function topLayer(): Element[] {
  try {
    return Array.from(document.querySelectorAll(':modal, :popover-open, :fullscreen'));
  } catch {
    return Array.from(document.querySelectorAll('dialog[open]')); // an engine without these selectors
  }
}

/** Below this the panel cannot be read (e.g. <html> scaled by 0.03 leaves an 11-px panel). */
export const MIN_PANEL = { width: 200, height: 40 };
