import type { RecognisedField } from '@/utils/domain/complaints/form';
import type { browser as Browser } from 'wxt/browser';

/**
 * What the small detector (the content script on every registry page) hands
 * to the form UI script, which the background injects into the same isolated
 * world once a form is recognised or the user asks for the helper. Kept on
 * the isolated world's globalThis, which the page cannot see.
 */
export const HANDOFF = '__ngDetector';

export interface DetectorHandoff {
  browser: typeof Browser;
  registryId: string | undefined;
  forced: boolean;
  fields(): RecognisedField[] | null;
  element(key: string): Element | undefined;
  rescan(): RecognisedField[] | null;
  /** Set by the UI once it runs: called with every change of the recognised fields. */
  show?: (fields: RecognisedField[] | null) => void;
}
