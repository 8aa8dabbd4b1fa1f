import { useRef, useState } from 'preact/hooks';
import type { Evidence } from '@/utils/model/records';
import type { OcrProgress, OcrScript } from '@/utils/ocr/engine';
import { readAndSave } from '@/utils/ocr/read-and-save';
import { isCancelled } from '@/utils/ocr/errors';

/** Reading one image or several in a row, with progress, cancel and the error of the last one. */
export function useReader() {
  const [progress, setProgress] = useState<OcrProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [cancelled, setCancelled] = useState(false);
  const [position, setPosition] = useState<{ index: number; count: number } | null>(null);
  const ctrl = useRef<AbortController | null>(null);

  async function read(items: readonly Evidence[], script: OcrScript): Promise<void> {
    ctrl.current = new AbortController();
    setError(null);
    setCancelled(false);
    try {
      for (const [i, item] of items.entries()) {
        if (ctrl.current.signal.aborted) break;
        setPosition({ index: i + 1, count: items.length });
        setProgress({ phase: 'loading', progress: 0 });
        try {
          await readAndSave(item, script, { signal: ctrl.current.signal, onProgress: setProgress });
        } catch (err) {
          if (isCancelled(err)) setCancelled(true);
          // One bad image must not stop the others; the last problem is shown.
          else setError(err);
        }
      }
    } finally {
      setProgress(null);
      setPosition(null);
      ctrl.current = null;
    }
  }

  return { read, progress, position, error, cancelled, cancel: () => ctrl.current?.abort() };
}
