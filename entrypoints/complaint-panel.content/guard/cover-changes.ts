/**
 * Which DOM changes can alter what is drawn over the panel, so that the cover
 * watch (cover.ts) checks again in the next frame. A check measures the panel
 * and hit-tests it at nine points; run for every change of a busy page (one
 * that restyles an element every frame), it was most of our main-thread time
 * there (docs/PERFORMANCE.md, "Fourth pass").
 *
 * What can paint over the panel is known by structure (guard/paint-over.ts):
 * the host is the last child of <html>, fixed, at the highest z-index, so
 * everything inside <body> is painted below it, whatever its own position,
 * z-index or size. Only these can change that, and each counts here:
 * - <html>, <head> and <body> themselves, and every child of <html> (a later
 *   sibling, <html>'s styles: filters, transforms, opacity);
 * - children added to or removed from <body> (where overlays and dialogs are
 *   usually put, often shown in the same task);
 * - `open` and `popover` anywhere (a modal dialog or a popover enters the top
 *   layer, which is drawn over everything);
 * - style sheets anywhere: an added or removed <style> or <link>, or the text of
 *   a <style> replaced (a rule can restyle <html> or draw its ::after).
 * Everything else (a list re-rendered deep in the page, a spinner restyled) is
 * left to the watch's timer, which checks every 400 ms in any case, and every
 * action is checked afresh at its click point (guard/index.ts). Changes made
 * without a mutation (showPopover(), fullscreen, CSSOM rules) were always the
 * timer's.
 */
const SHEETS = 'style, link';

function carriesSheets(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return el.matches(SHEETS) || el.querySelector(SHEETS) !== null;
}

function matters(r: MutationRecord, doc: Document): boolean {
  const t = r.target;
  // <html> itself, or any of its children: <head>, <body>, our hosts, and anything put after them.
  if (t === doc.documentElement || t.parentNode === doc.documentElement) return true;
  if (r.type === 'attributes') return r.attributeName === 'open' || r.attributeName === 'popover';
  if (r.type !== 'childList') return false;
  if (t.nodeName === 'STYLE') return true;
  for (const n of Array.from(r.addedNodes)) if (carriesSheets(n)) return true;
  for (const n of Array.from(r.removedNodes)) if (carriesSheets(n)) return true;
  return false;
}

/** True when any of these changes can alter what is drawn over the panel (see above). */
export function mayChangeCover(records: readonly MutationRecord[], doc: Document = document): boolean {
  return records.some((r) => matters(r, doc));
}
