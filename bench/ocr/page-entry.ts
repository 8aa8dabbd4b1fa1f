import { readImage, stopEngine, type OcrScript, type ReadTuning } from '../../utils/ocr/engine';

// Bench-only: bundled by bench/ocr/run.ts and evaluated in the dashboard page
// (the extension's origin), so the engine loads exactly as in the product:
// worker, core and trained data from the extension's own files.

async function read(base64: string, script: OcrScript, tuning?: Partial<ReadTuning>) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const t0 = performance.now();
  const r = await readImage(new Blob([bytes], { type: 'image/png' }), script, tuning ? { tuning } : {});
  return { ms: performance.now() - t0, text: r.text, width: r.page.width, lines: r.page.lines, confidence: r.confidence };
}

(globalThis as unknown as { __ngOcr: unknown }).__ngOcr = { read, stop: stopEngine };
