import { fitsEngine, HEADER_BYTES, readImageHeader } from '../domain/ocr/image-header';
import { ocrError } from './errors';

/**
 * Screens narrower than this are scaled up before reading: a 750 px wide
 * phone screenshot draws 12–13 px (CSS) stamps and call details only 24–26
 * device pixels tall, below the glyph size tesseract's LSTM reads best; at
 * 1080 px the same text is ~36 px and reads better (bench: docs/PERFORMANCE.md).
 */
export const UPSCALE_BELOW_WIDTH = 1000;

/**
 * Checks an evidence image and turns it into what the engine reads best: grey,
 * dark text on a light background (dark-mode screenshots are inverted), small
 * screens scaled up by `scale`. The size is checked from the header first, so
 * a huge image is refused before it is decoded; decoding itself
 * (createImageBitmap) runs off the main thread. `width`/`height` are the
 * original image's; `scale` is what the prepared image was scaled by.
 */
export async function prepareImage(
  blob: Blob,
  opts: { upscale?: number } = {},
): Promise<{ image: Blob; width: number; height: number; scale: number }> {
  const head = readImageHeader(new Uint8Array(await blob.slice(0, HEADER_BYTES).arrayBuffer()));
  if (!head.ok) throw ocrError(head.problem);
  if (!fitsEngine(head.width, head.height)) throw ocrError('too-large', '', { width: head.width, height: head.height });
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch (err) {
    throw ocrError('corrupt', String(err));
  }
  try {
    const { width, height } = bitmap;
    const probe = new OffscreenCanvas(16, 16).getContext('2d', { willReadFrequently: true })!;
    probe.drawImage(bitmap, 0, 0, 16, 16);
    const px = probe.getImageData(0, 0, 16, 16).data;
    let sum = 0;
    for (let i = 0; i < px.length; i += 4) sum += 0.299 * px[i]! + 0.587 * px[i + 1]! + 0.114 * px[i + 2]!;
    const dark = sum / (px.length / 4) < 110;
    const scale = width < UPSCALE_BELOW_WIDTH ? (opts.upscale ?? 1.5) : 1;
    const canvas = new OffscreenCanvas(Math.round(width * scale), Math.round(height * scale));
    const ctx = canvas.getContext('2d')!;
    ctx.imageSmoothingQuality = 'high';
    ctx.filter = dark ? 'grayscale(1) invert(1)' : 'grayscale(1)';
    ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return { image: await canvas.convertToBlob({ type: 'image/png' }), width, height, scale };
  } finally {
    bitmap.close();
  }
}
