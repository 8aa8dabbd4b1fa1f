import type { OcrText } from '../model/ocr-text';
import type { Evidence } from '../model/records';
import { MAX_SHORT } from '../model/fields';
import { rpc } from '../rpc/client';
import type { OcrProgress, OcrScript } from './engine';

/**
 * Reads one evidence image and stores its text beside it. The engine module
 * (tesseract.js and its worker) is imported here, on first use, so no page
 * loads it before the user reads an image. Nothing is stored unless the whole
 * reading succeeded.
 */
export async function readAndSave(
  item: Evidence,
  script: OcrScript,
  opts: { signal?: AbortSignal; onProgress?: (p: OcrProgress) => void } = {},
): Promise<OcrText> {
  const { readImage } = await import('./engine');
  const r = await readImage(item.blob, script, opts);
  const lines = r.page.lines.map((l) => ({
    text: l.text.slice(0, MAX_SHORT),
    x0: Math.round(l.box!.x0),
    y0: Math.round(l.box!.y0),
    x1: Math.round(l.box!.x1),
    y1: Math.round(l.box!.y1),
  }));
  return rpc('ocr.saveMachineText', {
    id: item.id,
    text: r.text.slice(0, 20_000),
    langs: r.langs,
    confidence: r.confidence,
    lines,
    width: r.page.width,
  });
}

/** The script most of the user's screenshots are in, from the interface language. */
export function defaultScript(locale: string): OcrScript {
  return locale === 'zh-TW' ? 'traditional' : 'simplified';
}
