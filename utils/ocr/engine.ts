import { createWorker, OEM, PSM, type Bbox, type Line, type Worker } from 'tesseract.js';
import { barAt, isBarIcon, type Bar } from '../domain/ocr/bar-icons';
import { joinCjkSpaces } from '../domain/ocr/cjk-spaces';
import type { OcrPage } from '../domain/ocr/lines';
import { ocrError } from './errors';
import { enginePaths } from './paths';
import { prepareImage } from './prepare';

// The OCR engine, loaded by an extension page only when an image is first
// read (import('@/utils/ocr/engine')). Recognition runs in tesseract.js's Web
// Worker, off the page's thread; the worker, the wasm core and the trained
// data all come from the extension's own files (paths.ts).

export type OcrScript = 'simplified' | 'traditional' | 'english';
// One trained set per script: with eng added, tesseract read whole Chinese lines as
// Latin ("【信和金融】…" as "(EMER) SHER»"); the Chinese sets read digits and
// Latin words well enough (bench tuning set: 92.0 % → see docs/PERFORMANCE.md).
export const LANGS: Record<OcrScript, string> = { simplified: 'chi_sim', traditional: 'chi_tra', english: 'eng' };

export interface OcrProgress {
  phase: 'loading' | 'reading';
  /** 0–1 */
  progress: number;
}

export interface OcrResult {
  page: OcrPage & { width: number };
  text: string;
  langs: string;
  confidence: number;
}

/**
 * How an image is read. The defaults are what the benchmark's tuning set read
 * best with; the bench passes others to compare (never the product).
 */
export interface ReadTuning {
  /** Scale factor for screens narrower than UPSCALE_BELOW_WIDTH (1 = as they are). */
  upscale: number;
  /** Tesseract's page segmentation: phone screens are sparse blocks of lines. */
  psm: PSM;
  /** Extra tesseract parameters (bench comparisons only). */
  params: Record<string, string>;
  /** Trained data to read with instead of LANGS[script] (bench comparisons only). */
  langs?: string;
}
export const DEFAULT_TUNING: ReadTuning = { upscale: 1.5, psm: PSM.AUTO, params: {} };

/** Lines the engine is this unsure of are avatars, icons and bubble edges rather than text. */
const MIN_LINE_CONFIDENCE = 30;
/** A worker holds ~100 MB; let it go when nothing has been read for a while. */
const IDLE_MS = 90_000;

/**
 * A line's text without what is not text: an avatar beside a bubble is read
 * as one tall "word" (B, 圖) in the bubble's first line, so words much taller
 * than the line's median are dropped; in the status, title and input bars the
 * icons read as words are dropped (bar-icons.ts). The box shrinks to what is left.
 */
function lineText(l: Line, bar: Bar | null): { text: string; box: Bbox } {
  const all = l.words ?? [];
  const words = all.filter((w) => !(bar && isBarIcon(w.text, bar)));
  if (all.length < 2 && words.length === all.length) return { text: joinCjkSpaces(l.text.trim()), box: { ...l.bbox } };
  if (words.length === 0) return { text: '', box: { ...l.bbox } };
  const height = (w: { bbox: Bbox }) => w.bbox.y1 - w.bbox.y0;
  const median = [...words].map(height).sort((a, b) => a - b)[Math.floor(words.length / 2)]!;
  const kept = words.filter((w) => height(w) <= median * 1.6);
  const box = {
    x0: Math.min(...kept.map((w) => w.bbox.x0)),
    y0: Math.min(...kept.map((w) => w.bbox.y0)),
    x1: Math.max(...kept.map((w) => w.bbox.x1)),
    y1: Math.max(...kept.map((w) => w.bbox.y1)),
  };
  return {
    text: joinCjkSpaces(
      kept
        .map((w) => w.text)
        .join(' ')
        .trim(),
    ),
    box,
  };
}

let current: { langs: string; worker: Promise<Worker> } | undefined;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let onProgress: ((p: OcrProgress) => void) | undefined;

function workerFor(langs: string): Promise<Worker> {
  if (current?.langs === langs) return current.worker;
  void stopEngine();
  const worker = createWorker(langs.split('+'), OEM.LSTM_ONLY, {
    ...enginePaths(),
    // A worker created from a blob: URL would be refused by the extension's CSP.
    workerBlobURL: false,
    // The trained data is read from the extension's files each time: no second copy in IndexedDB.
    cacheMethod: 'none',
    logger: (m: { status: string; progress: number }) =>
      onProgress?.({ phase: m.status === 'recognizing text' ? 'reading' : 'loading', progress: m.progress }),
    errorHandler: () => undefined,
  });
  current = { langs, worker };
  worker.catch(() => {
    if (current?.worker === worker) current = undefined;
  });
  return worker;
}

/** Ends the worker (frees its memory); the next read starts a new one. */
export async function stopEngine(): Promise<void> {
  const w = current?.worker;
  current = undefined;
  if (w) await w.then((x) => x.terminate()).catch(() => undefined);
}

/**
 * Reads the text of one image. Rejects with an AppError saying why when the
 * file is not a readable image, too large, has no text, or `signal` aborts
 * (which ends the worker: tesseract cannot stop a recognition half way).
 */
export async function readImage(
  blob: Blob,
  script: OcrScript,
  opts: { signal?: AbortSignal; onProgress?: (p: OcrProgress) => void; tuning?: Partial<ReadTuning> } = {},
): Promise<OcrResult> {
  clearTimeout(idleTimer);
  const tuning = { ...DEFAULT_TUNING, ...opts.tuning };
  const { image, width, height, scale } = await prepareImage(blob, { upscale: tuning.upscale });
  if (opts.signal?.aborted) throw ocrError('cancelled');
  onProgress = opts.onProgress;
  const langs = tuning.langs ?? LANGS[script];
  const aborted = new Promise<never>((_, reject) => {
    opts.signal?.addEventListener(
      'abort',
      () => {
        void stopEngine();
        reject(ocrError('cancelled'));
      },
      { once: true },
    );
  });
  try {
    const worker = await Promise.race([workerFor(langs), aborted]);
    await worker.setParameters({ ...tuning.params, tessedit_pageseg_mode: tuning.psm });
    const { data } = await Promise.race([worker.recognize(image, {}, { text: true, blocks: true }), aborted]);
    const lines = (data.blocks ?? [])
      .flatMap((b) => b.paragraphs.flatMap((p) => p.lines))
      .filter((l) => l.confidence >= MIN_LINE_CONFIDENCE)
      .map((l) => lineText(l, barAt((l.bbox.y0 + l.bbox.y1) / 2 / scale, height)))
      .filter((l) => l.text !== '')
      // Boxes in the original image's pixels (the engine read a scaled copy).
      .map((l) => ({ text: l.text, box: { x0: l.box.x0 / scale, y0: l.box.y0 / scale, x1: l.box.x1 / scale, y1: l.box.y1 / scale } }));
    if (lines.length === 0) throw ocrError('no-text');
    const text = lines.map((l) => l.text).join('\n');
    return { page: { width, lines }, text, langs, confidence: Math.round(data.confidence) };
  } catch (err) {
    if (err instanceof Error && err.name === 'AppError') throw err;
    await stopEngine();
    throw ocrError('failed', String(err));
  } finally {
    onProgress = undefined;
    idleTimer = setTimeout(() => void stopEngine(), IDLE_MS);
  }
}
