import * as v from 'valibot';
import { id, longText, shortText, timestamp } from './fields';

// The text read from an evidence image, kept beside the evidence (never in it:
// the file and its SHA-256 stay as they were). One row per evidence item,
// keyed by the evidence id (schema version 5, table `ocrTexts`).

/** Up to this many lines keep their boxes (a screenshot has a few dozen). */
export const MAX_OCR_LINES = 2000;
const px = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));

export const OcrLineSchema = v.strictObject({ text: shortText, x0: px, y0: px, x1: px, y1: px });

export const OcrTextSchema = v.strictObject({
  /** The evidence item's id. */
  id,
  text: longText,
  /** True while the text is what the machine read; false once the user edited it. */
  machine: v.boolean(),
  /** The trained data used, e.g. "chi_sim". */
  langs: shortText,
  /** Tesseract's mean confidence, 0–100. */
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  /** The machine's lines with their boxes (image pixels), for splitting bubbles; dropped when the user edits. */
  lines: v.optional(v.pipe(v.array(OcrLineSchema), v.maxLength(MAX_OCR_LINES))),
  /** Image width in pixels, with `lines`. */
  width: v.optional(px),
  /** Contacts the user confirmed from this screenshot: it is their evidence. */
  contactIds: v.pipe(v.array(id), v.maxLength(1000)),
  readAt: timestamp,
  updatedAt: timestamp,
});
export type OcrText = v.InferOutput<typeof OcrTextSchema>;
