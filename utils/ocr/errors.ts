import { AppError } from '../model/errors';
import { MAX_OCR_PIXELS } from '../domain/ocr/image-header';

export type OcrProblem = 'not-image' | 'heic' | 'corrupt' | 'too-large' | 'no-text' | 'failed' | 'cancelled';

const KEYS = {
  'not-image': 'ocr.error.notImage',
  heic: 'ocr.error.heic',
  corrupt: 'ocr.error.corrupt',
  'too-large': 'ocr.error.tooLarge',
  'no-text': 'ocr.error.noText',
  failed: 'ocr.error.failed',
  cancelled: 'ocr.cancelled',
} as const;

/** An OCR refusal as the app's error, so ErrorMessage shows it in the user's language. */
export function ocrError(problem: OcrProblem, detail = '', size?: { width: number; height: number }): AppError {
  return new AppError({
    code: 'invalid-input',
    field: 'file',
    message: `ocr ${problem}${detail ? `: ${detail}` : ''}`,
    messageKey: KEYS[problem],
    ...(size ? { params: { ...size, maxMp: MAX_OCR_PIXELS / 1_000_000 } } : {}),
  });
}

export function isCancelled(err: unknown): boolean {
  return err instanceof AppError && err.data.messageKey === KEYS.cancelled;
}
