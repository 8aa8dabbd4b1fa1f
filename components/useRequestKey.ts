import { useState } from 'preact/hooks';
import { newId } from '@/utils/model/ids';

/**
 * An idempotency key for one add form (utils/db/repos/write-keys.ts): the same
 * key is sent on every retry of the same form, so a save whose reply was lost
 * (the background stopped) is not stored twice; `renew` after a success
 * starts a new record.
 */
export function useRequestKey(): [string, () => void] {
  const [key, setKey] = useState(newId);
  return [key, () => setKey(newId())];
}
