import { useEffect, useRef, useState } from 'preact/hooks';
import { autoReadOn, unreadImagesSince } from '@/utils/db/queries/ocr';
import { defaultScript } from '@/utils/ocr/read-and-save';
import { useLive } from '@/components/useLive';
import { getLocale } from '@/utils/i18n/translate';
import { useReader } from './useReader';
import { ReadProgress } from './ReadProgress';

/**
 * When the user turned auto-read on: images attached while this page is open
 * are read one after another. Saving the evidence never waits for this: it
 * reacts to evidence already stored.
 */
export function AutoReader() {
  const [since] = useState(() => Date.now());
  const on = useLive(() => autoReadOn(), []);
  const fresh = useLive(() => (on ? unreadImagesSince(since) : Promise.resolve([])), [on, since]);
  const tried = useRef(new Set<string>());
  const reader = useReader();
  useEffect(() => {
    if (!on || !fresh || reader.progress) return;
    const next = fresh.filter((e) => !tried.current.has(e.id));
    if (next.length === 0) return;
    for (const e of next) tried.current.add(e.id);
    void reader.read(next, defaultScript(getLocale()));
  }, [on, fresh, reader.progress]);
  return <ReadProgress reader={reader} />;
}
