import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// The OCR engine's files, copied from node_modules into the extension (WXT's
// build:publicAssets hook in wxt.config.ts) so that they load from the
// extension's own URLs and nothing is fetched from a CDN. Only the SIMD +
// LSTM-only core is shipped (every browser we support has wasm SIMD), and the
// best_int trained data (about 1.7 MB each for Chinese).

const require = createRequire(import.meta.url);
const dirOf = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));

/** Where the files go inside the extension; utils/ocr/paths.ts builds the runtime URLs from it. */
export const OCR_DIR = 'tesseract';
export const OCR_LANGS = ['chi_sim', 'chi_tra', 'eng'] as const;

export function ocrAssetFiles(): { absoluteSrc: string; relativeDest: string }[] {
  const core = dirOf('tesseract.js-core');
  const files = [
    { absoluteSrc: join(dirOf('tesseract.js'), 'dist', 'worker.min.js'), relativeDest: `${OCR_DIR}/worker.min.js` },
    { absoluteSrc: join(core, 'tesseract-core-simd-lstm.js'), relativeDest: `${OCR_DIR}/tesseract-core-simd-lstm.js` },
    { absoluteSrc: join(core, 'tesseract-core-simd-lstm.wasm'), relativeDest: `${OCR_DIR}/tesseract-core-simd-lstm.wasm` },
  ];
  for (const lang of OCR_LANGS) {
    files.push({
      absoluteSrc: join(dirOf(`@tesseract.js-data/${lang}`), '4.0.0_best_int', `${lang}.traineddata.gz`),
      relativeDest: `${OCR_DIR}/lang/${lang}.traineddata.gz`,
    });
  }
  return files;
}
