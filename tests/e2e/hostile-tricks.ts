// Sixteen ways a page tries to make the user click the complaint panel
// without seeing it (issue 19 item 1). Each is a script run in the page's own
// world after the panel is ready; every lure is drawn over the whole viewport.
// The first ten passed the old per-element cover check (only IOv2 in the
// frame stopped them in Chromium; Firefox has no IOv2).

const LURE = 'position:fixed;inset:0;z-index:2147483647;background:rgba(255,255,255,.97);pointer-events:none;font:40px sans-serif';
const lure = `(() => { const c = document.createElement('div'); c.textContent = 'Click here to win'; c.style.cssText = '${LURE}'; return c; })()`;

export const TRICKS: Record<string, string> = {
  'display: contents wrapper': `const w = document.createElement('div'); w.style.display = 'contents'; w.append(${lure}); document.documentElement.append(w);`,
  'zero-size parent with a visible child': `const p = document.createElement('div'); p.style.cssText = 'position:fixed;left:0;top:0;width:0;height:0;overflow:visible;z-index:2147483647;pointer-events:none'; p.append(${lure}); document.documentElement.append(p);`,
  'visibility: hidden parent with a visible child': `const p = document.createElement('div'); p.style.cssText = 'visibility:hidden;pointer-events:none'; const c = ${lure}; c.style.visibility = 'visible'; p.append(c); document.documentElement.append(p);`,
  '1×1 popover with a child': `const p = document.createElement('div'); p.popover = 'manual'; p.style.cssText = 'width:1px;height:1px;padding:0;border:0;overflow:visible;pointer-events:none;inset:auto;left:0;top:0'; p.append(${lure}); document.body.append(p); p.showPopover();`,
  'popover ::backdrop lure': `const s = document.createElement('style'); s.textContent = '#lure::backdrop { background: rgba(255,255,255,.97); pointer-events: none }'; document.head.append(s); const p = document.createElement('div'); p.id = 'lure'; p.popover = 'manual'; p.style.cssText = 'width:1px;height:1px;padding:0;border:0;pointer-events:none'; document.body.append(p); p.showPopover();`,
  'huge box-shadow': `const d = document.createElement('div'); d.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;z-index:2147483647;pointer-events:none;box-shadow:0 0 0 9999px rgba(255,255,255,.97)'; document.documentElement.append(d);`,
  'stacked brightness filters': `document.documentElement.style.filter = 'brightness(.7) brightness(.7) brightness(.7) brightness(.7)';`,
  'stacked contrast filters': `document.documentElement.style.filter = 'contrast(.7) contrast(.7) contrast(.7) contrast(.7)';`,
  'stacked blur filters': `document.documentElement.style.filter = 'blur(1px) blur(1px) blur(1px) blur(1px)';`,
  'transform: scale(.03)': `document.documentElement.style.transform = 'scale(.03)'; document.documentElement.style.transformOrigin = '100% 100%';`,
  // Caught before too; kept so the suite covers every trick.
  'see-through overlay (pointer-events: none)': `document.documentElement.append(${lure});`,
  'overlay that takes clicks': `const c = ${lure}; c.style.pointerEvents = 'auto'; document.documentElement.append(c);`,
  'transparent page (opacity)': `document.documentElement.style.opacity = '0.05';`,
  'clip-path on the page': `document.documentElement.style.clipPath = 'inset(0 0 100% 0)';`,
  'modal dialog': `const d = document.createElement('dialog'); d.style.cssText = 'width:100vw;height:100vh;max-width:none;max-height:none;pointer-events:none'; d.textContent = 'Click here to win'; document.body.append(d); d.showModal();`,
  '<html>::after overlay': `const s = document.createElement('style'); s.textContent = 'html::after { content: "Click here to win"; ${LURE} }'; document.head.append(s);`,
};

/** Makes Intersection Observer v2 report nothing in the panel frame, as in a browser without it (Firefox). */
export const IOV2_OFF = `Object.defineProperty(IntersectionObserverEntry.prototype, 'isVisible', { configurable: true, get: () => undefined });`;
