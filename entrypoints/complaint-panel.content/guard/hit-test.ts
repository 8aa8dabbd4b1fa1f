import type { FramePoint } from '@/utils/sites/panel-messages';

export type HitResult = 'ok' | 'covered' | 'unsure';

/**
 * A fresh hit test at the moment of an action: the click point and five
 * points of the button, mapped from the frame into the page, must hit our
 * host in the document AND our iframe inside our own (closed) shadow root.
 * The composed tree is walked this way because the document only sees our
 * host (and a page's shadow host for anything inside a page shadow root).
 * When the frame is rotated or skewed the mapping is unreliable: 'unsure'.
 */
export function hitTest(host: Element, shadow: ShadowRoot, frame: HTMLIFrameElement, p: FramePoint): HitResult {
  const box = frame.getBoundingClientRect();
  if (!frame.offsetWidth || !frame.offsetHeight) return 'covered';
  const sx = box.width / frame.offsetWidth;
  const sy = box.height / frame.offsetHeight;
  if (!Number.isFinite(sx) || !Number.isFinite(sy) || Math.abs(sx - sy) > 0.02) return 'unsure';
  const points: Array<[number, number]> = [];
  if (p.x > 0 || p.y > 0) points.push([p.x, p.y]); // (0, 0) is a keyboard activation: no pointer
  if (p.rect) {
    const { left, top, width, height } = p.rect;
    for (const [fx, fy] of [
      [0.5, 0.5],
      [0.1, 0.2],
      [0.9, 0.2],
      [0.1, 0.8],
      [0.9, 0.8],
    ] as const)
      points.push([left + width * fx, top + height * fy]);
  }
  if (points.length === 0) return 'unsure';
  for (const [x, y] of points) {
    const px = box.left + x * sx;
    const py = box.top + y * sy;
    if (px < 0 || py < 0 || px >= innerWidth || py >= innerHeight) return 'covered';
    if (document.elementsFromPoint(px, py)[0] !== host) return 'covered';
    if (shadow.elementsFromPoint(px, py)[0] !== frame) return 'covered';
  }
  return 'ok';
}
