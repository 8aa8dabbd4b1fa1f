import { browser } from 'wxt/browser';

// The engine's files inside the extension (copied there by scripts/ocr-assets.ts).
// Every path is set explicitly: tesseract.js would otherwise load its worker,
// core and trained data from a CDN.

const url = (path: string) => (browser.runtime.getURL as (p: string) => string)(`/tesseract/${path}`);

export function enginePaths() {
  return {
    workerPath: url('worker.min.js'),
    corePath: url('tesseract-core-simd-lstm.js'),
    langPath: url('lang'),
  };
}
