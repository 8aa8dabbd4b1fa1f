import * as v from 'valibot';
import { id, longText, shortText } from '../../model/fields';
import { ContactInputSchema } from '../../model/inputs';
import { MAX_OCR_LINES, OcrLineSchema, OcrTextSchema, type OcrText } from '../../model/ocr-text';
import { method } from '../define';

// Reading the text of evidence images. The engine runs in the extension page
// (the background has no DOM, and the Blob is there); only the plain text and
// its line boxes come here to be stored.
export const ocrMethods = {
  'ocr.saveMachineText': method<OcrText>()(
    v.strictObject({
      id,
      text: longText,
      langs: shortText,
      confidence: OcrTextSchema.entries.confidence,
      lines: v.optional(v.pipe(v.array(OcrLineSchema), v.maxLength(MAX_OCR_LINES))),
      width: OcrTextSchema.entries.width,
    }),
    ['page'],
  ),
  'ocr.editText': method<OcrText>()(v.strictObject({ id, text: longText }), ['page']),
  /** The reviewed proposals of one screenshot: created together or not at all. */
  'ocr.confirmContacts': method<string[]>()(
    v.strictObject({ id, contacts: v.pipe(v.array(ContactInputSchema), v.minLength(1), v.maxLength(500)) }),
    ['page'],
  ),
  'ocr.setAutoRead': method<null>()(v.strictObject({ on: v.boolean() }), ['page']),
};
